package nl.soneta.site.content;

/**
 * A content file split in its YAML front matter (as typed fields) and its Markdown body. The body is made a
 * {@link MarkdownSource} once, here, so that a file the preview reuses unchanged is not encoded again.
 */
public record FrontMatter(SourceFile file, YamlFields fields, MarkdownSource markdown) {

    public String body() {
        return markdown.text();
    }

    /** The 1-based line of the file on which the body starts. */
    public int bodyFirstLine() {
        return markdown.firstLine();
    }
}
