package nl.soneta.site.importer;

/**
 * One line of the source text with the line number it had in the input file, so that every report line can
 * point the editor at the place to look. A blank {@code text} is a paragraph break.
 */
public record SourceLine(int number, String text) {
    public boolean isBreak() {
        return text.isBlank();
    }

    /** A line that starts with a space marks a page break in the seed extracts (often mid-sentence). */
    public boolean startsWithSpace() {
        return !text.isEmpty() && text.charAt(0) == ' ' && !text.isBlank();
    }

    public String trimmed() {
        return text.strip();
    }
}
