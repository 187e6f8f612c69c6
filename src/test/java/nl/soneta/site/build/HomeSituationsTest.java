package nl.soneta.site.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.soneta.site.content.Diagnostic;
import nl.soneta.site.testing.BuiltSite;
import nl.soneta.site.testing.FixtureSites;
import nl.soneta.site.testing.SiteFixture;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Ik zoek hulp bij …": the home page starts with the life situations of site.yaml, each linked to its theme. */
class HomeSituationsTest {
    private static final String SITUATIONS = """
            situations:
              - title: Ik voel me eenzaam
                text: U mist contact met andere mensen.
                theme: eenzaamheid
              - title: Ik heb geldzorgen
                text: U komt moeilijk rond.
                theme: armoede
            """;

    @Test
    void theHomePageStartsWithTheSituationsThenTheThemes(@TempDir Path temp) {
        SiteFixture fixture = FixtureSites.complete(temp.resolve("project"))
                .file("content/site.yaml", FixtureSites.SITE_YAML + SITUATIONS);
        BuildResult result = fixture.build(temp.resolve("site"), "https://example.test/sub/");
        assertTrue(result.succeeded(), () -> result.diagnostics().toString());
        BuiltSite site = new BuiltSite(temp.resolve("site"), "/sub");

        Element first = site.page("/").selectFirst("main section");
        assertEquals("Ik zoek hulp bij …", first.selectFirst("h2").text());
        assertEquals(List.of("Ik voel me eenzaam", "Ik heb geldzorgen"), first.select(".situation-tiles .tile-title").eachText());
        assertEquals(List.of("U mist contact met andere mensen.", "U komt moeilijk rond."),
                first.select(".situation-tiles .tile-summary").eachText());
        List<String> links = first.select(".situation-tiles a").eachAttr("href");
        assertEquals(List.of("/sub/themas/eenzaamheid/", "/sub/themas/armoede/"), links);
        links.forEach(link -> assertTrue(site.resolves("index.html", link), link));
        Element situations = first.selectFirst(".situation-tiles");
        Element themes = first.selectFirst(".theme-tiles");
        assertTrue(situations.elementSiblingIndex() < themes.elementSiblingIndex(), "situations first, then themes");
        assertEquals(List.of("Eenzaamheid", "Armoede"), themes.select(".tile-title").eachText());
    }

    @Test
    void aSituationThatLinksToAnUnknownThemeIsAnErrorAtItsLineWithAHint(@TempDir Path temp) {
        SiteFixture fixture = FixtureSites.complete(temp.resolve("project")).file("content/site.yaml",
                FixtureSites.SITE_YAML + SITUATIONS.replace("theme: eenzaamheid", "theme: eenzaamhied")
                        .replace("    text: U komt moeilijk rond.\n", ""));
        BuildResult result = fixture.check();

        Map<String, String> hints = new TreeMap<>();
        result.diagnostics().all().forEach(d -> hints.put(d.headline(), d.hint()));
        assertEquals(List.of("content/site.yaml:33:12: error: onbekende verwijzing 'eenzaamhied' naar themas",
                "content/site.yaml:34:5: error: het verplichte veld 'text' ontbreekt"),
                result.diagnostics().all().stream().map(Diagnostic::headline).toList());
        assertEquals("bedoelde je 'eenzaamheid'?", hints.get("content/site.yaml:33:12: error: onbekende verwijzing 'eenzaamhied' naar themas"));
        assertFalse(result.succeeded());
    }

    @Test
    void withoutSituationsTheSectionOffersTheThemes(@TempDir Path temp) {
        assertTrue(FixtureSites.complete(temp.resolve("project")).build(temp.resolve("site"), null).succeeded());
        Document home = new BuiltSite(temp.resolve("site"), "").page("/");
        assertEquals("Ik zoek hulp bij …", home.selectFirst("main section h2").text());
        assertTrue(home.select(".situation-tiles").isEmpty());
        assertEquals(2, home.select("main section").first().select(".theme-tiles a").size());
    }
}
