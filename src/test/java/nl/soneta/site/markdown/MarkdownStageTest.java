package nl.soneta.site.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.Map;
import nl.soneta.site.content.Diagnostics;
import nl.soneta.site.site.BaseUrl;
import nl.soneta.site.site.MarkdownSource;
import org.junit.jupiter.api.Test;

class MarkdownStageTest {
    private final MarkdownRenderer renderer = new MarkdownRenderer();
    private final Diagnostics diagnostics = new Diagnostics();
    private final LinkTargets noTargets = new LinkTargets(BaseUrl.parse("https://example.test/sub/").orElseThrow(),
            Map.of(), Map.of(), Map.of(), Set.of("/"), source -> false, source -> false);

    private RenderedMarkdown render(String markdown) {
        ParsedBody body = renderer.parse(new MarkdownSource(markdown, "content/x.md", 5), diagnostics);
        return renderer.render(body, noTargets, "https://example.test/sub/x/", diagnostics);
    }

    @Test
    void headingIdsAreFoldedToAsciiAndUniqueOnThePage() {
        // The first heading has a soft hyphen (U+00AD), as text pasted from a hyphenated PDF does.
        RenderedMarkdown html = render("## Cliënt­ondersteuning\n\n## Cliëntondersteuning\n\n### Hulp & advies\n");
        assertEquals(List.of("clientondersteuning", "clientondersteuning-2", "hulp-advies"),
                html.headings().stream().map(Heading::id).toList());
        assertTrue(html.html().contains("<h2 id=\"clientondersteuning-2\">"), html.html());
    }

    @Test
    void aHeadingNeverTakesTheIdOfTheLayoutsMainContent() {
        assertEquals(List.of("inhoud-2"), render("## Inhoud\n").headings().stream().map(Heading::id).toList());
    }

    @Test
    void scriptsIframesEventHandlersAndJavascriptLinksNeverReachThePage() {
        String html = render("""
                <script>alert(1)</script>

                <iframe src="https://evil.example"></iframe>

                <p onclick="alert(1)" style="color:red">Hallo <a href="javascript:alert(1)">klik</a></p>

                [x](javascript:alert(2)) ![y](data:image/png;base64,AAAA)
                """).html();
        for (String forbidden : List.of("<script", "alert", "<iframe", "onclick", "style=", "javascript:", "data:")) {
            assertFalse(html.contains(forbidden), forbidden + " in " + html);
        }
        assertTrue(html.contains("Hallo"));
        assertEquals(List.of(5, 7, 9, 11), diagnostics.all().stream().map(d -> d.position().line()).distinct().toList(),
                "warnings at the lines of the file, the body starting on line 5");
    }

    @Test
    void aLongPageGetsATableOfContentsOfItsSections() {
        assertTrue(render("## Een\n\n## Twee\n").tableOfContents().isEmpty());
        assertEquals(4, render("## Een\n\n### Een a\n\n## Twee\n\n## Drie\n").tableOfContents().size());
    }

    @Test
    void typographicQuotesAndGfmTablesAreRendered() {
        String html = render("\"Samen\" -- sterk\n\n| a | b |\n|---|---|\n| 1 | 2 |\n").html();
        assertTrue(html.contains("“Samen” – sterk"), html);
        assertTrue(html.contains("<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"Tabel\"><table>"), html);
        assertTrue(html.contains("<th scope=\"col\">a</th>"), html);
    }
}
