package nl.soneta.site.content;

import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The item files of a load, read and parsed while the model is built from them, a batch at a time: a file's text
 * and YAML tree are garbage as soon as its item exists, so a site of fifty thousand files never has them all in
 * memory (their YAML trees alone took 200 MB). Each batch is parsed in parallel, the next one while the model takes
 * the current one, and handed out in the sorted order of the files, so the model never depends on thread timing.
 * One pass only: a second would read every file again.
 */
public final class ContentFiles implements Iterable<ContentFile> {
    /** Enough files to keep every core busy, few enough that their trees are a small part of the heap. */
    private static final int BATCH = 512;

    private final List<Supplier<Optional<ContentFile>>> files;
    private final Set<String> parsed = ConcurrentHashMap.newKeySet();
    private boolean iterated;

    /** @param files one parse per file, in sorted order; a parse that fails has reported why */
    ContentFiles(List<Supplier<Optional<ContentFile>>> files) {
        this.files = List.copyOf(files);
    }

    /** How many item files were found, readable or not. */
    public int found() {
        return files.size();
    }

    @Override
    public synchronized Iterator<ContentFile> iterator() {
        if (iterated) {
            throw new IllegalStateException("the content files are read once");
        }
        iterated = true;
        return new Batches();
    }

    /** The paths of the files that were read and parsed; known once every file has been handed out. */
    Set<String> parsedPaths() {
        if (!iterated) {
            throw new IllegalStateException("the content files have not been read yet");
        }
        return Collections.unmodifiableSet(new TreeSet<>(parsed));
    }

    /** While the model takes the files of one batch, the next batch is parsed on the other cores. */
    private final class Batches implements Iterator<ContentFile> {
        private int next;
        private Iterator<ContentFile> batch = Collections.emptyIterator();
        private CompletableFuture<List<ContentFile>> coming = parseNext();

        @Override
        public boolean hasNext() {
            while (!batch.hasNext() && coming != null) {
                List<ContentFile> read = take(coming);
                coming = parseNext();
                batch = read.iterator();
            }
            return batch.hasNext();
        }

        private CompletableFuture<List<ContentFile>> parseNext() {
            if (next >= files.size()) {
                return null;
            }
            List<Supplier<Optional<ContentFile>>> slice = files.subList(next, Math.min(files.size(), next + BATCH));
            next += slice.size();
            return CompletableFuture.supplyAsync(() -> {
                List<ContentFile> read = slice.parallelStream().map(Supplier::get).flatMap(Optional::stream).toList();
                read.forEach(file -> parsed.add(file.path()));
                return read;
            });
        }

        private static List<ContentFile> take(CompletableFuture<List<ContentFile>> batch) {
            try {
                return batch.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw e;
            }
        }

        @Override
        public ContentFile next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return batch.next();
        }
    }
}
