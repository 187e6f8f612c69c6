package nl.soneta.site.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.time.Duration;
import java.time.Instant;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
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
 * index is closed; folders still open when the program ends (a test that never closes its index) go then. A build
 * that is killed cannot delete its folder, so each folder holds a lock for as long as its build runs (the
 * operating system drops it when the process dies), and making a folder deletes those whose lock is free.
 */
final class IndexFolder implements AutoCloseable {
    private static final String PREFIX = "soneta-site-index-";
    private static final String LOCK = "in-use.lock";
    private static final Set<Path> OPEN = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> OPEN.forEach(IndexFolder::deleteTree), "delete search index folders"));
    }

    private final Path root;
    private final FileChannel lock;

    private IndexFolder(Path root, FileChannel lock) {
        this.root = root;
        this.lock = lock;
    }

    static IndexFolder create() {
        Path temporary = Path.of(System.getProperty("java.io.tmpdir"));
        deleteAbandoned(temporary);
        try {
            Path root = Files.createTempDirectory(temporary, PREFIX);
            // locked under another name and then renamed, so that no other build ever sees the lock file unlocked
            Path making = root.resolve(LOCK + ".new");
            FileChannel lock = FileChannel.open(making, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            lock.lock();
            Files.move(making, root.resolve(LOCK), StandardCopyOption.ATOMIC_MOVE);
            OPEN.add(root);
            return new IndexFolder(root, lock);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a folder for the search index in " + temporary, e);
        }
    }

    /** Deletes the index folders of builds that were killed: those whose lock nobody holds. */
    private static void deleteAbandoned(Path temporary) {
        try (Stream<Path> folders = Files.list(temporary)) {
            folders.filter(f -> f.getFileName().toString().startsWith(PREFIX) && !OPEN.contains(f))
                    .filter(IndexFolder::isAbandoned)
                    .forEach(IndexFolder::deleteTree);
        } catch (IOException | UncheckedIOException e) {
            // another build may be deleting the same folder; what is left goes next time
        }
    }

    private static boolean isAbandoned(Path folder) {
        try (FileChannel channel = FileChannel.open(folder.resolve(LOCK), StandardOpenOption.WRITE)) {
            FileLock held = channel.tryLock();
            if (held == null) {
                return false;
            }
            held.release();
            return true;
        } catch (OverlappingFileLockException e) {
            return false;
        } catch (IOException e) {
            // no lock file: a folder being made this moment, or one whose build was killed while making it
            return isOlderThanAnHour(folder);
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

    private static boolean isOlderThanAnHour(Path folder) {
        try {
            return Files.getLastModifiedTime(folder).toInstant().isBefore(Instant.now().minus(Duration.ofHours(1)));
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() {
        try {
            lock.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteTree(root);
            OPEN.remove(root);
        }
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
