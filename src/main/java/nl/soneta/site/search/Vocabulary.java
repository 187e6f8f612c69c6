package nl.soneta.site.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Every folded word of the site with the term it is indexed under. The browser gets the same table, split by
 * first letter: it looks words up in it, completes them while typing and corrects typos against it, so a
 * typo is only recognised when its first letter is right (as in Lucene's spell checker, whose default is the
 * same).
 */
public final class Vocabulary {
    private final NavigableMap<String, String> termByWord;
    private final Map<String, List<String>> wordsByShard = new TreeMap<>();
    private final Map<String, Set<String>> termsByShard = new HashMap<>();
    private final Stemmer stemmer;
    private final SortedSet<String> terms;

    Vocabulary(Map<String, String> termByWord, Stemmer stemmer) {
        this.termByWord = new TreeMap<>(termByWord);
        this.stemmer = stemmer;
        this.terms = Collections.unmodifiableSortedSet(new TreeSet<>(termByWord.values()));
        this.termByWord.forEach((word, term) -> {
            wordsByShard.computeIfAbsent(shardKey(word), k -> new ArrayList<>()).add(word);
            termsByShard.computeIfAbsent(shardKey(word), k -> new HashSet<>()).add(term);
        });
    }

    /** Words that start with a letter or digit go to that character's shard; all others share "_". */
    public static String shardKey(String word) {
        char first = word.isEmpty() ? '_' : word.charAt(0);
        return (first >= 'a' && first <= 'z') || (first >= '0' && first <= '9') ? String.valueOf(first) : "_";
    }

    /**
     * The term of a typed word: the indexed term when the site has the word, else its stem when some word of
     * the same shard has that stem, else nothing (the word is unknown and may be a typo).
     */
    public Optional<String> exactTerm(String word) {
        String known = termByWord.get(word);
        if (known != null) {
            return Optional.of(known);
        }
        String stem = stemmer.stem(word);
        return termsByShard.getOrDefault(shardKey(word), Set.of()).contains(stem) ? Optional.of(stem) : Optional.empty();
    }

    public String termOf(String word) {
        return termByWord.get(word);
    }

    public Collection<String> shardKeys() {
        return wordsByShard.keySet();
    }

    /** The words of one shard, in alphabetical order. */
    public List<String> wordsOf(String shardKey) {
        return wordsByShard.getOrDefault(shardKey, List.of());
    }

    /** Every term, in order. */
    public SortedSet<String> terms() {
        return terms;
    }

    public int size() {
        return termByWord.size();
    }
}
