package nl.soneta.site.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.soneta.site.testing.RenderedContent;
import nl.soneta.site.testing.SiteFixture;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The exported term scores are Lucene's, and adding them up by the rules of the query model ranks exactly as
 * Lucene ranks the same query: same documents, same order, same float scores. The browser does this sum.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportedScoresTest {
    private SiteIndex index;

    @BeforeAll
    void index() {
        RenderedContent content = RenderedContent.of(SiteFixture.project());
        index = SearchStage.index(content.site(), content.bodies());
    }

    @Test
    void everyTermsExportedScoresAreTheScoresOfItsLuceneQuery() throws IOException {
        int compared = 0;
        for (String term : index.vocabulary().terms()) {
            TopDocs lucene = index.searcher().search(SiteIndex.termQuery(term), index.documents().size());
            TermPostings exported = index.postings(term);
            assertEquals(lucene.scoreDocs.length, exported.docFreq(), term);
            Map<Integer, Float> byDoc = new HashMap<>();
            for (ScoreDoc hit : lucene.scoreDocs) {
                byDoc.put(hit.doc, hit.score);
            }
            for (int i = 0; i < exported.docs().length; i++) {
                assertEquals(byDoc.get(exported.docs()[i]), exported.scores()[i], 0f, term);
                compared++;
            }
        }
        System.out.println("exported scores equal to Lucene's: " + compared + " postings of "
                + index.vocabulary().terms().size() + " terms");
    }

    @Test
    void summingExportedScoresRanksLikeLuceneOnEveryQueryOfTheQuerySet() {
        QuerySet queries = QuerySet.load();
        List<SearchRequest> requests = new ArrayList<>();
        for (QuerySet.Query query : queries.queries()) {
            requests.add(SearchRequest.of(query.text()));
            requests.add(new SearchRequest(query.text().substring(0, Math.max(2, query.text().length() - 2)), true,
                    Set.of(), Set.of()));
            requests.add(new SearchRequest(query.text(), false, Set.of("organisatie"), Set.of()));
        }
        queries.withTypos(7).forEach(q -> requests.add(SearchRequest.of(q.text())));
        requests.add(SearchRequest.of("\"sociale basis\""));
        requests.add(SearchRequest.of("\"huiselijk geweld\" melden"));
        requests.add(new SearchRequest("mantelzorg", false, Set.of(), Set.of("vrijwilligerswerk-en-mantelzorg")));
        LuceneSearch lucene = new LuceneSearch(index);
        int nonEmpty = 0;
        for (SearchRequest request : requests) {
            List<ScoreDoc> expected = lucene.top(request, 10);
            List<ScoreDoc> summed = ExportedRanking.top(index, request, 10);
            assertEquals(describe(expected), describe(summed), request.toString());
            nonEmpty += expected.isEmpty() ? 0 : 1;
        }
        assertTrue(nonEmpty > requests.size() * 9 / 10, nonEmpty + " of " + requests.size());
        assertFalse(lucene.top(SearchRequest.of("\"sociale basis\""), 10).isEmpty());
        System.out.println("ranking parity with Lucene: " + requests.size() + " queries, " + nonEmpty + " with results");
    }

    private static List<String> describe(List<ScoreDoc> hits) {
        return hits.stream().map(h -> h.doc + ":" + h.score).toList();
    }
}
