package nl.soneta.site.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.soneta.site.content.FieldReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "handleiding", mixinStandardHelpOptions = true,
        description = "Maakt het overzicht van alle velden in src/docs/handleiding.md opnieuw uit de beschrijving van de velden.")
final class HandbookCommand extends ConsoleCommand implements Callable<Integer> {
    static final String HANDBOOK = "src/docs/handleiding.md";

    @Option(names = "--root", paramLabel = "DIR", description = "Map van het project (standaard: de huidige map).")
    Path root = Path.of(".");

    @Option(names = "--check", description = "Schrijf niets; geef exit code 1 als het overzicht niet klopt.")
    boolean check;

    @Override
    public Integer call() {
        Path file = root.resolve(HANDBOOK);
        try {
            String current = Files.readString(file, StandardCharsets.UTF_8);
            Optional<String> updated = FieldReference.insertInto(current);
            if (updated.isEmpty()) {
                stderr.println(HANDBOOK + ": de regels " + FieldReference.BEGIN + " en " + FieldReference.END + " ontbreken");
                return 1;
            }
            if (updated.get().equals(current)) {
                stdout.println(HANDBOOK + ": het overzicht van de velden klopt");
                return 0;
            }
            if (check) {
                stderr.println(HANDBOOK + ": het overzicht van de velden klopt niet met het programma;"
                        + " maak het opnieuw met: java -jar target/soneta-site.jar handleiding");
                return 1;
            }
            Files.writeString(file, updated.get(), StandardCharsets.UTF_8);
            stdout.println(HANDBOOK + ": het overzicht van de velden is bijgewerkt");
            return 0;
        } catch (IOException e) {
            stderr.println(HANDBOOK + ": kan niet lezen of schrijven: " + e.getMessage());
            return 1;
        }
    }
}
