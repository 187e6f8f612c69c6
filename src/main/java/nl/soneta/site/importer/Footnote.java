package nl.soneta.site.importer;

/**
 * A footnote body found at a page bottom. {@code label} is unique in the draft (Markdown needs that), while
 * {@code number} is what the PDF printed, which may start again at 1 in a later part of the document.
 */
public record Footnote(int label, int number, String text, int line) {
}
