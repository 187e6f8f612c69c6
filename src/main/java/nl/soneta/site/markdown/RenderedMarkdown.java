package nl.soneta.site.markdown;

import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Safe HTML of a Markdown body, its headings in document order, and the number of words a reader reads in it:
 * pieces of the visible text between white space that hold a letter or a digit (so a dash or "•" alone is no
 * word), footnotes included, reader aids such as heading links left out.
 */
public record RenderedMarkdown(String html, List<Heading> headings, int wordCount) {
    public static final RenderedMarkdown EMPTY = new RenderedMarkdown("", List.of(), 0);
    /** Pages with this many section headings get a table of contents. */
    private static final int TABLE_OF_CONTENTS_THRESHOLD = 3;

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0]+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]");

    /** The words of an HTML body as {@link #wordCount()} defines them; the body itself is left as it is. */
    static int wordCount(Element body) {
        return (int) WHITESPACE.splitAsStream(ReaderAids.withoutReaderAids(body).text())
                .filter(piece -> WORD.matcher(piece).find()).count();
    }

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
