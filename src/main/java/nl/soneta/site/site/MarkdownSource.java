package nl.soneta.site.site;

/**
 * Markdown text and where it came from, so that a problem in it can be reported at its line in the file.
 *
 * @param firstLine the 1-based line of the file on which {@code text} starts
 */
public record MarkdownSource(String text, String sourcePath, int firstLine) {
}
