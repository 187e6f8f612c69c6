package nl.soneta.site.content;

/**
 * A content file split in its YAML front matter (as typed fields) and its Markdown body.
 *
 * @param bodyFirstLine the 1-based line of the file on which the body starts
 */
public record FrontMatter(SourceFile file, YamlFields fields, String body, int bodyFirstLine) {
}
