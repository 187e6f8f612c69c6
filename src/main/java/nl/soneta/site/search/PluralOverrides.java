package nl.soneta.site.search;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Repairs the Dutch plurals a stemmer misses, using the site's own vocabulary. Snowball keeps the "-s" after
 * a vowel, so "vrijwilligersorganisaties" and "vrijwilligersorganisatie" get different stems and the
 * singular finds nothing. A word ending in "s" (or "'s", as in "thema's") is mapped to the stem of the word
 * without it, but only when that word occurs on the site too: "adres" is left alone, since "adre" is no word.
 */
public final class PluralOverrides {
    private static final int SHORTEST_PLURAL = 4;

    private PluralOverrides() {
    }

    /** Surface form → the term it should get, for every plural of the vocabulary that the stemmer splits off. */
    public static Map<String, String> of(Collection<String> vocabulary, Stemmer stemmer) {
        Set<String> words = new TreeSet<>(vocabulary);
        Map<String, String> overrides = new TreeMap<>();
        for (String word : words) {
            singularOf(word).filter(words::contains).ifPresent(singular -> {
                String singularStem = stemmer.stem(singular);
                if (!stemmer.stem(word).equals(singularStem)) {
                    overrides.put(word, singularStem);
                }
            });
        }
        return overrides;
    }

    private static Optional<String> singularOf(String word) {
        if (word.length() <= SHORTEST_PLURAL) {
            return Optional.empty();
        }
        if (word.endsWith("'s") || word.endsWith("’s")) {
            return Optional.of(word.substring(0, word.length() - 2));
        }
        return word.endsWith("s") ? Optional.of(word.substring(0, word.length() - 1)) : Optional.empty();
    }
}
