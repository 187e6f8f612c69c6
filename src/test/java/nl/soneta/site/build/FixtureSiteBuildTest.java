package nl.soneta.site.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import nl.soneta.site.testing.BuiltSite;
import nl.soneta.site.testing.FixtureSites;
import nl.soneta.site.testing.SiteFixture;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Builds a small fixture site at the domain root and checks pagination, drafts, cross links and ordering. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FixtureSiteBuildTest {
    private SiteFixture fixture;
    private BuiltSite site;

    @BeforeAll
    void build(@TempDir Path temp) {
        fixture = FixtureSites.complete(temp.resolve("project"));
        BuildResult result = fixture.build(temp.resolve("site"), null);
        assertTrue(result.succeeded(), () -> result.diagnostics().all().toString());
        site = new BuiltSite(temp.resolve("site"), "");
    }

    @Test
    void listsArePaginatedWithPreviousAndNextLinks() {
        Document first = site.page("/nieuws/");
        assertEquals(List.of("Nieuws 5", "Nieuws 4"), first.select(".card-title").eachText());
        assertEquals("/nieuws/pagina/2/", first.selectFirst("a[rel=next]").attr("href"));
        assertTrue(first.select("a[rel=prev]").isEmpty());
        Document last = site.page("/nieuws/pagina/3/");
        assertEquals(List.of("Nieuws 1"), last.select(".card-title").eachText());
        assertEquals("/nieuws/pagina/2/", last.selectFirst("a[rel=prev]").attr("href"));
        assertTrue(last.select("a[rel=next]").isEmpty());
        assertEquals("3", last.selectFirst(".pagination a[aria-current=page]").ownText());
        assertFalse(site.exists("nieuws/pagina/4/index.html"));
        assertFalse(site.exists("nieuws/pagina/1/index.html"), "page 1 is the list itself");
    }

    @Test
    void draftsAreLeftOutUnlessAskedFor(@TempDir Path temp) {
        assertFalse(site.exists("nieuws/concept/index.html"));
        assertTrue(fixture.build(temp.resolve("with-drafts"), null, true).succeeded());
        assertTrue(new BuiltSite(temp.resolve("with-drafts"), "").exists("nieuws/concept/index.html"));
    }

    @Test
    void organisationsAreAlphabeticalAndLinkToRelatedItems() {
        // the sociale kaart shows every organisation on one page, whatever the page size of other lists
        assertEquals(List.of("Buurthulp", "Jongerenraad", "Ouderenbond"), site.page("/organisaties/").select(".card-title").eachText());
        Document organisation = site.page("/organisaties/buurthulp/");
        List<String> related = organisation.select("section.related a").eachAttr("href");
        assertTrue(related.contains("/agenda/bijeenkomst/"), related.toString());
        assertTrue(related.contains("/nieuws/nieuws-5/"), related.toString());
        assertEquals("mailto:info@buurthulp.example", organisation.selectFirst("section.contact a").attr("href"));
    }

    @Test
    void chaptersAreOrderedByTheirOrderFieldNotTheirFileNames() {
        Document publication = site.page("/publicaties/verslag/");
        assertEquals(List.of("Deel een", "Deel twee"), publication.select("nav.chapters a").eachText());
        assertEquals("/publicaties/verslag/deel-een/", site.page("/publicaties/verslag/deel-twee/").select(".prose a").attr("href"));
        assertEquals("/organisaties/buurthulp/", site.page("/publicaties/verslag/deel-een/").select(".prose a").attr("href"));
    }

    @Test
    void mediaFilesArePublishedAndLinkedFromPublications() throws java.io.IOException {
        Document publication = site.page("/publicaties/verslag/");
        assertEquals("/media/verslag-2026.pdf", publication.selectFirst("a.button").attr("href"));
        assertEquals("/media/verslag-2026.pdf", publication.selectFirst(".prose a").attr("href"));
        assertEquals("%PDF-1.4\n%test\n", java.nio.file.Files.readString(site.root().resolve("media/verslag-2026.pdf")));
    }

    @Test
    void eventsLinkTheirReportAndNewslettersTheirSelection() {
        Document event = site.page("/agenda/bijeenkomst/");
        assertTrue(event.select("a").eachAttr("href").contains("/publicaties/verslag/"));
        assertEquals("2027-01-14T19:30", event.selectFirst("dl.facts time").attr("datetime"));
        assertTrue(event.selectFirst("dl.facts").text().contains("donderdag 14 januari 2027, 19.30 – 21.30 uur"));
        Document newsletter = site.page("/nieuwsbrief/nummer-1/");
        assertEquals(List.of("Nieuws 3", "Nieuws 1", "Bijeenkomst over eenzaamheid"),
                newsletter.select("article .card-title").eachText());
    }

    @Test
    void headingsGetStableIdsAndLongPagesATableOfContents() {
        Document page = site.page("/over/");
        assertEquals(List.of("wie-wij-zijn", "wat-wij-doen", "hoe-u-meedoet"), page.select(".prose h2:not(.footnotes-title)").eachAttr("id"));
        assertEquals(List.of("#wie-wij-zijn", "#wat-wij-doen", "#hoe-u-meedoet"), page.select("nav.toc a").eachAttr("href"));
        assertEquals("/themas/eenzaamheid/#wat-helpt", page.select(".prose a").first().attr("href"));
        assertEquals("align-right", page.select(".prose td").get(1).className());
        assertEquals(1, site.page("/themas/eenzaamheid/").select(".prose h2#wat-helpt").size());
    }

    @Test
    void theAgendaSaysSoWhenNoMeetingIsPlanned(@TempDir Path temp) {
        assertTrue(site.page("/agenda/").select("p.notice").isEmpty(), "a meeting is planned in the fixture");
        SiteFixture onlyPast = FixtureSites.complete(temp.resolve("project")).file("content/agenda/bijeenkomst.md", """
                ---
                title: Bijeenkomst over eenzaamheid
                start: 2026-01-14T19:30
                location: Stadhuis
                summary: Geweest.
                ---
                Welkom.
                """);
        assertTrue(onlyPast.build(temp.resolve("past"), null).succeeded());
        BuiltSite past = new BuiltSite(temp.resolve("past"), "");
        assertTrue(past.page("/agenda/").selectFirst("p.notice").text().contains("geen nieuwe bijeenkomsten gepland"));
        assertTrue(past.page("/").text().contains("Er staan op dit moment geen bijeenkomsten gepland."));
    }

    @Test
    void homeShowsIntroThemesAndUpcomingMeetings() {
        Document home = site.page("/");
        assertEquals("/over/", home.select(".home-intro .prose a").attr("href"));
        // a resident looking for help sees the ways in first; who SONETA is comes after them
        assertTrue(home.select(".help-finder").first().siblingIndex() < home.select(".home-intro").first().siblingIndex());
        assertEquals(List.of("Eenzaamheid", "Armoede"), home.select(".theme-tiles .tile-title").eachText());
        assertTrue(home.select("a").eachAttr("href").contains("/agenda/bijeenkomst/"));
    }
}
