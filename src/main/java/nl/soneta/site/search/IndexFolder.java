package nl.soneta.site.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * A temporary folder for the Lucene index of one build. On disk rather than in a heap directory: the index of
 * fifty thousand pages, with positions and term vectors, is hundreds of megabytes while its slices are merged, and
 * the operating system's page cache holds the parts in use without counting against the heap. Deleted when the
 * index is closed; folders still open when the program ends (a test that never closes its index) go then.
 */
final class IndexFolder implements AutoCloseable {
    private static final Set<Path> OPEN = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> OPEN.forEach(IndexFolder::deleteTree), "delete search index folders"));
    }

    private final Path root;

    private IndexFolder(Path root) {
        this.root = root;
    }

    static IndexFolder create() {
        try {
            Path root = Files.createTempDirectory("soneta-site-index-");
            OPEN.add(root);
            return new IndexFolder(root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a folder for the search index in " + System.getProperty("java.io.tmpdir"), e);
        }
    }

    Directory directory(String name) {
        try {
            return FSDirectory.open(root.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + root.resolve(name), e);
        }
    }

    /** Deletes one directory's files, once it is closed. */
    void delete(String name) {
        deleteTree(root.resolve(name));
    }

    @Override
    public void close() {
        deleteTree(root);
        OPEN.remove(root);
    }

    private static void deleteTree(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> all = Files.walk(path)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the search index in " + path, e);
        }
    }
}
