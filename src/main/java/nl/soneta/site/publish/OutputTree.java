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
import java.util.Map;
import java.util.TreeMap;
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
        Map<String, Object> byPath = new TreeMap<>();
        files.forEach(f -> put(byPath, f.path(), f));
        media.forEach(m -> put(byPath, SitePaths.outputFile(SitePaths.media(m.relativePath())), m));
        try {
            Files.createDirectories(out.getParent());
            recoverInterruptedSwap();
            Path staging = sibling("staging");
            deleteTree(staging);
            Files.createDirectories(staging);
            long bytes = 0;
            for (var entry : byPath.entrySet()) {
                Path target = staging.resolve(entry.getKey()).normalize();
                if (!target.startsWith(staging)) {
                    throw new IllegalStateException("output path escapes the output folder: " + entry.getKey());
                }
                Files.createDirectories(target.getParent());
                if (entry.getValue() instanceof OutputFile file) {
                    Files.write(target, file.bytes());
                    bytes += file.bytes().length;
                } else {
                    Files.copy(((MediaFile) entry.getValue()).file(), target);
                    bytes += Files.size(target);
                }
            }
            swapIn(staging);
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the site to " + out, e);
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

    private static void put(Map<String, Object> byPath, String path, Object file) {
        if (byPath.putIfAbsent(path, file) != null) {
            throw new IllegalStateException("two files of the site would be written to " + path);
        }
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
