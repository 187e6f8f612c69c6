package nl.soneta.site.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A file under {@code content/media/}, published as-is under {@code /media/}. */
public record MediaFile(String relativePath, Path file) {

    /** The size in bytes, read when asked: pages show it next to a download link. */
    public long size() {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
