package nl.soneta.site.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.soneta.site.testing.SiteFixture;
import org.junit.jupiter.api.Test;

class SearchAnalyzerTest {

    @Test
    void diacriticsCaseAndStopWordsDoNotMatter() {
        SearchAnalyzer analyzer = SearchAnalyzer.stemming(Stemmer.SNOWBALL, Map.of());
        assertEquals(analyzer.terms("cliëntondersteuning"), analyzer.terms("Clientondersteuning"));
        assertEquals(analyzer.terms("financiële zorgen"), analyzer.terms("financiele zorgen"));
        assertEquals(analyzer.terms("schulden"), analyzer.terms("hulp bij de schulden van een gezin").subList(1, 2));
        assertEquals(List.of(), analyzer.terms("de het een van en"));
        assertEquals(List.of("twee"), SearchAnalyzer.words().terms("één of twee"), "folded stop words are still stop words");
    }

    @Test
    void snowballAloneMissesPluralsAfterAVowelAndTheOverrideRepairsThem() {
        Set<String> vocabulary = Set.of("vrijwilligersorganisatie", "vrijwilligersorganisaties", "thema", "thema's",
                "adres", "wijk", "wijken");
        SearchAnalyzer plain = SearchAnalyzer.stemming(Stemmer.SNOWBALL, Map.of());
        assertNotEquals(plain.terms("vrijwilligersorganisatie"), plain.terms("vrijwilligersorganisaties"));

        Map<String, String> overrides = PluralOverrides.of(vocabulary, Stemmer.SNOWBALL);
        SearchAnalyzer repaired = SearchAnalyzer.stemming(Stemmer.SNOWBALL, overrides);
        assertEquals(repaired.terms("vrijwilligersorganisatie"), repaired.terms("vrijwilligersorganisaties"));
        assertEquals(repaired.terms("wijk"), repaired.terms("wijken"), "the stemmer's own plurals still work");
        assertEquals(repaired.terms("thema"), repaired.terms("thema's"));
        assertFalse(overrides.containsKey("adres"), "'adre' is no word, so 'adres' is not a plural");
    }

    @Test
    void kraaijPohlmannStemsTheSameWaysOfWritingToOneTerm() {
        SearchAnalyzer analyzer = SearchAnalyzer.stemming(Stemmer.KRAAIJ_POHLMANN, Map.of());
        assertEquals(analyzer.terms("ontmoeting"), analyzer.terms("ontmoetingen"));
        assertEquals(analyzer.terms("Cliënten"), analyzer.terms("clienten"));
    }

    @Test
    void onTheRealContentEverySingularAndItsSPluralShareATerm() throws IOException {
        Set<String> vocabulary = new TreeSet<>();
        try (var files = Files.walk(SiteFixture.PROJECT.resolve("content"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                vocabulary.addAll(SearchAnalyzer.words().terms(Files.readString(file)));
            }
        }
        assertTrue(vocabulary.size() > 5_000, "vocabulary: " + vocabulary.size());
        for (Stemmer stemmer : Stemmer.values()) {
            SearchAnalyzer analyzer = SearchAnalyzer.stemming(stemmer, PluralOverrides.of(vocabulary, stemmer));
            for (String word : vocabulary) {
                if (word.length() > 4 && word.endsWith("s") && vocabulary.contains(word.substring(0, word.length() - 1))) {
                    assertEquals(analyzer.terms(word.substring(0, word.length() - 1)), analyzer.terms(word), stemmer + ": " + word);
                }
            }
        }
        SearchAnalyzer snowball = SearchAnalyzer.stemming(Stemmer.SNOWBALL, PluralOverrides.of(vocabulary, Stemmer.SNOWBALL));
        assertEquals(snowball.terms("organisatie"), snowball.terms("organisaties"));
    }

    @Test
    void theTermTableGivesExactlyTheTermsOfStemmingEveryToken() throws IOException {
        Set<String> vocabulary = new TreeSet<>();
        List<String> texts = new java.util.ArrayList<>();
        try (var files = Files.walk(SiteFixture.PROJECT.resolve("content"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                texts.add(Files.readString(file));
                vocabulary.addAll(SearchAnalyzer.words().terms(texts.get(texts.size() - 1)));
            }
        }
        Map<String, String> overrides = PluralOverrides.of(vocabulary, Stemmer.SNOWBALL);
        Map<String, String> termByWord = new java.util.HashMap<>();
        // every repaired plural, and half of the other words, so that the stemmer's fallback is compared too
        int i = 0;
        for (String word : vocabulary) {
            if (i++ % 2 == 0 || overrides.containsKey(word)) {
                termByWord.put(word, overrides.getOrDefault(word, Stemmer.SNOWBALL.stem(word)));
            }
        }
        SearchAnalyzer stemming = SearchAnalyzer.stemming(Stemmer.SNOWBALL, overrides);
        SearchAnalyzer mapped = SearchAnalyzer.mapped(Stemmer.SNOWBALL, termByWord);
        for (String text : texts) {
            assertEquals(stemming.tokens(text), mapped.tokens(text));
        }
    }
}
