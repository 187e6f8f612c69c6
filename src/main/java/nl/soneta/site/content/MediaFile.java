package nl.soneta.site.content;

import java.nio.file.Path;

/** A file under {@code content/media/}, published as-is under {@code /media/}. */
public record MediaFile(String relativePath, Path file) {
}
