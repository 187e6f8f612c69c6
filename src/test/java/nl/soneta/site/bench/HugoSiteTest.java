package nl.soneta.site.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.soneta.site.testing.SiteFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Hugo side of the build benchmark must get the same content as ours. Hugo itself is not needed here (CI does
 * not install it), so these are checks of the files written; the benchmark is where Hugo builds them.
 */
class HugoSiteTest {
    private static final int PAGES = 20;
    private static final Path TEMPLATE = SiteFixture.PROJECT.resolve("src/test/bench/hugo");
    private static final Pattern ITEM_LINK = Pattern.compile("\\]\\((page-\\d{5}\\.md)\\)");

    @Test
    void frontMatterIsMappedToHugosFieldsAndTheBodyIsKept() {
        String ours = """
                ---
                title: "Armoede in de wijk"
                date: 2021-03-04
                themes: [bestaanszekerheid, jeugd]
                summary: "Wat de 'buurt' doet."
                ---

                ## Kop

                Tekst met [een link](page-00002.md).
                """;

        assertEquals("""
                ---
                title: "Armoede in de wijk"
                date: 2021-03-04
                description: "Wat de 'buurt' doet."
                themas: ["bestaanszekerheid", "jeugd"]
                ---

                ## Kop

                Tekst met [een link](page-00002.md).
                """, HugoSite.hugoPage(ours));
    }

    @Test
    void quotesAndBackslashesInAFieldStayInsideTheirString() {
        String page = HugoSite.hugoPage("---\ntitle: 'Een \"titel\" met \\'\ndate: 2020-01-01\nthemes: [jeugd]\nsummary: x\n---\nBody\n");

        assertTrue(page.contains("title: \"Een \\\"titel\\\" met \\\\\"\n"), page);
    }

    @Test
    void aGeneratedCorpusBecomesAHugoSiteWithTheSameBodiesTheThemeAndResolvableLinks(@TempDir Path temp) throws IOException {
        Path corpus = new CorpusGenerator(SiteFixture.PROJECT).generate(temp.resolve("corpus"), PAGES, 42);
        Path site = new HugoSite(TEMPLATE).write(corpus, PAGES, temp.resolve("hugo"));

        Path news = site.resolve("content/nieuws");
        try (var files = Files.list(news)) {
            assertEquals(PAGES, files.count());
        }
        int links = 0;
        for (int number = 1; number <= PAGES; number++) {
            String name = SyntheticNews.fileName(number);
            String ours = Files.readString(corpus.resolve("content/nieuws").resolve(name), StandardCharsets.UTF_8);
            String hugo = Files.readString(news.resolve(name), StandardCharsets.UTF_8);
            assertEquals(body(ours), body(hugo), name);
            assertTrue(hugo.contains("\nthemas: [\""), name);
            assertFalse(hugo.contains("\nsummary:"), name);
            Matcher link = ITEM_LINK.matcher(hugo);
            while (link.find()) {
                links++;
                assertTrue(Files.isRegularFile(news.resolve(link.group(1))), name + " links to " + link.group(1));
            }
        }
        assertTrue(links > 0, "the corpus has links between items, which the render hook resolves");
        for (String layout : List.of("_default/baseof.html", "_default/single.html", "_default/list.html",
                "_default/taxonomy.html", "_default/term.html", "index.html", "_default/_markup/render-link.html")) {
            assertTrue(Files.isRegularFile(site.resolve("layouts").resolve(layout)), layout);
        }
        String config = Files.readString(site.resolve("config.toml"), StandardCharsets.UTF_8);
        assertTrue(config.contains("thema = \"themas\""), config);
        assertTrue(config.contains("paginate = 10"), "lists paginated as ours (pageSize 10)");
        assertTrue(config.contains("home = [\"HTML\", \"RSS\"]"), "RSS on");
    }

    private static String body(String page) {
        return page.substring(page.indexOf("\n---\n", 4) + 5);
    }
}
