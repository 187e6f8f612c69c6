package nl.soneta.site.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import nl.soneta.site.site.Entry;
import nl.soneta.site.site.Publication;

/**
 * "Gerelateerd": for each page, the pages most like it, in the manner of Lucene's MoreLikeThis. The page's
 * most telling terms (frequent in it, rare on the site) become one query on the index; its best hits are the
 * related pages. A publication and its own chapters are not offered for each other: they link already.
 */
public final class RelatedPages {
    static final int TERMS_PER_PAGE = 12;
    static final int PAGES = 3;
    private static final int SHORTEST_TERM = 3;
    /** A term on more than a tenth of the pages says little about any of them, and is slow to search. */
    private static final int COMMON_SHARE = 10;
    private static final int FEWEST_COMMON = 50;
    /**
     * Nor does a term on more than this many pages, however large the site: without a cap the postings a page adds
     * up grow with the site, and related pages took time by its square (1 s at 10,000 pages, 13 s at 50,000).
     */
    private static final int MOST_COMMON = 1000;

    private final SiteIndex index;
    private final Map<Entry, Set<Entry>> family = new HashMap<>();

    public RelatedPages(SiteIndex index, List<Publication> publications) {
        this.index = index;
        for (Publication publication : publications) {
            Set<Entry> members = new HashSet<>(publication.chapters());
            members.add(publication);
            members.forEach(member -> family.put(member, members));
        }
    }

    /** Related pages of every document, by the document's path. */
    public Map<String, List<Entry>> all() {
        Map<String, List<Entry>> related = new ConcurrentHashMap<>();
        index.documents().parallelStream().forEach(d -> related.put(d.path(), of(d)));
        return related;
    }

    List<Entry> of(SearchDocument document) {
        List<String> terms = tellingTerms(document);
        if (terms.isEmpty()) {
            return List.of();
        }
        Set<Entry> excluded = family.getOrDefault(document.entry(), Set.of(document.entry()));
        Tally tally = TALLIES.get();
        tally.clear(index.documents().size());
        terms.forEach(term -> tally.add(index.bodyPostings(term)));
        List<Entry> related = new ArrayList<>();
        for (int doc : tally.best(PAGES + excluded.size())) {
            Entry entry = index.documents().get(doc).entry();
            if (!excluded.contains(entry) && related.size() < PAGES) {
                related.add(entry);
            }
        }
        return List.copyOf(related);
    }

    private static final ThreadLocal<Tally> TALLIES = ThreadLocal.withInitial(Tally::new);

    /**
     * The page's telling terms as one query over the body: each document's score is the sum of the terms' BM25
     * scores in it, as Lucene's disjunction of term queries adds them (in double, then rounded to float), and the
     * best come first, the lower doc id on equal scores. Adding up precomputed postings this way gives Lucene's
     * hits (a test holds it to the query) at a fraction of the cost of ten thousand queries.
     */
    private static final class Tally {
        private double[] sums = new double[0];
        private int[] touched = new int[0];
        private int count;

        void clear(int documents) {
            if (sums.length < documents) {
                sums = new double[documents];
                touched = new int[documents];
            } else {
                for (int i = 0; i < count; i++) {
                    sums[touched[i]] = 0;
                }
            }
            count = 0;
        }

        void add(TermPostings postings) {
            int[] docs = postings.docs();
            float[] scores = postings.scores();
            for (int i = 0; i < docs.length; i++) {
                if (sums[docs[i]] == 0) {
                    touched[count++] = docs[i];
                }
                sums[docs[i]] += scores[i];
            }
        }

        /** The {@code limit} best documents, best first. */
        int[] best(int limit) {
            int[] best = new int[Math.min(limit, count)];
            float[] bestScores = new float[best.length];
            int filled = 0;
            for (int i = 0; i < count; i++) {
                int doc = touched[i];
                float score = (float) sums[doc];
                int at = filled;
                while (at > 0 && (score > bestScores[at - 1] || score == bestScores[at - 1] && doc < best[at - 1])) {
                    at--;
                }
                if (at < best.length) {
                    int moved = Math.min(filled, best.length - 1) - at;
                    System.arraycopy(best, at, best, at + 1, moved);
                    System.arraycopy(bestScores, at, bestScores, at + 1, moved);
                    best[at] = doc;
                    bestScores[at] = score;
                    filled = Math.min(filled + 1, best.length);
                }
            }
            return best;
        }
    }

    /** The terms with the highest tf·idf; terms no other page has cannot relate it to anything. */
    List<String> tellingTerms(SearchDocument document) {
        Map<String, Integer> frequencies = index.bodyTermCounts(document.id());
        for (SearchField field : List.of(SearchField.TITLE, SearchField.SUMMARY, SearchField.HEADINGS)) {
            index.analyzer().forEachTerm(document.text(field), t -> frequencies.merge(t, 1, Integer::sum));
        }
        int documents = index.documents().size();
        int common = Math.max(FEWEST_COMMON, Math.min(MOST_COMMON, documents / COMMON_SHARE));
        List<Weighted> candidates = new ArrayList<>();
        frequencies.forEach((term, count) -> {
            if (term.length() >= SHORTEST_TERM && !isNumber(term)) {
                int docFreq = index.docFreq(term);
                if (docFreq > 1 && docFreq <= common) {
                    candidates.add(new Weighted(term, count * idf(docFreq, documents)));
                }
            }
        });
        candidates.sort(Comparator.comparingDouble(Weighted::weight).reversed().thenComparing(Weighted::term));
        List<String> telling = new ArrayList<>(TERMS_PER_PAGE);
        for (int i = 0; i < Math.min(TERMS_PER_PAGE, candidates.size()); i++) {
            telling.add(candidates.get(i).term());
        }
        return telling;
    }

    private record Weighted(String term, double weight) {
    }

    private static double idf(int docFreq, int documents) {
        return Math.log((double) documents / (docFreq + 1)) + 1;
    }

    private static boolean isNumber(String term) {
        for (int i = 0; i < term.length(); i++) {
            if (!Character.isDigit(term.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
