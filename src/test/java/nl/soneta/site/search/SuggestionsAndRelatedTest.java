package nl.soneta.site.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.soneta.site.site.Entry;
import nl.soneta.site.testing.RenderedContent;
import nl.soneta.site.testing.SiteFixture;
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
}
