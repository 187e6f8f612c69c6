package nl.soneta.site.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;
import nl.soneta.site.content.Suggestions;

/**
 * What a typed query means, in terms of the index. The browser client ({@code theme/assets/search.js}) follows
 * the same rules, and the browser parity test holds it to them:
 * <ul>
 * <li>quote marks ({@code " “ ” „}) split the text; every second part is a phrase (an unclosed quote runs on);</li>
 * <li>a word's exact term: the vocabulary's term for the word, else its stem when its shard has that term;</li>
 * <li>no exact term and four letters or more: the shard's words within one typo (two from eight letters),
 * nearest first, then most documents, then alphabetical; at most four terms, boost 1/2 (1/4 for two typos);</li>
 * <li>while typing, when the text ends in a letter or digit, the last word also stands for up to four
 * completions (most documents first), boost 1/2;</li>
 * <li>phrase words are required and the phrase must occur in one field; one clause a term (required wins,
 * else the highest boost).</li>
 * </ul> Words are optional clauses; a word the site does not have is replaced by the nearest
 * words of its first letter (typos); the last word, while the resident is still typing, also stands for the
 * words it begins; a quoted phrase makes its words required and adds a phrase condition.
 *
 * @param phrases   the phrases of two or more words, each as its terms at their relative positions
 * @param matchesNothing a phrase has a word the site does not have
 */
public record QueryPlan(List<Clause> clauses, List<List<Token>> phrases, boolean matchesNothing) {
    static final int MAX_EXPANSIONS = 4;
    private static final String QUOTES = "\"“”„";

    public boolean isEmpty() {
        return clauses.isEmpty() && !matchesNothing;
    }

    /**
     * @param typing  the resident is still typing, so the last word may be incomplete
     * @param docFreq how many documents have a term, to prefer common words among equally near ones
     */
    public static QueryPlan of(String text, boolean typing, Vocabulary vocabulary, ToIntFunction<String> docFreq) {
        List<Segment> segments = segments(text);
        List<Clause> clauses = new ArrayList<>();
        List<List<Token>> phrases = new ArrayList<>();
        boolean matchesNothing = false;
        boolean lastMayBeIncomplete = typing && !segments.get(segments.size() - 1).phrase() && !text.isEmpty()
                && Character.isLetterOrDigit(text.codePointBefore(text.length()));
        for (int s = 0; s < segments.size(); s++) {
            Segment segment = segments.get(s);
            List<Token> words = SearchAnalyzer.words().tokens(segment.text());
            if (segment.phrase()) {
                List<Token> terms = new ArrayList<>();
                for (Token word : words) {
                    Optional<String> term = vocabulary.exactTerm(word.term());
                    matchesNothing |= term.isEmpty();
                    term.ifPresent(t -> {
                        clauses.add(new Clause(t, 1f, true));
                        terms.add(new Token(t, word.position() - words.get(0).position()));
                    });
                }
                if (terms.size() > 1) {
                    phrases.add(List.copyOf(terms));
                }
                continue;
            }
            for (int w = 0; w < words.size(); w++) {
                boolean last = s == segments.size() - 1 && w == words.size() - 1;
                wordClauses(words.get(w).term(), lastMayBeIncomplete && last, vocabulary, docFreq, clauses);
            }
        }
        return new QueryPlan(distinct(clauses), List.copyOf(phrases), matchesNothing);
    }

    /**
     * One clause a term: a required one wins, else the highest boost. Lucene would merge repeated clauses by
     * adding their boosts, and a boost such as 0.75 no longer scales the exported score exactly.
     */
    private static List<Clause> distinct(List<Clause> clauses) {
        Map<String, Clause> byTerm = new LinkedHashMap<>();
        for (Clause clause : clauses) {
            byTerm.merge(clause.term(), clause, (a, b) -> a.required() != b.required() ? (a.required() ? a : b)
                    : a.boost() >= b.boost() ? a : b);
        }
        return List.copyOf(byTerm.values());
    }

    private static void wordClauses(String word, boolean prefix, Vocabulary vocabulary, ToIntFunction<String> docFreq,
                                    List<Clause> clauses) {
        Optional<String> exact = vocabulary.exactTerm(word);
        exact.ifPresent(term -> clauses.add(new Clause(term, 1f, false)));
        List<String> shard = vocabulary.wordsOf(Vocabulary.shardKey(word));
        if (exact.isEmpty() && word.length() >= 4) {
            int maxDistance = maxTypos(word);
            Map<String, Float> fuzzy = new LinkedHashMap<>();
            nearest(word, maxDistance, vocabulary, docFreq).forEach(c -> {
                        if (fuzzy.size() < MAX_EXPANSIONS) {
                            fuzzy.putIfAbsent(vocabulary.termOf(c.word()), c.distance() == 1 ? 0.5f : 0.25f);
                        }
                    });
            fuzzy.forEach((term, boost) -> clauses.add(new Clause(term, boost, false)));
        }
        if (prefix && word.length() >= 2) {
            List<String> completions = new ArrayList<>();
            shard.stream()
                    .filter(candidate -> candidate.length() > word.length() && candidate.startsWith(word))
                    .map(candidate -> new Candidate(candidate, 0))
                    .sorted(byFrequency(vocabulary, docFreq))
                    .map(c -> vocabulary.termOf(c.word()))
                    .filter(term -> exact.map(e -> !e.equals(term)).orElse(true))
                    .distinct()
                    .limit(MAX_EXPANSIONS)
                    .forEach(completions::add);
            completions.forEach(term -> clauses.add(new Clause(term, 0.5f, false)));
        }
    }

    /**
     * The words of the word's shard within {@code maxDistance} typos, nearest first, then the most common, then
     * alphabetical: the order in which search expands a typo and "bedoelde je" picks its correction.
     */
    static Stream<Candidate> nearest(String word, int maxDistance, Vocabulary vocabulary, ToIntFunction<String> docFreq) {
        return vocabulary.wordsOf(Vocabulary.shardKey(word)).stream()
                .map(candidate -> new Candidate(candidate, Suggestions.distance(word, candidate)))
                .filter(c -> c.distance() <= maxDistance)
                .sorted(Comparator.comparingInt(Candidate::distance).thenComparing(byFrequency(vocabulary, docFreq)));
    }

    /** One typo in a word of four letters or more, two from eight: shorter words have too many neighbours. */
    static int maxTypos(String word) {
        return word.length() >= 8 ? 2 : word.length() >= 4 ? 1 : 0;
    }

    /** More documents first, then alphabetical, so the choice is the same in every build and in the browser. */
    static Comparator<Candidate> byFrequency(Vocabulary vocabulary, ToIntFunction<String> docFreq) {
        return Comparator.comparingInt((Candidate c) -> -docFreq.applyAsInt(vocabulary.termOf(c.word())))
                .thenComparing(Candidate::word);
    }

    /** The text split at quote marks: every second part is a phrase (an unclosed quote runs to the end). */
    static List<Segment> segments(String text) {
        List<Segment> segments = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean phrase = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (QUOTES.indexOf(c) >= 0) {
                segments.add(new Segment(current.toString(), phrase));
                current = new StringBuilder();
                phrase = !phrase;
            } else {
                current.append(c);
            }
        }
        segments.add(new Segment(current.toString(), phrase));
        return segments;
    }

    record Segment(String text, boolean phrase) {
    }

    record Candidate(String word, int distance) {
    }
}
