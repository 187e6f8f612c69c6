package nl.soneta.site.markdown;

/** A heading of a rendered body, for the table of contents and for checking links to anchors. */
public record Heading(int level, String text, String id) {
}
