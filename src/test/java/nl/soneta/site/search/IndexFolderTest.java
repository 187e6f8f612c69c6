package nl.soneta.site.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;

/** A killed build cannot delete its index folder; the next build deletes it, but never one still in use. */
class IndexFolderTest {
    private static final Path TEMPORARY = Path.of(System.getProperty("java.io.tmpdir"));

    @Test
    void makingAFolderDeletesTheFoldersOfKilledBuildsButNotThoseInUse() throws IOException {
        Path abandoned = Files.createTempDirectory(TEMPORARY, "soneta-site-index-");
        Files.writeString(abandoned.resolve("in-use.lock"), "");
        Files.writeString(abandoned.resolve("_0.cfs"), "segment of a killed build");
        Path inUse = Files.createTempDirectory(TEMPORARY, "soneta-site-index-");
        try (FileChannel channel = FileChannel.open(inUse.resolve("in-use.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock held = channel.lock()) {
            try (IndexFolder made = IndexFolder.create()) {
                assertFalse(Files.exists(abandoned), "the folder of a killed build is deleted");
                assertTrue(Files.exists(inUse.resolve("in-use.lock")), "a folder whose lock is held stays");
            }
        } finally {
            IndexFolder.create().close();
        }
        assertFalse(Files.exists(inUse), "once its lock is free, the next folder made deletes it");
    }

    @Test
    void closingDeletesTheFolder() throws IOException {
        long before = indexFolders();
        IndexFolder folder = IndexFolder.create();
        folder.directory("index").close();
        folder.close();
        assertTrue(indexFolders() <= before);
    }

    private static long indexFolders() throws IOException {
        try (var all = Files.list(TEMPORARY)) {
            return all.filter(p -> p.getFileName().toString().startsWith("soneta-site-index-")).count();
        }
    }
}
