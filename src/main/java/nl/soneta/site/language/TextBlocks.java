package nl.soneta.site.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.soneta.site.markdown.ReaderAids;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The prose of a rendered body as blocks: each paragraph, heading, list item or footnote is one block, so that a
 * heading or a list item is never read as the start of the next sentence.
 *
 * <p>Left out: tables (they hold data, not sentences: a row read as a sentence would be as wrong as each cell
 * read as one), code, footnote reference numbers and the reader aids that search leaves out too.
 */
final class TextBlocks {
    private static final Set<String> LEFT_OUT = Set.of("table", "pre", "code", "script", "style");

    private TextBlocks() {
    }

    static List<String> of(String html) {
        if (html.isBlank()) {
            return List.of();
        }
        Collector collector = new Collector();
        NodeTraversor.filter(collector, ReaderAids.textTree(html));
        collector.close();
        return List.copyOf(collector.blocks);
    }

    private static final class Collector implements NodeFilter {
        private final List<String> blocks = new ArrayList<>();
        private StringBuilder text = new StringBuilder();

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode textNode) {
                text.append(textNode.getWholeText());
            } else if (node instanceof Element element) {
                if (LEFT_OUT.contains(element.normalName()) || element.hasClass("footnote-ref")) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (element.isBlock() || element.nameIs("br")) {
                    close();
                }
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element element && element.isBlock()) {
                close();
            }
            return FilterResult.CONTINUE;
        }

        void close() {
            String block = text.toString().strip();
            if (!block.isEmpty()) {
                blocks.add(block);
            }
            text = new StringBuilder();
        }
    }
}
