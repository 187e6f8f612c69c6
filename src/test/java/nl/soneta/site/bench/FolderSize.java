package nl.soneta.site.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** How many files a folder holds, all levels down, and their total size. */
record FolderSize(int files, long bytes) {

    /** Empty when the folder does not exist. */
    static Optional<FolderSize> of(Path folder) {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (var paths = Files.walk(folder)) {
            List<Path> files = paths.filter(Files::isRegularFile).toList();
            long bytes = 0;
            for (Path file : files) {
                bytes += Files.size(file);
            }
            return Optional.of(new FolderSize(files.size(), bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%d files, %.1f MB", files, bytes / 1_048_576.0);
    }
}
