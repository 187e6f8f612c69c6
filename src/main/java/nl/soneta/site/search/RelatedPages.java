package nl.soneta.site.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import nl.soneta.site.site.Entry;
import nl.soneta.site.site.Publication;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

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
        // the body alone: a query over every field costs five times as much and relates pages no better
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        terms.forEach(term -> query.add(new TermQuery(new Term(SearchField.BODY.fieldName(), term)), Occur.SHOULD));
        Set<Entry> excluded = family.getOrDefault(document.entry(), Set.of(document.entry()));
        try {
            List<Entry> related = new ArrayList<>();
            for (ScoreDoc hit : index.searcher().search(query.build(), PAGES + excluded.size()).scoreDocs) {
                Entry entry = index.documents().get(hit.doc).entry();
                if (!excluded.contains(entry) && related.size() < PAGES) {
                    related.add(entry);
                }
            }
            return List.copyOf(related);
        } catch (IOException e) {
            throw new UncheckedIOException("an in-memory index cannot fail on I/O", e);
        }
    }

    /** The terms with the highest tf·idf; terms no other page has cannot relate it to anything. */
    private List<String> tellingTerms(SearchDocument document) {
        Map<String, Integer> frequencies = index.bodyTermCounts(document.id());
        for (SearchField field : List.of(SearchField.TITLE, SearchField.SUMMARY, SearchField.HEADINGS)) {
            index.analyzer().forEachTerm(document.text(field), t -> frequencies.merge(t, 1, Integer::sum));
        }
        int documents = index.documents().size();
        int common = Math.max(FEWEST_COMMON, documents / COMMON_SHARE);
        return frequencies.entrySet().stream()
                .filter(e -> e.getKey().length() >= SHORTEST_TERM && !isNumber(e.getKey()))
                .filter(e -> index.docFreq(e.getKey()) > 1 && index.docFreq(e.getKey()) <= common)
                .map(e -> Map.entry(e.getKey(), e.getValue() * idf(index.docFreq(e.getKey()), documents)))
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(TERMS_PER_PAGE)
                .map(Map.Entry::getKey)
                .toList();
    }

    private static double idf(int docFreq, int documents) {
        return Math.log((double) documents / (docFreq + 1)) + 1;
    }

    private static boolean isNumber(String term) {
        return term.chars().allMatch(Character::isDigit);
    }
}
