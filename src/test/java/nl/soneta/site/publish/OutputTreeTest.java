package nl.soneta.site.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.soneta.site.render.OutputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputTreeTest {

    @Test
    void aNewTreeReplacesTheOldOneWhole(@TempDir Path temp) throws IOException {
        Path out = temp.resolve("site");
        new OutputTree(out).write(List.of(file("a/index.html", "een"), file("oud.html", "oud")), List.of());
        new OutputTree(out).write(List.of(file("a/index.html", "twee")), List.of());
        assertEquals("twee", Files.readString(out.resolve("a/index.html")));
        assertFalse(Files.exists(out.resolve("oud.html")), "files of the old site do not linger");
        try (var siblings = Files.list(temp)) {
            assertEquals(List.of(out), siblings.toList());
        }
    }

    @Test
    void aSiteLeftAsidByAKilledSwapIsPutBack(@TempDir Path temp) throws IOException {
        Path previous = temp.resolve(".site.previous");
        Files.createDirectories(previous);
        Files.writeString(previous.resolve("index.html"), "vorige");
        new OutputTree(temp.resolve("site")).recoverInterruptedSwap();
        assertEquals("vorige", Files.readString(temp.resolve("site/index.html")));
        assertFalse(Files.exists(previous));
    }

    @Test
    void pathsThatWouldLeaveTheOutputFolderAreRefused(@TempDir Path temp) {
        assertThrows(IllegalStateException.class,
                () -> new OutputTree(temp.resolve("site")).write(List.of(file("../buiten.html", "x")), List.of()));
        assertFalse(Files.exists(temp.resolve("buiten.html")));
        assertTrue(Files.notExists(temp.resolve("site")));
    }

    private static OutputFile file(String path, String text) {
        return new OutputFile(path, text.getBytes());
    }
}
