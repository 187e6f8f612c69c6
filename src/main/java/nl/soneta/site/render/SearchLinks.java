package nl.soneta.site.render;

import java.util.List;
import java.util.Map;
import nl.soneta.site.site.Entry;

/**
 * What the search stage gives the pages: where the index manifest is, and for each item path the items
 * most like it ("Gerelateerd"), best first.
 */
public record SearchLinks(String manifestPath, Map<String, List<Entry>> relatedByPath) {

    public static SearchLinks none() {
        return new SearchLinks("", Map.of());
    }

    /** The related items of the page at {@code path}; none for pages that are not items. */
    public List<Entry> relatedTo(String path) {
        return relatedByPath.getOrDefault(path, List.of());
    }
}
