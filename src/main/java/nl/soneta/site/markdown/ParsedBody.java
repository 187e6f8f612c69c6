package nl.soneta.site.markdown;

import com.vladsch.flexmark.util.ast.Document;
import java.util.List;
import java.util.Map;
import nl.soneta.site.content.MarkdownSource;

/**
 * A Markdown body after parsing: its text (decoded once from the source), its syntax tree and its heading ids,
 * before links can be resolved.
 */
record ParsedBody(MarkdownSource source, String text, Document document, List<Heading> headings,
                  Map<com.vladsch.flexmark.ast.Heading, String> ids, LineIndex lines) {
}
