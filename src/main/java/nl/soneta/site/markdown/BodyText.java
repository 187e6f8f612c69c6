package nl.soneta.site.markdown;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The visible text of a rendered body, split the way search needs it: the text of its headings apart from the
 * rest, and for long pages the text under each heading of the table of contents. Made by the Markdown stage from
 * the tree it cleaned, so that search does not parse the HTML again.
 *
 * @param lead text before the first section heading (or all text, when the page has no sections)
 */
public record BodyText(String headings, String lead, List<Section> sections) {
    public static final BodyText EMPTY = new BodyText("", "", List.of());

    /** @param body a rendered body without reader aids, whose text is what a reader reads */
    static BodyText of(Element body, List<Heading> tableOfContents) {
        Set<String> sectionIds = tableOfContents.stream().map(Heading::id).collect(Collectors.toSet());
        Collector collector = new Collector(sectionIds);
        NodeTraversor.traverse(collector, body);
        return collector.result();
    }

    /** The text as bytes, for a {@link nl.soneta.site.content.ByteStore}. */
    byte[] toBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + 2 * lead.length());
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            write(out, headings);
            write(out, lead);
            out.writeInt(sections.size());
            for (Section section : sections) {
                write(out, section.anchor());
                write(out, section.heading());
                write(out, section.text());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    static BodyText fromBytes(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            String headings = read(in);
            String lead = read(in);
            int count = in.readInt();
            List<Section> sections = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                sections.add(new Section(read(in), read(in), read(in)));
            }
            return new BodyText(headings, lead, List.copyOf(sections));
        } catch (IOException e) {
            throw new UncheckedIOException("reading from memory cannot fail", e);
        }
    }

    /** Not {@link DataOutputStream#writeUTF}: that holds at most 64 KB, and a section of a report can be longer. */
    private static void write(DataOutputStream out, String text) throws IOException {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String read(DataInputStream in) throws IOException {
        return new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8);
    }

    /** Walks the DOM once; block boundaries become spaces so that words of adjacent blocks stay apart. */
    private static final class Collector implements NodeVisitor {
        private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
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

        /**
         * Runs of white space as a regular expression's {@code \\s} has it become one space, then the ends are
         * stripped; by hand, since a regular expression took a tenth of the search stage.
         */
        private static String normalize(StringBuilder text) {
            int length = text.length();
            char[] in = new char[length];
            text.getChars(0, length, in, 0);
            char[] out = new char[length];
            int written = 0;
            boolean inSpace = false;
            for (char c : in) {
                boolean space = c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
                if (!space) {
                    out[written++] = c;
                } else if (!inSpace) {
                    out[written++] = ' ';
                }
                inSpace = space;
            }
            return new String(out, 0, written).strip();
        }
    }
}
