package nl.soneta.site.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.soneta.site.markdown.Heading;
import nl.soneta.site.markdown.ReaderAids;
import nl.soneta.site.markdown.RenderedMarkdown;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The visible text of a rendered body, split the way search needs it: the text of its headings apart from the
 * rest, and for long pages the text under each heading of the table of contents.
 *
 * @param lead text before the first section heading (or all text, when the page has no sections)
 */
record BodyText(String headings, String lead, List<Section> sections) {

    static BodyText of(RenderedMarkdown rendered) {
        if (rendered.isEmpty()) {
            return new BodyText("", "", List.of());
        }
        Set<String> sectionIds = rendered.tableOfContents().stream().map(Heading::id).collect(Collectors.toSet());
        Collector collector = new Collector(sectionIds);
        NodeTraversor.traverse(collector, ReaderAids.textTree(rendered.html()));
        return collector.result();
    }

    /** Walks the DOM once; block boundaries become spaces so that words of adjacent blocks stay apart. */
    private static final class Collector implements NodeVisitor {
        private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
        private static final Pattern WHITESPACE = Pattern.compile("\\s+");
        private final Set<String> sectionIds;
        private final List<String> headings = new ArrayList<>();
        private final List<Section> sections = new ArrayList<>();
        private StringBuilder heading;
        private Element headingElement;
        private StringBuilder text = new StringBuilder();
        private String lead;
        private Element sectionHeading;

        Collector(Set<String> sectionIds) {
            this.sectionIds = sectionIds;
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode textNode) {
                (heading != null ? heading : text).append(textNode.getWholeText());
            } else if (node instanceof Element element) {
                if (HEADINGS.contains(element.normalName())) {
                    if (headingElement == null) {
                        startHeading(element);
                    }
                } else if (element.isBlock() || element.nameIs("br")) {
                    (heading != null ? heading : text).append(' ');
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node == headingElement) {
                String headingText = normalize(heading);
                headings.add(headingText);
                if (sectionIds.contains(headingElement.id())) {
                    closeSection();
                    sectionHeading = headingElement;
                    sections.add(new Section(headingElement.id(), headingText, ""));
                }
                heading = null;
                headingElement = null;
            } else if (node instanceof Element element && element.isBlock()) {
                (heading != null ? heading : text).append(' ');
            }
        }

        private void startHeading(Element element) {
            headingElement = element;
            heading = new StringBuilder();
        }

        private void closeSection() {
            String closed = normalize(text);
            text = new StringBuilder();
            if (sectionHeading == null) {
                lead = closed;
            } else {
                Section open = sections.remove(sections.size() - 1);
                sections.add(new Section(open.anchor(), open.heading(), closed));
            }
        }

        BodyText result() {
            closeSection();
            return new BodyText(String.join("\n", headings), lead, List.copyOf(sections));
        }

        private static String normalize(CharSequence text) {
            return WHITESPACE.matcher(text).replaceAll(" ").strip();
        }
    }
}
