package nl.soneta.site.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.soneta.site.testing.RenderedContent;
import nl.soneta.site.testing.SiteFixture;
import org.apache.lucene.search.ScoreDoc;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Search quality on the real content, measured with the query set: the share of queries with an expected page
 * in the top 3, and of their one-typo variants with one in the top 5. Both stemmers are measured; the site
 * uses {@link SearchStage#STEMMER}, which must reach 90% on both counts.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchQualityTest {
    private static final long TYPO_SEED = 20261123L;
    private final Map<Stemmer, Quality> quality = new EnumMap<>(Stemmer.class);

    record Quality(double top3, double typoTop5, List<String> misses) {
    }

    @BeforeAll
    void measure() {
        RenderedContent content = RenderedContent.of(SiteFixture.project());
        QuerySet queries = QuerySet.load();
        List<QuerySet.Query> typos = queries.withTypos(TYPO_SEED);
        for (Stemmer stemmer : Stemmer.values()) {
            SiteIndex index = SearchStage.index(content.site(), content.bodies(), stemmer);
            LuceneSearch search = new LuceneSearch(index);
            List<String> misses = new ArrayList<>();
            double top3 = rate(queries.queries(), 3, search, index, misses);
            double typoTop5 = rate(typos, 5, search, index, misses);
            quality.put(stemmer, new Quality(top3, typoTop5, misses));
            System.out.printf("search quality %-16s top 3: %5.1f%% of %d queries; typo variants top 5: %5.1f%% of %d%n",
                    stemmer, 100 * top3, queries.queries().size(), 100 * typoTop5, typos.size());
        }
        quality.get(SearchStage.STEMMER).misses().forEach(m -> System.out.println("  miss: " + m));
    }

    private static double rate(List<QuerySet.Query> queries, int depth, LuceneSearch search, SiteIndex index,
                               List<String> misses) {
        int found = 0;
        for (QuerySet.Query query : queries) {
            List<String> top = new ArrayList<>();
            for (ScoreDoc hit : search.top(SearchRequest.of(query.text()), depth)) {
                top.add(index.documents().get(hit.doc).path());
            }
            if (top.stream().anyMatch(query.expected()::contains)) {
                found++;
            } else {
                misses.add("'" + query.text() + "' top " + depth + " " + top + ", expected one of " + query.expected());
            }
        }
        return (double) found / queries.size();
    }

    @Test
    void ninetyPercentOfQueriesFindAnExpectedPageInTheTopThree() {
        assertTrue(quality.get(SearchStage.STEMMER).top3() >= 0.9, quality.get(SearchStage.STEMMER).toString());
    }

    @Test
    void ninetyPercentOfOneTypoVariantsFindAnExpectedPageInTheTopFive() {
        assertTrue(quality.get(SearchStage.STEMMER).typoTop5() >= 0.9, quality.get(SearchStage.STEMMER).toString());
    }

    @Test
    void theSiteUsesTheStemmerThatMeasuresBest() {
        Quality chosen = quality.get(SearchStage.STEMMER);
        for (Quality other : quality.values()) {
            assertTrue(chosen.top3() + chosen.typoTop5() >= other.top3() + other.typoTop5(), quality.toString());
        }
    }
}
