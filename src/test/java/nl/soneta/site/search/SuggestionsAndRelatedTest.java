package nl.soneta.site.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.soneta.site.site.Entry;
import nl.soneta.site.testing.RenderedContent;
import nl.soneta.site.testing.SiteFixture;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** "Bedoelde je …" and "Gerelateerd" on the real content. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SuggestionsAndRelatedTest {
    private RenderedContent content;
    private SiteIndex index;

    @BeforeAll
    void index() {
        content = RenderedContent.of(SiteFixture.project());
        index = SearchStage.index(content.site(), content.bodies());
    }

    @Test
    void aQueryThatFindsNothingGetsTheNearestWordsOfTheSite() {
        LuceneSearch search = new LuceneSearch(index);
        SpellingSuggester suggester = new SpellingSuggester(index);
        // two typos in a six-letter word: too far for search itself, near enough for a suggestion
        assertTrue(search.top(SearchRequest.of("shcudl"), 10).isEmpty());
        assertEquals(Optional.of("schuld"), suggester.suggest("shcudl"));
        assertEquals(Optional.of("hulp bij schuld"), suggester.suggest("Hulp bij shcudl"));
        assertEquals(Optional.of("\"sociale basis\""), suggester.suggest("\"socaile basis\""));
        assertEquals(Optional.empty(), suggester.suggest("mantelzorg"), "known words need no correction");
        assertEquals(Optional.empty(), suggester.suggest("xqzwv"), "nothing near");
        assertFalse(search.top(SearchRequest.of(suggester.suggest("shcudl").orElseThrow()), 10).isEmpty());
    }

    @Test
    void relatedPagesShareTheSubjectAndNeverTheirOwnPublication() {
        Map<String, List<Entry>> related = new RelatedPages(index, content.site().publications()).all();
        List<String> plangroep = related.get("/organisaties/plangroep/").stream().map(e -> e.item().path()).toList();
        assertTrue(plangroep.contains("/organisaties/vroeg-eropaf/"), plangroep.toString());
        assertEquals(index.documents().size(), related.size());
        related.forEach((path, pages) -> {
            assertTrue(pages.size() <= RelatedPages.PAGES, path);
            pages.forEach(page -> assertFalse(page.item().path().startsWith(path) || path.startsWith(page.item().path()),
                    path + " relates to its own publication or chapter " + page.item().path()));
        });
        long withRelated = related.values().stream().filter(p -> !p.isEmpty()).count();
        assertTrue(withRelated >= index.documents().size() * 9 / 10, withRelated + " of " + related.size());
    }

    /**
     * Related pages add up precomputed body scores instead of running a query a page; this holds the sums to
     * Lucene's own search: the same telling terms as a disjunction of term queries on the body, every page.
     */
    @Test
    void relatedPagesAreTheTopHitsOfLucenesQueryForTheTellingTerms() throws IOException {
        RelatedPages relatedPages = new RelatedPages(index, content.site().publications());
        int compared = 0;
        for (SearchDocument document : index.documents()) {
            List<String> terms = relatedPages.tellingTerms(document);
            if (terms.isEmpty()) {
                continue;
            }
            BooleanQuery.Builder query = new BooleanQuery.Builder();
            terms.forEach(term -> query.add(new TermQuery(new Term(SearchField.BODY.fieldName(), term)), Occur.SHOULD));
            List<Entry> lucene = new ArrayList<>();
            for (ScoreDoc hit : index.searcher().search(query.build(), index.documents().size()).scoreDocs) {
                Entry entry = index.documents().get(hit.doc).entry();
                boolean family = entry == document.entry() || related(entry, document.entry());
                if (!family && lucene.size() < RelatedPages.PAGES) {
                    lucene.add(entry);
                }
            }
            assertEquals(paths(lucene), paths(relatedPages.of(document)), document.path());
            compared++;
        }
        assertTrue(compared >= index.documents().size() * 9 / 10, compared + " pages compared");
    }

    /** A publication and its chapters, which related pages leave out for each other. */
    private boolean related(Entry a, Entry b) {
        return content.site().publications().stream().anyMatch(p -> {
            List<Entry> family = new ArrayList<>(p.chapters());
            family.add(p);
            return family.contains(a) && family.contains(b);
        });
    }

    private static List<String> paths(List<Entry> entries) {
        return entries.stream().map(e -> e.item().path()).toList();
    }
}
