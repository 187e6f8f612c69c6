package nl.soneta.site.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import nl.soneta.site.content.MediaFile;
import nl.soneta.site.render.OutputFile;
import nl.soneta.site.site.SitePaths;

/**
 * Writes the finished site next to the output folder and swaps it in only when every file is written. A
 * build that fails or is killed leaves the previous site as it was; the only moment without a complete
 * folder at the output path is between two renames, and the next build repairs that from the kept copy.
 */
public final class OutputTree {
    private final Path out;

    public OutputTree(Path out) {
        this.out = out.toAbsolutePath().normalize();
    }

    /** @return the number of bytes written */
    public long write(List<OutputFile> files, List<MediaFile> media) {
        try (Staging staging = stage()) {
            files.forEach(staging::write);
            media.forEach(staging::copy);
            staging.swapIn();
            return staging.bytes();
        }
    }

    /**
     * Starts a new site beside the output folder. Files can then be written into it from any thread, as they are
     * rendered, so that no stage has to hold the whole site in memory; closing it without {@link Staging#swapIn}
     * throws it away and leaves the previous site as it was.
     */
    public Staging stage() {
        try {
            Files.createDirectories(out.getParent());
            recoverInterruptedSwap();
            Path staging = sibling("staging");
            deleteTree(staging);
            Files.createDirectories(staging);
            return new Staging(staging);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the site to " + out, e);
        }
    }

    /** A site being written beside the output folder. */
    public final class Staging implements AutoCloseable {
        private final Path root;
        private final Set<String> written = ConcurrentHashMap.newKeySet();
        private final LongAdder bytes = new LongAdder();
        private boolean swapped;

        private Staging(Path root) {
            this.root = root;
        }

        public void write(OutputFile file) {
            Path target = target(file.path());
            try {
                Files.write(target, file.bytes());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + target, e);
            }
            bytes.add(file.bytes().length);
        }

        public void copy(MediaFile media) {
            Path target = target(SitePaths.outputFile(SitePaths.media(media.relativePath())));
            try {
                Files.copy(media.file(), target);
                bytes.add(Files.size(target));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot copy " + media.file() + " to " + target, e);
            }
        }

        private Path target(String path) {
            if (!written.add(path)) {
                throw new IllegalStateException("two files of the site would be written to " + path);
            }
            Path target = root.resolve(path).normalize();
            if (!target.startsWith(root)) {
                throw new IllegalStateException("output path escapes the output folder: " + path);
            }
            try {
                Files.createDirectories(target.getParent());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot make the folder of " + target, e);
            }
            return target;
        }

        /** How many files were written so far. */
        public int files() {
            return written.size();
        }

        /** How many bytes were written so far. */
        public long bytes() {
            return bytes.sum();
        }

        /** Puts the finished site in the output folder's place. */
        public void swapIn() {
            try {
                OutputTree.this.swapIn(root);
                swapped = true;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the site to " + out, e);
            }
        }

        @Override
        public void close() {
            if (!swapped) {
                try {
                    deleteTree(root);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot remove the unfinished site in " + root, e);
                }
            }
        }
    }

    private void swapIn(Path staging) throws IOException {
        Path previous = sibling("previous");
        deleteTree(previous);
        if (Files.exists(out)) {
            move(out, previous);
        }
        move(staging, out);
        deleteTree(previous);
    }

    /**
     * Puts back the old site when a build was killed between the two renames of {@link #swapIn}. Builds call
     * this first, so that even a build that then fails on content leaves a complete site in place.
     */
    public void recoverInterruptedSwap() throws IOException {
        Path previous = sibling("previous");
        if (!Files.exists(out) && Files.isDirectory(previous)) {
            move(previous, out);
        }
    }

    private Path sibling(String role) {
        return out.resolveSibling("." + out.getFileName() + "." + role);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
