package nl.soneta.site.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.soneta.site.search.LuceneSearch;
import nl.soneta.site.search.SearchRequest;
import nl.soneta.site.search.SiteIndex;
import nl.soneta.site.search.SpellingSuggester;
import nl.soneta.site.testing.RealSiteIndex;
import nl.soneta.site.testing.SearchModule;
import org.apache.lucene.search.ScoreDoc;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The browser, working from the exported files, ranks exactly as the real Lucene index does (plan section 4):
 * every query of the query set, its typo variants, while typing, as a phrase and with filters, compared in real
 * Chromium with {@link LuceneSearch} — the same documents, in the same order, with the same float scores; and
 * the same "bedoelde je" as {@link SpellingSuggester} when nothing is found.
 */
class BrowserRankingParityTest extends RealContentBrowserTest {
    private static final Path QUERIES = Path.of("src/test/resources/search/queries.tsv");

    private String module;
    private String manifest;
    private SiteIndex index;

    @BeforeAll
    void openSearchModule() {
        module = SearchModule.openSearchPage(chromium.driver(), site);
        manifest = SearchModule.manifestUrl(chromium.driver());
        index = RealSiteIndex.get();
    }

    @Test
    void everyVariantOfTheQuerySetRanksAsLuceneDoes() throws IOException {
        List<SearchRequest> requests = requests();
        List<Map<String, Object>> browser = runInBrowser(requests);
        LuceneSearch lucene = new LuceneSearch(index);
        SpellingSuggester speller = new SpellingSuggester(index);

        List<String> differences = new ArrayList<>();
        int matched = 0;
        for (int i = 0; i < requests.size(); i++) {
            SearchRequest request = requests.get(i);
            Map<String, Object> outcome = browser.get(i);
            List<ScoreDoc> expected = lucene.top(request, index.documents().size());
            List<Long> expectedDocs = expected.stream().map(d -> (long) d.doc).toList();
            List<Long> ranked = numbers(outcome.get("ranked")).stream().map(Number::longValue).toList();
            String label = describe(request);
            if (!expectedDocs.equals(ranked)) {
                differences.add(0, label + ": Lucene " + head(expectedDocs) + " browser " + head(ranked));
                continue;
            }
            if (((Number) outcome.get("total")).intValue() != expected.size()) {
                differences.add(label + ": total " + outcome.get("total") + ", Lucene " + expected.size());
            }
            List<Number> scores = numbers(outcome.get("scores"));
            for (int r = 0; r < scores.size(); r++) {
                if (scores.get(r).floatValue() != expected.get(r).score) {
                    differences.add(label + ": score of doc " + expected.get(r).doc + " at rank " + (r + 1) + " is "
                            + scores.get(r) + ", Lucene " + expected.get(r).score);
                    break;
                }
            }
            if (expected.isEmpty()) {
                Optional<String> suggestion = speller.suggest(request.text());
                if (!suggestion.equals(Optional.ofNullable((String) outcome.get("suggestion")))) {
                    differences.add(label + ": suggestion " + outcome.get("suggestion") + ", Java " + suggestion.orElse(null));
                }
            } else {
                matched++;
            }
        }
        System.out.printf("Browser ranking vs Lucene: %d queries compared (%d with results), %d differ%n",
                requests.size(), matched, differences.size());
        assertTrue(requests.size() > 400 && matched > 300, requests.size() + " queries, " + matched + " with results");
        assertEquals(List.of(), differences.subList(0, Math.min(25, differences.size())),
                differences.size() + " of " + requests.size() + " queries differ");
    }

    /** The query set in every form the search page can ask it: the cases of plan section 4, each at least once. */
    private static List<SearchRequest> requests() throws IOException {
        List<String> queries = new ArrayList<>();
        for (String line : Files.readAllLines(QUERIES, StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#") && !line.startsWith("category\t")) {
                queries.add(line.split("\t")[1]);
            }
        }
        List<SearchRequest> requests = new ArrayList<>();
        for (String query : queries) {
            requests.add(SearchRequest.of(query));
            requests.add(new SearchRequest(query, true, Set.of(), Set.of()));
            requests.add(new SearchRequest(query.substring(0, Math.max(2, query.length() - 3)), true, Set.of(), Set.of()));
            requests.add(SearchRequest.of(typo(query, true)));
            requests.add(SearchRequest.of(typo(query, false)));
            requests.add(SearchRequest.of("\"" + query + "\""));
            requests.add(new SearchRequest(query, false, Set.of("organisatie"), Set.of()));
            requests.add(new SearchRequest(query, false, Set.of(), Set.of("bestaanszekerheid", "eenzaamheid")));
            requests.add(new SearchRequest(query, false, Set.of("publicatie", "thema"), Set.of("sociale-basis")));
        }
        for (String odd : List.of("enzamhied", "eenzaamhied zorg", "\"sociale basis\" almere", "\"basis sociale\"",
                "“sociale basis", "de het een", "", "   ", "ggd", "GGD!", "cliënt", "Cliëntondersteuning", "thema's",
                "e-mail", "10.000", "www.almere.nl", "zorg\"", "vrijwiligerswerk", "mantelzorgrs", "hulp bij schuldn")) {
            requests.add(SearchRequest.of(odd));
            requests.add(new SearchRequest(odd, true, Set.of(), Set.of()));
        }
        return requests;
    }

    /** One typing error in the longest word: two neighbouring letters swapped, or a letter dropped. */
    private static String typo(String query, boolean swap) {
        String longest = "";
        for (String word : query.split(" ")) {
            if (word.length() > longest.length()) {
                longest = word;
            }
        }
        if (longest.length() < 4) {
            return query;
        }
        int at = longest.length() / 2;
        String wrong = swap
                ? longest.substring(0, at - 1) + longest.charAt(at) + longest.charAt(at - 1) + longest.substring(at + 1)
                : longest.substring(0, at) + longest.substring(at + 1);
        return query.replace(longest, wrong);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> runInBrowser(List<SearchRequest> requests) {
        List<Map<String, Object>> cases = new ArrayList<>();
        for (SearchRequest request : requests) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("text", request.text());
            c.put("typing", request.typing());
            c.put("kinds", List.copyOf(request.kinds()));
            c.put("themes", List.copyOf(request.themes()));
            cases.add(c);
        }
        return (List<Map<String, Object>>) SearchModule.call(chromium.driver(), module, """
                const index = await m.openIndex(args[0]);
                const outcomes = [];
                for (const c of args[1]) {
                  const r = await m.runQuery(index, c.text, {typing: c.typing, kinds: c.kinds, themes: c.themes});
                  outcomes.push({total: r.total, ranked: r.ranked, scores: r.hits.map(h => h.score),
                                 suggestion: r.suggestion === undefined ? null : r.suggestion});
                }
                return outcomes;""", manifest, cases);
    }

    @SuppressWarnings("unchecked")
    private static List<Number> numbers(Object list) {
        return list == null ? List.of() : (List<Number>) list;
    }

    private static String describe(SearchRequest request) {
        return "'" + request.text() + "'" + (request.typing() ? " (typing)" : "")
                + (request.kinds().isEmpty() ? "" : " soort=" + request.kinds())
                + (request.themes().isEmpty() ? "" : " thema=" + request.themes());
    }

    private static List<Long> head(List<Long> docs) {
        return docs.subList(0, Math.min(12, docs.size()));
    }
}
