package nl.soneta.site.content;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * Markdown text and where it came from, so that a problem in it can be reported at its line in the file. The
 * model keeps every body for the whole build; as UTF-8 it takes half the memory of a String with curly quotes.
 */
public final class MarkdownSource {
    private final byte[] text;
    private final String sourcePath;
    private final int firstLine;

    /** @param firstLine the 1-based line of the file on which {@code text} starts */
    public MarkdownSource(String text, String sourcePath, int firstLine) {
        this.text = text.getBytes(StandardCharsets.UTF_8);
        this.sourcePath = sourcePath;
        this.firstLine = firstLine;
    }

    public String text() {
        return new String(text, StandardCharsets.UTF_8);
    }

    public String sourcePath() {
        return sourcePath;
    }

    public int firstLine() {
        return firstLine;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MarkdownSource that && Arrays.equals(text, that.text)
                && sourcePath.equals(that.sourcePath) && firstLine == that.firstLine;
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(text), sourcePath, firstLine);
    }

    @Override
    public String toString() {
        return "MarkdownSource[" + sourcePath + " from line " + firstLine + ", " + text.length + " bytes]";
    }
}
