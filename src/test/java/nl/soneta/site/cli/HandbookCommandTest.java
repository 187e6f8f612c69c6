package nl.soneta.site.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.soneta.site.content.FieldReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HandbookCommandTest {
    private static int run(String... args) {
        return CommandRun.of(new HandbookCommand(), args).exit();
    }

    @Test
    void checkFailsOnAStaleReferenceAndTheCommandRepairsIt(@TempDir Path root) throws IOException {
        Path handbook = root.resolve(HandbookCommand.HANDBOOK);
        Files.createDirectories(handbook.getParent());
        String stale = "# Handleiding\n\nTekst.\n\n" + FieldReference.BEGIN + "\n| `oud` | ja |\n" + FieldReference.END + "\n";
        Files.writeString(handbook, stale);

        assertEquals(1, run("--check", "--root", root.toString()));
        assertEquals(stale, Files.readString(handbook), "--check writes nothing");

        assertEquals(0, run("--root", root.toString()));
        String repaired = Files.readString(handbook);
        assertTrue(repaired.startsWith("# Handleiding\n\nTekst.\n\n" + FieldReference.BEGIN + "\n### Organisatie"), repaired);
        assertTrue(repaired.endsWith(FieldReference.END + "\n"), repaired);
        assertTrue(repaired.contains("| `publishDate` | nee | datum (JJJJ-MM-DD) |"), repaired);
        assertEquals(0, run("--check", "--root", root.toString()));
    }

    @Test
    void aHandbookWithoutMarkersIsAnError(@TempDir Path root) throws IOException {
        Path handbook = root.resolve(HandbookCommand.HANDBOOK);
        Files.createDirectories(handbook.getParent());
        Files.writeString(handbook, "# Handleiding\n");
        assertEquals(1, run("--root", root.toString()));
        assertEquals("# Handleiding\n", Files.readString(handbook));
    }
}
