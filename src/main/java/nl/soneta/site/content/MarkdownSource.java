package nl.soneta.site.content;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * Markdown text and where it came from, so that a problem in it can be reported at its line in the file. The
 * model keeps every body from loading to the Markdown stage, so the text is kept in a {@link ByteStore}: as UTF-8,
 * half the memory of a String with curly quotes, and in a build on a scratch file rather than the heap.
 */
public final class MarkdownSource {
    private final StoredBytes text;
    private final String sourcePath;
    private final int firstLine;

    /** @param firstLine the 1-based line of the file on which {@code text} starts */
    public MarkdownSource(String text, String sourcePath, int firstLine) {
        this(text, sourcePath, firstLine, ByteStore.MEMORY);
    }

    public MarkdownSource(String text, String sourcePath, int firstLine, ByteStore store) {
        this.text = store.keep(text.getBytes(StandardCharsets.UTF_8));
        this.sourcePath = sourcePath;
        this.firstLine = firstLine;
    }

    public String text() {
        return new String(text.read(), StandardCharsets.UTF_8);
    }

    public String sourcePath() {
        return sourcePath;
    }

    public int firstLine() {
        return firstLine;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MarkdownSource that && text.length() == that.text.length()
                && sourcePath.equals(that.sourcePath) && firstLine == that.firstLine 
                && Arrays.equals(text.read(), that.text.read());
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(text.read()), sourcePath, firstLine);
    }

    @Override
    public String toString() {
        return "MarkdownSource[" + sourcePath + " from line " + firstLine + ", " + text.length() + " bytes]";
    }
}
