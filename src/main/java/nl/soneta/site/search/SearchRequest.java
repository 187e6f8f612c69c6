package nl.soneta.site.search;

import java.util.Set;

/** A query as the search page receives it: the text, whether it is still being typed, and the filters. */
public record SearchRequest(String text, boolean typing, Set<String> kinds, Set<String> themes) {

    public static SearchRequest of(String text) {
        return new SearchRequest(text, false, Set.of(), Set.of());
    }
}
