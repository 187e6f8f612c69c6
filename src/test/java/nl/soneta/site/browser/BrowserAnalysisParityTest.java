package nl.soneta.site.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.soneta.site.search.SearchAnalyzer;
import nl.soneta.site.search.Stemmer;
import nl.soneta.site.testing.SearchModule;
import nl.soneta.site.testing.SiteFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The browser analyses a query exactly as Lucene analysed the pages at build time (plan sections 1 and 7): the
 * same terms at the same positions, compared in real Chromium against {@link SearchAnalyzer} on hard cases and
 * then on the whole text of every content file. A term that differs is a word the search can never find.
 */
class BrowserAnalysisParityTest extends RealContentBrowserTest {
    /** The cases a port of the tokenizer, the folding and the old Snowball Dutch stemmer gets wrong first. */
    private static final List<String> HARD_CASES = List.of(
            "De cliëntondersteuning voor vrijwilligersorganisaties in Almere.",
            "Hulp bij schulden? Bel de Schuldhulpmaatjes: 036-123 45 67 of mail info@almere.nl.",
            "Thema's en cafés, één naïeve coördinator; financiële zorgen van ouderen.",
            "In 2023 woonden er 10.000 mensen; 1,5 miljoen euro voor 2019-2022 (zie www.almere.nl/zorg).",
            "’s Avonds e-mail, mantelzorg­ondersteuning en ‘jongerenwerk’ — a1b, foo_bar, x86_64.",
            "IJsselmeer, Ĳsselmeer, Straße, Æsop, Œuvre, Øresund, Łódź, Đakovo, Þór, ıi.",
            "Geïnteresseerden, beëindigen, reünie, ruïne, zeeën, knieën, pagina's, baby's, cd'tje.",
            "Emoji 👍🏽 tussen woorden, ✔ vinkjes, © en ® tekens, 1/2 en ½.",
            "Ouderen, opgroeien, bereikbaarheid, toegankelijkheid, gemeentelijke, mogelijkheden, kinderen.",
            "AAN aan Aan ÁÀN; de DE het; één twee drie, werken gewerkt werkte werkend.",
            "Vrijwilligers vrijwilligster vrijwilligerswerk mantelzorgers mantelzorger.",
            "Uitkeringen, bijstand, toeslagen, huurtoeslag, zorgtoeslag, kwijtschelding.",
            "");

    private String module;
    private List<String> stopWords;

    @BeforeAll
    @SuppressWarnings("unchecked")
    void openSearchModule() {
        module = SearchModule.openSearchPage(chromium.driver(), site);
        stopWords = (List<String>) SearchModule.call(chromium.driver(), module,
                "const manifest = await (await fetch(args[0])).json(); return manifest.stopWords;",
                SearchModule.manifestUrl(chromium.driver()));
    }

    @Test
    void hardCasesGetTheTermsAndPositionsLuceneGives() {
        List<List<String>> browser = analyseInBrowser(HARD_CASES);
        for (int i = 0; i < HARD_CASES.size(); i++) {
            assertEquals(analyseWithLucene(HARD_CASES.get(i)), browser.get(i), "analysis of: " + HARD_CASES.get(i));
        }
    }

    @Test
    void everyContentFileGetsTheTermsAndPositionsLuceneGives() throws IOException {
        List<String> texts = new ArrayList<>();
        List<Path> files;
        try (var walk = Files.walk(SiteFixture.PROJECT.resolve("content"))) {
            files = walk.filter(f -> f.toString().endsWith(".md")).sorted().toList();
        }
        for (Path file : files) {
            // The whole file, front matter included: titles and summaries are indexed too, and the YAML adds
            // dates, e-mail addresses and URLs that the tokenizer must split as Lucene does.
            texts.add(Files.readString(file));
        }
        long started = System.nanoTime();
        List<List<String>> browser = analyseInBrowser(texts);
        long millis = (System.nanoTime() - started) / 1_000_000;

        List<String> mismatches = new ArrayList<>();
        long terms = 0;
        for (int i = 0; i < texts.size(); i++) {
            List<String> expected = analyseWithLucene(texts.get(i));
            terms += expected.size();
            if (!expected.equals(browser.get(i))) {
                mismatches.add(SiteFixture.PROJECT.relativize(files.get(i)) + ": " + firstDifference(expected, browser.get(i)));
            }
        }
        System.out.printf("Browser analysis vs Lucene: %d texts, %d terms compared in %d ms, %d texts differ%n",
                texts.size(), terms, millis, mismatches.size());
        assertTrue(texts.size() > 100 && terms > 40_000, texts.size() + " texts, " + terms + " terms");
        assertEquals(List.of(), mismatches.subList(0, Math.min(20, mismatches.size())),
                mismatches.size() + " of " + texts.size() + " texts analyse differently in the browser");
    }

    @SuppressWarnings("unchecked")
    private List<List<String>> analyseInBrowser(List<String> texts) {
        return (List<List<String>>) SearchModule.call(chromium.driver(), module,
                "return args[0].map(text => m.analyzeText(text, args[1]).map(t => t.term + '@' + t.position));",
                texts, stopWords);
    }

    private static final SearchAnalyzer LUCENE = SearchAnalyzer.stemming(Stemmer.SNOWBALL, Map.of());

    /** Lucene's terms as {@code term@position}, the position counting stop words as the index does. */
    private static List<String> analyseWithLucene(String text) {
        return LUCENE.tokens(text).stream().map(t -> t.term() + "@" + t.position()).toList();
    }

    private static String firstDifference(List<String> expected, List<String> actual) {
        int i = 0;
        while (i < expected.size() && i < actual.size() && expected.get(i).equals(actual.get(i))) {
            i++;
        }
        List<String> lucene = expected.subList(Math.max(0, i - 2), Math.min(expected.size(), i + 3));
        List<String> browser = actual.subList(Math.max(0, i - 2), Math.min(actual.size(), i + 3));
        return "at term " + i + " Lucene " + lucene + " browser " + browser
                + " (" + expected.size() + " vs " + actual.size() + " terms)";
    }
}
