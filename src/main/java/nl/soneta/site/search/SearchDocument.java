package nl.soneta.site.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.soneta.site.markdown.BodyText;
import nl.soneta.site.markdown.RenderedMarkdown;
import nl.soneta.site.markdown.Section;
import nl.soneta.site.markdown.SectionHead;
import nl.soneta.site.site.Entry;
import nl.soneta.site.site.EntryKind;

/**
 * One page as search sees it: its text per field, what a result shows of it, and its sections. The body's text
 * stays where the Markdown stage kept it (on a scratch file in a build) and is read when asked for, so that the
 * search stage does not hold the text of every page at once.
 *
 * @param id       the document number, equal to the Lucene doc id and the number in the exported index
 * @param themes   slugs of the page's themes, for the theme filter
 * @param fields   the text of every field that does not come from the body
 * @param body     the rendered body, whose text gives the headings and body fields and the sections
 */
public record SearchDocument(int id, Entry entry, EntryKind kind, String path, String title, Optional<LocalDate> date,
                             List<String> themes, Map<SearchField, String> fields, RenderedMarkdown body) {
    /** Positions are ints: this many sections of {@link SearchAnalyzer#SECTION_GAP} positions fit. */
    static final int MAX_SECTIONS = 1000;

    public String text(SearchField field) {
        return switch (field) {
            case BODY -> bodyOf(body.text());
            case HEADINGS -> body.headingText();
            default -> fields.getOrDefault(field, "");
        };
    }

    /** The text of every field, with the body read once. */
    Map<SearchField, String> texts() {
        return texts(body.text());
    }

    /** The text of every field, given the body's text. */
    Map<SearchField, String> texts(BodyText text) {
        Map<SearchField, String> all = new EnumMap<>(fields);
        all.put(SearchField.HEADINGS, text.headings());
        all.put(SearchField.BODY, bodyOf(text));
        return all;
    }

    public List<SectionHead> sections() {
        return body.sections();
    }

    /** All body text except headings, in reading order. */
    private static String bodyOf(BodyText text) {
        StringBuilder all = new StringBuilder(text.lead());
        for (Section section : text.sections()) {
            if (!section.text().isEmpty()) {
                all.append(all.length() == 0 ? "" : " ").append(section.text());
            }
        }
        return all.toString();
    }

    /**
     * The body as it is indexed: the text before the first section, then each section's text, so that a word's
     * position tells its section. Sections beyond what positions can tell apart stay with the last one.
     */
    static List<String> bodyParts(BodyText text) {
        if (text.sections().isEmpty()) {
            return List.of(text.lead());
        }
        List<String> parts = new ArrayList<>();
        parts.add(text.lead());
        for (Section section : text.sections()) {
            if (parts.size() <= MAX_SECTIONS) {
                parts.add(section.text());
            } else {
                parts.set(parts.size() - 1, parts.get(parts.size() - 1) + " " + section.text());
            }
        }
        return parts;
    }

    public String summary() {
        return text(SearchField.SUMMARY);
    }
}
