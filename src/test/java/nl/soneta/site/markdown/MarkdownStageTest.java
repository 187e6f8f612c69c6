package nl.soneta.site.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.Map;
import nl.soneta.site.content.Diagnostics;
import nl.soneta.site.site.BaseUrl;
import nl.soneta.site.content.MarkdownSource;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

class MarkdownStageTest {
    private final MarkdownRenderer renderer = new MarkdownRenderer();
    private final Diagnostics diagnostics = new Diagnostics();
    private final LinkTargets noTargets = new LinkTargets(BaseUrl.parse("https://example.test/sub/").orElseThrow(),
            Map.of(), source -> Set.of(), Map.of(), Set.of("/"), source -> false, source -> false);

    private RenderedMarkdown render(String markdown) {
        return render(markdown, false);
    }

    private RenderedMarkdown render(String markdown, boolean headingLinks) {
        ParsedBody body = renderer.parse(new MarkdownSource(markdown, "content/x.md", 5), diagnostics);
        return renderer.render(body, noTargets, "https://example.test/sub/x/", headingLinks, diagnostics);
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

    @Test
    void aFootnoteReferredToTwiceLinksBackToBothPlacesUnderAHeading() {
        Element body = Jsoup.parseBodyFragment(render("Een[^a] twee[^b] drie[^a].\n\n[^a]: Noot a.\n[^b]: Noot b.\n").html()).body();
        Element section = body.selectFirst("section.footnotes");
        assertEquals("Voetnoten", body.getElementById(section.attr("aria-labelledby")).text());
        Elements references = body.select("sup[id] > a.footnote-ref");
        assertEquals(3, references.size());
        for (Element reference : references) {
            Element note = body.getElementById(reference.attr("href").substring(1));
            assertEquals("li", note.normalName(), reference.outerHtml());
            assertTrue(note.select("a.footnote-backref").eachAttr("href").contains("#" + reference.parent().id()),
                    "no way back from " + note.outerHtml());
            assertEquals("Voetnoot " + reference.text(), reference.attr("aria-label"));
        }
        assertEquals(List.of("1", "2", "1"), references.eachText(), "numbered in reading order");
        assertEquals(List.of("Noot a.", "Noot b."), section.select("li > p").eachText(), "listed in reading order");
        Element twice = body.getElementById(references.get(0).attr("href").substring(1));
        assertEquals(List.of("Terug naar de tekst, verwijzing 1 van 2", "Terug naar de tekst, verwijzing 2 van 2"),
                twice.select("a.footnote-backref").eachAttr("aria-label"));
        assertEquals(body.select("[id]").size(), body.select("[id]").eachAttr("id").stream().distinct().count(),
                "ids unique");
    }

    @Test
    void headingsOfReportsGetALinkToThemselvesThatIsNoPartOfTheirText() {
        RenderedMarkdown rendered = render("## Wat helpt\n\nTekst.\n\n### Meer hulp\n\nTekst[^1].\n\n[^1]: Noot.\n", true);
        Element body = Jsoup.parseBodyFragment(rendered.html()).body();
        for (Element heading : body.select(".prose h2, h2, h3")) {
            Element link = heading.selectFirst("a.heading-link");
            assertEquals("#" + heading.id(), link.attr("href"));
            assertEquals("true", link.selectFirst("span").attr("aria-hidden"));
        }
        assertEquals("Link naar dit kopje: Wat helpt", body.selectFirst("#wat-helpt a").attr("aria-label"));
        assertEquals(List.of("wat-helpt", "meer-hulp"), rendered.headings().stream().map(Heading::id).toList());
        assertEquals("Wat helpt Tekst. Meer hulp Tekst1. Noot.", ReaderAids.textTree(rendered.html()).text());
        assertEquals(7, rendered.wordCount(), "the footnote number sticks to its word");
        assertFalse(render("## Wat helpt\n").html().contains("heading-link"), "only reports get heading links");
    }

    @Test
    void aHeadingNeverTakesAnIdOfTheFootnotes() {
        assertEquals(List.of("voetnoten-2", "fn-1-kop", "fnref-2-3-kop"),
                render("## Voetnoten\n\n## fn 1\n\n## fnref 2 3\n").headings().stream().map(Heading::id).toList());
    }
}
