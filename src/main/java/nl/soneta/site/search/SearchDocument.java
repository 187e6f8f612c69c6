package nl.soneta.site.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.soneta.site.site.Entry;
import nl.soneta.site.site.EntryKind;

/**
 * One page as search sees it: its text per field, what a result shows of it, and its sections. The body is
 * kept as its lead and sections only; its whole text is derived from them.
 *
 * @param id       the document number, equal to the Lucene doc id and the number in the exported index
 * @param themes   slugs of the page's themes, for the theme filter
 * @param fields   the text of every field but the body
 * @param lead     the body text before the first section (all of it, when there are no sections)
 * @param sections the parts under the body's headings, only for pages long enough to need sub-results
 */
public record SearchDocument(int id, Entry entry, EntryKind kind, String path, String title, Optional<LocalDate> date,
                             List<String> themes, Map<SearchField, String> fields, String lead, List<Section> sections) {
    /** Positions are ints: this many sections of {@link SearchAnalyzer#SECTION_GAP} positions fit. */
    static final int MAX_SECTIONS = 1000;

    public String text(SearchField field) {
        return field == SearchField.BODY ? body() : fields.getOrDefault(field, "");
    }

    /** All body text except headings, in reading order. */
    private String body() {
        StringBuilder all = new StringBuilder(lead);
        for (Section section : sections) {
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
    public List<String> bodyParts() {
        if (sections.isEmpty()) {
            return List.of(lead);
        }
        List<String> parts = new ArrayList<>();
        parts.add(lead);
        for (Section section : sections) {
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
