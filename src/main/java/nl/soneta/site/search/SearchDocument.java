package nl.soneta.site.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.soneta.site.site.Entry;
import nl.soneta.site.site.EntryKind;

/**
 * One page as search sees it: its text per field, what a result shows of it, and its sections.
 *
 * @param id       the document number, equal to the Lucene doc id and the number in the exported index
 * @param themes   slugs of the page's themes, for the theme filter
 * @param sections the parts under the body's headings, only for pages long enough to need sub-results
 */
public record SearchDocument(int id, Entry entry, EntryKind kind, String path, String title, Optional<LocalDate> date,
                             List<String> themes, Map<SearchField, String> fields, List<Section> sections) {

    public String text(SearchField field) {
        return fields.getOrDefault(field, "");
    }

    public String summary() {
        return text(SearchField.SUMMARY);
    }
}
