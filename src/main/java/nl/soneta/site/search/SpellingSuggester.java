package nl.soneta.site.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * "Bedoelde je …": when a query finds nothing, the same query with each unknown word replaced by the nearest
 * word of the site (same first letter, one typo more than search itself forgives), the most common first.
 */
public final class SpellingSuggester {
    private final SiteIndex index;

    public SpellingSuggester(SiteIndex index) {
        this.index = index;
    }

    /** The corrected query, or empty when no word needs or has a correction. */
    public Optional<String> suggest(String text) {
        Vocabulary vocabulary = index.vocabulary();
        List<String> parts = new ArrayList<>();
        boolean corrected = false;
        for (QueryPlan.Segment segment : QueryPlan.segments(text)) {
            List<String> words = new ArrayList<>();
            for (Token token : SearchAnalyzer.folded().tokens(segment.text())) {
                String word = token.term();
                Optional<String> correction = vocabulary.exactTerm(word).isPresent() || SearchAnalyzer.isStopWord(word)
                        ? Optional.empty() : nearest(word);
                corrected |= correction.isPresent();
                words.add(correction.orElse(word));
            }
            if (!words.isEmpty()) {
                String joined = String.join(" ", words);
                parts.add(segment.phrase() ? "\"" + joined + "\"" : joined);
            }
        }
        return corrected ? Optional.of(String.join(" ", parts)) : Optional.empty();
    }

    private Optional<String> nearest(String word) {
        if (word.length() < 4) {
            return Optional.empty();
        }
        int maxDistance = QueryPlan.maxTypos(word) + 1;
        return QueryPlan.nearest(word, maxDistance, index.vocabulary(), index::docFreq).findFirst()
                .map(QueryPlan.Candidate::word);
    }
}
