package nl.soneta.site.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import nl.soneta.site.content.Slugs;
import nl.soneta.site.importer.ImportReport;
import nl.soneta.site.importer.ImportResult;
import nl.soneta.site.importer.Importer;
import nl.soneta.site.site.SiteZone;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Zet een PDF (of een tekstuittreksel van een PDF) om in een concept-publicatie in Markdown.")
final class ImportCommand extends ConsoleCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "een .pdf, of een .txt-uittreksel van een PDF")
    Path file;

    @Option(names = "--out", paramLabel = "PATH",
            description = "waar het concept komt (standaard content/publicaties/<slug-van-de-titel>.md)")
    Path out;

    @Override
    public Integer call() {
        ImportResult result;
        try {
            result = Importer.importFile(file, LocalDate.now(SiteZone.ALMERE));
        } catch (IOException e) {
            stderr.println(file + ": kan het bestand niet lezen: " + e.getMessage());
            return 1;
        }
        Path target = out != null ? out : Path.of("content", "publicaties", slug(result.title()) + ".md");
        try {
            if (target.toAbsolutePath().getParent() != null) {
                Files.createDirectories(target.toAbsolutePath().getParent());
            }
            // CREATE_NEW: an editor's work is never overwritten by a new import.
            Files.writeString(target, result.markdown(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            stderr.println(target + " bestaat al; kies een ander pad met --out (er is niets overschreven)");
            return 1;
        } catch (IOException e) {
            stderr.println(target + ": kan niet schrijven: " + e.getMessage());
            return 1;
        }
        for (ImportReport.Entry entry : result.report().entries()) {
            stderr.println(file + ":" + entry.line() + ": " + entry.message());
        }
        String counts = result.report().countByKind().entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey().name().toLowerCase().replace('_', '-'))
                .collect(Collectors.joining(", "));
        stdout.printf("%s: %d woorden, %d alinea's, %d koppen, %d lijsten, %d voetnoten -> %s%n", file,
                result.wordsIn(), result.paragraphs(), result.headings(), result.lists(), result.footnotes().size(),
                target);
        stdout.println(result.report().entries().size() + " punten om na te kijken"
                + (counts.isEmpty() ? "" : " (" + counts + ")"));
        return 0;
    }

    private static String slug(String title) {
        String slug = Slugs.fileSlug(title);
        return slug.isEmpty() ? "geimporteerd" : slug;
    }
}
