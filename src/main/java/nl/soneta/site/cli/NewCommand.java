package nl.soneta.site.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.soneta.site.content.ContentKind;
import nl.soneta.site.content.ContentSchema;
import nl.soneta.site.content.NewItemFile;
import nl.soneta.site.site.SiteZone;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Maakt een nieuw content-bestand met alle velden, bijvoorbeeld: new nieuws \"Nieuwe website\".")
final class NewCommand extends ConsoleCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SOORT",
            description = "organisatie, nieuws, agenda, publicatie, nieuwsbrief, thema of pagina (of de naam van de map)")
    String kind;

    @Parameters(index = "1", paramLabel = "TITEL", description = "de titel, tussen aanhalingstekens")
    String title;

    @Option(names = "--root", paramLabel = "DIR", description = "Map van het project (standaard: de huidige map).")
    Path root = Path.of(".");

    @Option(names = "--date", paramLabel = "JJJJ-MM-DD",
            description = "Datum voor de bestandsnaam en het veld date (standaard: vandaag).")
    LocalDate date;

    @Override
    public Integer call() {
        Optional<ContentKind> contentKind = ContentKind.byName(kind);
        if (contentKind.isEmpty()) {
            stderr.println("onbekende soort '" + kind + "'; kies uit: " + String.join(", ", ContentKind.names()));
            return 2;
        }
        LocalDate day = date != null ? date : LocalDate.now(SiteZone.ALMERE);
        Optional<NewItemFile> file = NewItemFile.of(contentKind.get(), title, day);
        if (file.isEmpty()) {
            stderr.println("van de titel '" + title + "' kan geen bestandsnaam worden gemaakt; gebruik letters of cijfers");
            return 2;
        }
        Path target = root.resolve(file.get().path());
        Path folderOfSameName = target.resolveSibling(target.getFileName().toString().replaceAll("\\.md$", ""));
        try {
            if (Files.isDirectory(folderOfSameName)) {
                throw new FileAlreadyExistsException(folderOfSameName.toString());
            }
            Files.createDirectories(target.getParent());
            // CREATE_NEW: an editor's work is never overwritten.
            Files.writeString(target, file.get().text(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            stderr.println(file.get().path() + " bestaat al; er is niets overschreven. Kies een andere titel"
                    + " of pas het bestaande bestand aan.");
            return 1;
        } catch (IOException e) {
            stderr.println(file.get().path() + ": kan niet schrijven: " + e.getMessage());
            return 1;
        }
        stdout.println(file.get().path());
        boolean placeholders = file.get().text().contains(": " + ContentSchema.PLACEHOLDER);
        stdout.println((placeholders ? "Vul de velden met " + ContentSchema.PLACEHOLDER + " in en controleer"
                : "Schrijf de tekst en controleer") + " met: java -jar target/soneta-site.jar check");
        return 0;
    }
}
