package nl.soneta.site.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import nl.soneta.site.content.Diagnostic;
import nl.soneta.site.testing.BuiltSite;
import nl.soneta.site.testing.FixtureSites;
import nl.soneta.site.testing.SiteFixture;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * publishDate and expiryDate against the build's day (2026-11-23 in fixtures): an item outside its dates is left
 * out of every output, a preview with drafts shows it marked, and links to it do not break the build.
 */
class PublicationDatesTest {
    /** A word that appears only in the left-out items, so that any trace of them in the output is found. */
    private static final String MARKER = "zeppelinvaart";

    private static SiteFixture dated(Path root) {
        return FixtureSites.complete(root)
                .file("content/nieuws/toekomst.md", """
                        ---
                        title: Zeppelinvaart boven Almere
                        date: 2026-11-20
                        publishDate: 2026-12-01
                        themes: [eenzaamheid]
                        summary: Verschijnt in december over zeppelinvaart.
                        ---
                        Zeppelinvaart.
                        """)
                .file("content/agenda/later.md", """
                        ---
                        title: Zeppelinvaart kijken
                        start: 2027-02-01T10:00
                        location: Stadhuis
                        themes: [eenzaamheid]
                        publishDate: 2026-11-24
                        summary: Zeppelinvaart samen bekijken.
                        ---
                        Kom kijken.
                        """)
                .file("content/organisaties/opgeheven.md", """
                        ---
                        title: Zeppelinvaart Almere
                        summary: Bestond tot gisteren; zeppelinvaart.
                        kind: belangenorganisatie
                        themes: [eenzaamheid]
                        audiences: [ouderen]
                        sources: [verslag]
                        expiryDate: 2026-11-22
                        ---
                        ## Aanbod

                        Opgeheven.
                        """)
                .file("content/nieuws/vandaag.md", """
                        ---
                        title: Vandaag verschenen
                        date: 2026-11-23
                        publishDate: 2026-11-23
                        expiryDate: 2026-11-23
                        summary: Vandaag is de eerste en de laatste dag.
                        ---
                        Zie [het bericht van december](toekomst.md) en [de organisatie](../organisaties/opgeheven.md#aanbod).
                        """)
                .file("content/nieuwsbrief/nummer-2.md", """
                        ---
                        title: Nieuwsbrief 2
                        number: 2
                        date: 2026-11-22
                        news: [toekomst, vandaag]
                        events: [later]
                        summary: Het tweede nummer.
                        ---
                        Voorwoord.
                        """);
    }

    @Test
    void itemsOutsideTheirDatesAreLeftOutOfEveryFile(@TempDir Path temp) throws IOException {
        Path out = temp.resolve("out");
        BuildResult result = dated(temp.resolve("site")).build(out, null);
        assertTrue(result.succeeded(), result.diagnostics().all().toString());
        BuiltSite site = new BuiltSite(out, "/");
        assertFalse(site.exists("nieuws/toekomst/index.html"));
        assertFalse(site.exists("agenda/later/index.html"));
        assertFalse(site.exists("organisaties/opgeheven/index.html"));
        assertTrue(site.exists("nieuws/vandaag/index.html"), "publishDate and expiryDate are both inclusive");
        try (Stream<Path> files = Files.walk(out)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
                assertFalse(text.contains(MARKER), "a left-out item shows in " + out.relativize(file));
            }
        }
    }

    @Test
    void linksToLeftOutItemsKeepTheirTextWithAWarning(@TempDir Path temp) {
        Path out = temp.resolve("out");
        BuildResult result = dated(temp.resolve("site")).build(out, null);
        List<String> warnings = result.diagnostics().all().stream().map(Diagnostic::headline)
                .filter(h -> h.startsWith("content/nieuws/vandaag.md")).toList();
        assertEquals(List.of(
                "content/nieuws/vandaag.md:8:5: warning: de link 'toekomst.md' wijst naar content/nieuws/toekomst.md,"
                        + " dat nu niet op de site staat",
                "content/nieuws/vandaag.md:8:48: warning: de link '../organisaties/opgeheven.md#aanbod' wijst naar"
                        + " content/organisaties/opgeheven.md, dat nu niet op de site staat"), warnings);
        Document page = new BuiltSite(out, "/").page("/nieuws/vandaag/");
        assertEquals("Zie het bericht van december en de organisatie.", page.select(".prose p").first().text());
        assertTrue(page.select(".prose a").isEmpty(), page.select(".prose").outerHtml());
        // The newsletter lists only what is published; its reference to the future item is not an error.
        Document newsletter = new BuiltSite(out, "/").page("/nieuwsbrief/nummer-2/");
        assertTrue(newsletter.select(".card-title").eachText().contains("Vandaag verschenen"), newsletter.html());
    }

    @Test
    void aPreviewWithDraftsShowsThemMarkedAndNotIndexable(@TempDir Path temp) {
        Path out = temp.resolve("out");
        BuildResult result = dated(temp.resolve("site")).build(out, null, true);
        assertTrue(result.succeeded(), result.diagnostics().all().toString());
        BuiltSite site = new BuiltSite(out, "/");

        Document future = site.page("/nieuws/toekomst/");
        assertEquals("Nog niet gepubliceerd Dit komt op 1 december 2026 op de site.", future.select(".preview-note").text());
        assertEquals("noindex", future.select("meta[name=robots]").attr("content"));
        assertTrue(future.select("link[rel=canonical]").isEmpty());
        assertEquals("Concept", site.page("/nieuws/concept/").select(".preview-note .preview-label").text());
        assertEquals("Verlopen", site.page("/organisaties/opgeheven/").select(".preview-note .preview-label").text());

        Document published = site.page("/nieuws/vandaag/");
        assertTrue(published.select(".preview-note").isEmpty());
        assertTrue(published.select("meta[name=robots]").isEmpty());
        assertEquals(1, published.select("link[rel=canonical]").size());

        Document list = site.page("/nieuws/");
        assertEquals("Concept", list.select(".card:has(a[href$=\"/nieuws/concept/\"]) .preview-label").text());
        assertTrue(list.select(".card:has(a[href$=\"/nieuws/vandaag/\"]) .preview-label").isEmpty());
        Document theme = site.page("/themas/eenzaamheid/");
        assertEquals("Nog niet gepubliceerd", theme.select(".card:has(a[href$=\"/nieuws/toekomst/\"]) .preview-label").text());
        assertEquals("Verlopen", theme.select(".card:has(a[href$=\"/organisaties/opgeheven/\"]) .preview-label").text());
    }

    @Test
    void wrongDatesAreReportedAtTheirValue(@TempDir Path temp) {
        BuildResult result = FixtureSites.complete(temp.resolve("site"))
                .file("content/nieuws/fout.md", """
                        ---
                        title: Fout
                        date: 2026-11-01
                        summary: Foute datums.
                        publishDate: volgende week
                        ---
                        Tekst.
                        """)
                .file("content/paginas/omgedraaid.md", """
                        ---
                        title: Omgedraaid
                        summary: Einde vóór begin.
                        publishDate: 2026-12-01
                        expiryDate: 2026-11-30
                        ---
                        Tekst.
                        """).check();
        assertEquals(List.of(
                "content/nieuws/fout.md:5:14: error: ongeldige datum 'volgende week' in 'publishDate'",
                "content/paginas/omgedraaid.md:5:13: error: de einddatum (expiryDate) ligt vóór de publicatiedatum (publishDate)"),
                result.diagnostics().all().stream().map(Diagnostic::headline).toList());
    }
}
