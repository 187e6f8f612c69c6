package nl.soneta.site.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A copy of {@code theme/templates} that changes only between rebuilds, for jte to compile from. jte looks at a
 * template's file every time it renders it and recompiles it when it changed, so a template saved while a rebuild
 * renders pages on several threads would be recompiled under the other threads' feet: one rebuild would hold pages
 * of two versions of the layout, or fail because a template class was replaced while another thread loaded it
 * ({@code ClassNotFoundException}). The rebuild thread brings the copy up to date before it renders, and the copy
 * then stays still until the next rebuild.
 */
final class TemplateSnapshot {
    private final Path source;
    private final Path copy;

    TemplateSnapshot(Path source, Path copy) {
        this.source = source;
        this.copy = copy;
    }

    /** The folder jte reads the templates from. */
    Path folder() {
        return copy;
    }

    /**
     * Makes the copy equal to the source folder (hidden files, such as an editor's temporary files, left out).
     *
     * @return the files in the source folder that were added, changed or removed since the last update
     */
    Set<Path> update() {
        Set<Path> changed = new LinkedHashSet<>();
        try {
            for (Path file : files(source)) {
                Path relative = source.relativize(file);
                byte[] bytes = readIfPresent(file);
                Path target = copy.resolve(relative.toString());
                if (bytes != null && !Arrays.equals(bytes, readIfPresent(target))) {
                    write(target, bytes);
                    changed.add(file);
                }
            }
            for (Path file : files(copy)) {
                Path original = source.resolve(copy.relativize(file).toString());
                if (!Files.isRegularFile(original)) {
                    Files.delete(file);
                    changed.add(original);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the templates of " + source, e);
        }
        return changed;
    }

    /** Writes a template so that jte sees a new modification time even on a file system with coarse times. */
    private static void write(Path target, byte[] bytes) throws IOException {
        FileTime before = Files.exists(target) ? Files.getLastModifiedTime(target) : null;
        Files.createDirectories(target.getParent());
        Files.write(target, bytes);
        if (before != null && Files.getLastModifiedTime(target).toMillis() <= before.toMillis()) {
            Files.setLastModifiedTime(target, FileTime.fromMillis(before.toMillis() + 1));
        }
    }

    private static byte[] readIfPresent(Path file) throws IOException {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException gone) {
            // removed since the folder was listed, as by an editor's save: the next update sees how it ends
            return null;
        }
    }

    /** The regular files below {@code folder}, hidden ones left out; a file that vanishes while listed is left out. */
    private static List<Path> files(Path folder) throws IOException {
        List<Path> files = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return files;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                if (entry.getFileName().toString().startsWith(".")) {
                    continue;
                }
                if (Files.isDirectory(entry)) {
                    files.addAll(files(entry));
                } else if (Files.isRegularFile(entry)) {
                    files.add(entry);
                }
            }
        } catch (NoSuchFileException gone) {
            // the folder itself was removed meanwhile: nothing in it
        }
        files.sort(null);
        return files;
    }
}
