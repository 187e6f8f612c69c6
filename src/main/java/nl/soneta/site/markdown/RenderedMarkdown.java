package nl.soneta.site.markdown;

import java.util.List;

/** Safe HTML of a Markdown body and its headings in document order. */
public record RenderedMarkdown(String html, List<Heading> headings) {
    public static final RenderedMarkdown EMPTY = new RenderedMarkdown("", List.of());
    /** Pages with this many section headings get a table of contents. */
    private static final int TABLE_OF_CONTENTS_THRESHOLD = 3;

    public boolean isEmpty() {
        return html.isBlank();
    }

    /** The headings of the first two section levels, when there are enough of them to need a contents list. */
    public List<Heading> tableOfContents() {
        List<Heading> sections = headings.stream().filter(h -> h.level() == 2 || h.level() == 3).toList();
        long topLevel = sections.stream().filter(h -> h.level() == 2).count();
        return topLevel >= TABLE_OF_CONTENTS_THRESHOLD ? sections : List.of();
    }
}
