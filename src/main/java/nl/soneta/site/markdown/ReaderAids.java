package nl.soneta.site.markdown;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Markup that helps a reader find their way in a long text but is not part of the text: a link to copy for each
 * heading, the "Voetnoten" heading and the links between a footnote and the places that refer to it. Every such
 * element carries {@link #CLASS}, so that search and the word count leave it out.
 */
public final class ReaderAids {
    /** The class of every element added here; its text is not part of the body's text. */
    public static final String CLASS = "reader-aid";
    /** The id of the footnotes heading; reserved, so a heading in the text cannot take it. */
    static final String FOOTNOTES_ID = "voetnoten";
    /** The ids flexmark gives footnotes and references ("fn-2", "fnref-2", "fnref-2-1"); headings may not take them. */
    private static final Pattern FOOTNOTE_ID = Pattern.compile("fn(ref)?-\\d+(-\\d+)?");

    private ReaderAids() {
    }

    /** The body of rendered HTML as a tree without reader aids: the text that search indexes and readers read. */
    public static Element textTree(String html) {
        Element body = Jsoup.parseBodyFragment(html).body();
        body.select("." + CLASS).remove();
        return body;
    }

    /** A copy of {@code body} without the reader aids, for counting what a reader reads. */
    static Element withoutReaderAids(Element body) {
        // most bodies have no reader aids, and copying a long report's tree costs more than counting its words
        if (body.selectFirst("." + CLASS) == null) {
            return body;
        }
        Element copy = body.clone();
        copy.select("." + CLASS).remove();
        return copy;
    }

    static boolean isFootnoteId(String id) {
        return FOOTNOTE_ID.matcher(id).matches();
    }

    /**
     * Gives the footnotes a heading, names the links in both directions in Dutch and, when asked, gives every
     * section heading a link to itself.
     *
     * @param mayHaveFootnotes false when the body's HTML cannot hold flexmark's footnotes, which are then not looked for
     */
    static void add(Document document, boolean headingLinks, boolean mayHaveFootnotes) {
        if (mayHaveFootnotes) {
            footnotes(document);
        }
        if (headingLinks) {
            for (Element heading : document.select("h2[id], h3[id]")) {
                String text = heading.text();
                Element link = heading.appendText(" ").appendElement("a")
                        .addClass("heading-link").addClass(CLASS)
                        .attr("href", "#" + heading.id())
                        .attr("aria-label", "Link naar dit kopje: " + text);
                link.appendElement("span").attr("aria-hidden", "true").text("#");
            }
        }
    }

    private static void footnotes(Document document) {
        for (Element footnotes : document.select("div.footnotes")) {
            footnotes.select("hr").remove();
            footnotes.tagName("section").attr("aria-labelledby", FOOTNOTES_ID);
            footnotes.prependElement("h2").id(FOOTNOTES_ID).addClass("footnotes-title").addClass(CLASS).text("Voetnoten");
        }
        Map<String, List<Element>> backLinksByNote = new LinkedHashMap<>();
        for (Element backLink : document.select("section.footnotes li[id] > a.footnote-backref")) {
            backLink.addClass(CLASS);
            backLinksByNote.computeIfAbsent(backLink.parent().id(), id -> new ArrayList<>()).add(backLink);
        }
        backLinksByNote.values().forEach(links -> {
            for (int i = 0; i < links.size(); i++) {
                // A note referred to more than once has a link back to each place; their names must differ.
                links.get(i).attr("aria-label", links.size() == 1 ? "Terug naar de tekst"
                        : "Terug naar de tekst, verwijzing " + (i + 1) + " van " + links.size());
            }
        });
        numberInReadingOrder(document);
    }

    /**
     * Flexmark numbers a note referred to twice after the notes referred to once, so the text could show "2"
     * before "1". Notes are put in the order of their first reference and numbered so; ids stay as they are.
     */
    private static void numberInReadingOrder(Document document) {
        Map<String, Integer> numberByNote = new LinkedHashMap<>();
        for (Element reference : document.select("sup[id] > a.footnote-ref")) {
            String note = reference.attr("href").substring(1);
            int number = numberByNote.computeIfAbsent(note, n -> numberByNote.size() + 1);
            reference.text(String.valueOf(number)).attr("aria-label", "Voetnoot " + number);
        }
        for (Element list : document.select("section.footnotes > ol")) {
            List<Element> notes = new ArrayList<>(list.children());
            notes.sort(Comparator.comparingInt(note -> numberByNote.getOrDefault(note.id(), Integer.MAX_VALUE)));
            list.empty();
            notes.forEach(note -> list.appendText("\n").appendChild(note));
            list.appendText("\n");
        }
    }
}
