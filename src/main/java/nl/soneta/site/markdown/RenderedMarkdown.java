package nl.soneta.site.markdown;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import nl.soneta.site.content.ByteStore;
import nl.soneta.site.content.StoredBytes;
import org.jsoup.nodes.Element;

/**
 * Safe HTML of a Markdown body, its headings in document order, and the number of words a reader reads in it:
 * pieces of the visible text between white space that hold a letter or a digit (so a dash or "•" alone is no
 * word), footnotes included, reader aids such as heading links left out.
 */
public final class RenderedMarkdown {
    public static final RenderedMarkdown EMPTY = new RenderedMarkdown("", List.of(), 0, BodyText.EMPTY, ByteStore.MEMORY);

    /**
     * UTF-8 rather than a String: the text of a Dutch page has curly quotes, which make Java store the whole
     * String in two bytes a character. A build holds every rendered body until its page is written, so it keeps
     * them on a scratch file (see {@link ByteStore}).
     */
    private final StoredBytes html;
    private final List<Heading> headings;
    private final int wordCount;
    private final StoredBytes text;
    /** Small, and asked for often (every result lists a page's sections), so kept apart from the text. */
    private final String headingText;
    private final List<SectionHead> sections;

    /** @param text the visible text, as search indexes it */
    RenderedMarkdown(String html, List<Heading> headings, int wordCount, BodyText text, ByteStore store) {
        this.html = store.keep(html.getBytes(StandardCharsets.UTF_8));
        this.headings = List.copyOf(headings);
        this.wordCount = wordCount;
        this.text = store.keep(text.toBytes());
        this.headingText = text.headings();
        this.sections = text.sections().stream().map(s -> new SectionHead(s.anchor(), s.heading())).toList();
    }

    public String html() {
        return new String(html.read(), StandardCharsets.UTF_8);
    }

    /** The visible text, without reader aids, split into headings, lead and sections. */
    public BodyText text() {
        return BodyText.fromBytes(text.read());
    }

    public List<Heading> headings() {
        return headings;
    }

    /** The text of every heading, as {@link BodyText#headings()} has it. */
    public String headingText() {
        return headingText;
    }

    /** The sections of {@link #text()}, without their text. */
    public List<SectionHead> sections() {
        return sections;
    }

    public int wordCount() {
        return wordCount;
    }

    /** Pages with this many section headings get a table of contents. */
    private static final int TABLE_OF_CONTENTS_THRESHOLD = 3;

    /** The words of an HTML body without reader aids, as {@link #wordCount()} defines them. */
    static int wordCount(Element body) {
        String text = body.text();
        int words = 0;
        boolean pieceIsWord = false;
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            // most characters are ASCII, which needs no code point and no Unicode table
            int point = Character.isSurrogate(c) ? text.codePointAt(i) : c;
            i += Character.charCount(point);
            if (isSpace(point)) {
                words += pieceIsWord ? 1 : 0;
                pieceIsWord = false;
            } else if (!pieceIsWord) {
                pieceIsWord = point < 128 ? isAsciiLetterOrDigit(point) : Character.isLetter(point) || isNumber(point);
            }
        }
        return words + (pieceIsWord ? 1 : 0);
    }

    private static boolean isAsciiLetterOrDigit(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /** White space as a regular expression's {@code \s} has it, plus the no-break space. */
    private static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r' || c == 0xA0;
    }

    /** What a regular expression's {@code \p{N}} matches: digits, and numbers written as letters or symbols such as ½. */
    private static boolean isNumber(int c) {
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    public boolean isEmpty() {
        // the HTML is stripped when it is made, so only an empty one is blank
        return html.length() == 0;
    }

    /** The headings of the first two section levels, when there are enough of them to need a contents list. */
    public List<Heading> tableOfContents() {
        return tableOfContents(headings);
    }

    static List<Heading> tableOfContents(List<Heading> headings) {
        List<Heading> sections = headings.stream().filter(h -> h.level() == 2 || h.level() == 3).toList();
        long topLevel = sections.stream().filter(h -> h.level() == 2).count();
        return topLevel >= TABLE_OF_CONTENTS_THRESHOLD ? sections : List.of();
    }

    /** Equal when they show the same: the preview server compares pages' views to decide what to render again. */
    @Override
    public boolean equals(Object other) {
        return other instanceof RenderedMarkdown that && Arrays.equals(html.read(), that.html.read()) && headings.equals(that.headings)
                && wordCount == that.wordCount;
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(html.read()), headings, wordCount);
    }

    @Override
    public String toString() {
        return "RenderedMarkdown[" + html.length() + " bytes, " + headings.size() + " headings, " + wordCount + " words]";
    }
}
