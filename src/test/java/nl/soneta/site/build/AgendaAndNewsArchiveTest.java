package nl.soneta.site.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.soneta.site.site.NewsItem;
import nl.soneta.site.site.Site;
import nl.soneta.site.site.SitePaths;
import nl.soneta.site.site.Theme;
import nl.soneta.site.testing.BuiltSite;
import nl.soneta.site.testing.FixtureSites;
import nl.soneta.site.testing.HtmlChecker;
import nl.soneta.site.testing.RenderedContent;
import nl.soneta.site.testing.SiteFixture;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The news archives (by year and by theme) and the agenda split into upcoming and past meetings, on the real
 * content and on a fixture with meetings on both sides of the build day and more items than a page holds.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AgendaAndNewsArchiveTest {
    private static final String REAL_BASE = "/soneta-site";
    private BuiltSite real;
    private Site realModel;
    private BuiltSite fixture;
    private Site fixtureModel;

    @BeforeAll
    void build(@TempDir Path temp) {
        assertTrue(SiteFixture.project().build(temp.resolve("real"), "https://example.github.io" + REAL_BASE + "/").succeeded());
        real = new BuiltSite(temp.resolve("real"), REAL_BASE);
        realModel = RenderedContent.of(SiteFixture.project()).site();
        SiteFixture project = FixtureSites.withPastAndUpcomingMeetings(temp.resolve("project"));
        BuildResult result = project.build(temp.resolve("fixture"), null);
        assertTrue(result.succeeded(), () -> result.diagnostics().all().toString());
        fixture = new BuiltSite(temp.resolve("fixture"), "");
        fixtureModel = RenderedContent.of(project).site();
    }

    @Test
    void everyYearAndThemeWithNewsHasAPageWithExactlyItsNewsNewestFirst() {
        for (var built : List.of(new Built(real, realModel, REAL_BASE), new Built(fixture, fixtureModel, ""))) {
            for (int year : years(built.model)) {
                assertEquals(newestFirst(built.model.news().stream().filter(n -> n.date().getYear() == year).toList()),
                        listed(built, SitePaths.newsYear(year)), "news of " + year);
            }
            for (Theme theme : built.model.themes()) {
                String path = SitePaths.newsTheme(theme.item().slug());
                List<NewsItem> news = built.model.news().stream().filter(n -> n.themes().contains(theme.item().slug())).toList();
                assertEquals(!news.isEmpty(), built.site.exists(SitePaths.outputFile(path)), path);
                if (!news.isEmpty()) {
                    assertEquals(newestFirst(news), listed(built, path), "news about " + theme.item().slug());
                }
            }
        }
        assertTrue(years(realModel).size() >= 2, "the real news spans several years: " + years(realModel));
    }

    @Test
    void theNewsListLinksEveryArchivePageWithItsCount() {
        for (var built : List.of(new Built(real, realModel, REAL_BASE), new Built(fixture, fixtureModel, ""))) {
            Set<String> expected = new TreeSet<>();
            years(built.model).forEach(y -> expected.add(SitePaths.newsYear(y)));
            built.model.themes().stream()
                    .filter(t -> built.model.news().stream().anyMatch(n -> n.themes().contains(t.item().slug())))
                    .forEach(t -> expected.add(SitePaths.newsTheme(t.item().slug())));
            Element nav = built.site.page("/nieuws/").selectFirst("nav.archive-nav[aria-label]");
            assertNotNull(nav, "the news list has an archive navigation");
            assertEquals(expected, nav.select("a").eachAttr("href").stream().map(built::sitePath)
                    .collect(Collectors.toCollection(TreeSet::new)));
        }
        Element nav = fixture.page("/nieuws/").selectFirst("nav.archive-nav");
        assertEquals(List.of("Nieuws per jaar", "Nieuws per thema"), nav.select("h2").eachText());
        assertEquals(List.of("2026 (5)", "2025 (1)", "Eenzaamheid (5)", "Armoede (1)"), nav.select("li").eachText());
        assertEquals("page", fixture.page("/nieuws/2025/").selectFirst("nav.archive-nav a[href=/nieuws/2025/]").attr("aria-current"));
    }

    @Test
    void aYearWithMoreNewsThanAPageHoldsIsPaginated() {
        Document first = fixture.page("/nieuws/2026/");
        assertEquals("Nieuws uit 2026", first.selectFirst("h1").text());
        assertEquals(List.of("Nieuws 5", "Nieuws 4"), first.select(".cards .card-title").eachText());
        assertEquals("/nieuws/2026/pagina/2/", first.selectFirst("a[rel=next]").attr("href"));
        Document second = fixture.page("/nieuws/2026/pagina/2/");
        assertEquals("Nieuws uit 2026 – pagina 2 van 3", second.selectFirst("h1").text());
        assertEquals(List.of("Home", "Nieuws", "Nieuws uit 2026", "Nieuws uit 2026 – pagina 2 van 3"),
                second.select("nav.breadcrumb li").eachText());
        assertEquals(List.of("Nieuws 1"), fixture.page("/nieuws/2026/pagina/3/").select(".cards .card-title").eachText());
        assertFalse(fixture.exists("nieuws/2026/pagina/4/index.html"));
    }

    @Test
    void everyNewsItemLinksToItsYear() {
        for (var built : List.of(new Built(real, realModel, REAL_BASE), new Built(fixture, fixtureModel, ""))) {
            for (NewsItem n : built.model.news()) {
                List<String> links = built.site.page(n.item().path()).select("article a").eachAttr("href").stream()
                        .map(built::sitePath).toList();
                assertTrue(links.contains(SitePaths.newsYear(n.date().getYear())), n.item().path() + " " + links);
            }
        }
    }

    @Test
    void theSitemapListsTheArchivePages() throws IOException {
        String sitemap = Files.readString(fixture.root().resolve("sitemap.xml"));
        for (String path : List.of("/nieuws/2026/", "/nieuws/2026/pagina/3/", "/nieuws/thema/armoede/", "/agenda/geweest/",
                "/agenda/geweest/pagina/2/")) {
            assertTrue(sitemap.contains("<loc>https://example.test" + path + "</loc>"), path);
        }
    }

    /** The build day (23 November 2026) lies between the last past meeting and the next one. */
    @Test
    void theAgendaShowsUpcomingMeetingsFirstThenThePastOnes() {
        Document agenda = fixture.page("/agenda/");
        List<Element> sections = agenda.select("main section");
        assertEquals(List.of("Komende bijeenkomsten", "Geweest"), sections.stream().map(s -> s.selectFirst("h2").text()).toList());
        assertEquals(List.of("/agenda/inloop/", "/agenda/bijeenkomst/"), sections.get(0).select(".card-title a").eachAttr("href"),
                "soonest first");
        assertEquals(List.of("/agenda/terugblik/", "/agenda/zomermiddag/"), sections.get(1).select(".card-title a").eachAttr("href"),
                "latest first, one page's worth");
        assertTrue(sections.get(0).select("p.notice").isEmpty());
        Element archive = sections.get(1).selectFirst("p.more a");
        assertEquals("/agenda/geweest/", archive.attr("href"));
        assertEquals("Alle 3 bijeenkomsten die geweest zijn", archive.text());
        assertEquals(List.of("/agenda/terugblik/", "/agenda/zomermiddag/"), fixture.page("/agenda/geweest/").select(".card-title a").eachAttr("href"));
        assertEquals(List.of("/agenda/wintermorgen/"), fixture.page("/agenda/geweest/pagina/2/").select(".card-title a").eachAttr("href"));
        assertEquals(List.of("Home", "Agenda", "Bijeenkomsten die geweest zijn"), fixture.page("/agenda/geweest/").select("nav.breadcrumb li").eachText());
        assertEquals("Zet alle bijeenkomsten in uw agenda", agenda.selectFirst("a[href=/agenda.ics]").text());
    }

    @Test
    void anAgendaWithFewPastMeetingsHasNoArchivePage() {
        Element past = real.page("/agenda/").select("main section").get(1);
        int pastCount = (int) realModel.events().stream().filter(e -> e.start().toLocalDate().isBefore(SiteFixture.TODAY)).count();
        assertTrue(pastCount <= realModel.config().pageSize(), "the real agenda fits one page: " + pastCount);
        assertEquals(pastCount, past.select(".card").size());
        assertNull(past.selectFirst("p.more"));
        assertFalse(real.exists("agenda/geweest/index.html"));
    }

    @Test
    void anUpcomingMeetingShowsWhenWhereThemesRegistrationAndCalendarLink() {
        Document page = fixture.page("/agenda/inloop/");
        Element facts = page.selectFirst("dl.facts");
        assertEquals(List.of("Wanneer", "Waar", "Thema's", "Aanmelden"), facts.select("dt").eachText());
        assertEquals("zaterdag 5 december 2026, 20.00 uur tot zondag 6 december 2026, 1.00 uur", facts.selectFirst("time").text());
        assertEquals("2026-12-05T20:00", facts.selectFirst("time").attr("datetime"));
        assertEquals("Buurthuis De Roos", facts.select("dd").get(1).text());
        assertEquals(List.of("/themas/armoede/"), facts.select("dd").get(2).select("a").eachAttr("href"));
        assertEquals("https://aanmelden.example.test/inloop", facts.selectFirst("dd.registration a").attr("href"));
        assertTrue(page.select("p.notice").isEmpty());
        assertEquals("Zet in uw agenda", page.selectFirst("a[href=/agenda/inloop/inloop.ics]").text());

        Element other = fixture.page("/agenda/bijeenkomst/").selectFirst("dl.facts");
        assertEquals("Aanmelden is niet nodig.", other.selectFirst("dd.registration").text());
        assertEquals("/publicaties/verslag/", other.selectFirst("dd.report a").attr("href"));
        assertEquals("Verslag", other.selectFirst("dd.report a").text());
    }

    /**
     * A past meeting has no "zet in uw agenda" link: adding it to a calendar only clutters the calendar. Its .ics file
     * stays published, so a link someone saved earlier still works.
     */
    @Test
    void aPastMeetingSaysSoLinksItsReportAndHasNoCalendarLink() {
        Document page = fixture.page("/agenda/terugblik/");
        assertEquals("Deze bijeenkomst is geweest.", page.selectFirst("article p.notice").text());
        Element facts = page.selectFirst("dl.facts");
        assertEquals(List.of("Wanneer", "Waar", "Thema's", "Aanmelden", "Verslag"), facts.select("dt").eachText());
        assertEquals("dinsdag 10 november 2026, 19.30 – 21.30 uur", facts.selectFirst("time").text());
        assertEquals("Stadhuis", facts.select("dd").get(1).text());
        assertEquals("Aanmelden kan niet meer.", facts.selectFirst("dd.registration").text());
        assertEquals("/publicaties/verslag/", facts.selectFirst("dd.report a").attr("href"));
        assertTrue(page.select("a[href$=.ics]").isEmpty());
        assertTrue(fixture.exists("agenda/terugblik/terugblik.ics"));
    }

    @Test
    void theNewPagesAreValidHtml() {
        HtmlChecker checker = new HtmlChecker();
        List<String> errors = new ArrayList<>();
        List<Path> pages = fixture.htmlFiles().stream()
                .filter(p -> fixture.relative(p).startsWith("agenda/") || fixture.relative(p).startsWith("nieuws/")).toList();
        pages.forEach(p -> errors.addAll(checker.errors(p, fixture.relative(p))));
        assertTrue(pages.size() >= 15, "pages checked: " + pages.size());
        assertEquals(List.of(), errors);
    }

    @Test
    void aFileMayNotTakeTheUrlOfAnArchivePage(@TempDir Path temp) {
        SiteFixture project = FixtureSites.complete(temp)
                .file("content/nieuws/2025.md", "---\ntitle: Jaar\ndate: 2025-01-01\nsummary: Jaar.\n---\nTekst.\n")
                .file("content/agenda/geweest.md", "---\ntitle: Geweest\nstart: 2025-01-01T10:00\nlocation: Hier\nsummary: Geweest.\n---\nTekst.\n");
        List<String> errors = project.check().diagnostics().all().stream().map(d -> d.headline() + " / " + d.hint()).toList();
        assertEquals(List.of(
                "content/agenda/geweest.md:1:1: error: de bijeenkomst 'geweest' zou een vaste URL van de site overschrijven"
                        + " / kies een andere bestandsnaam; /agenda/geweest/ is al in gebruik",
                "content/nieuws/2025.md:1:1: error: het bericht '2025' zou een vaste URL van de site overschrijven"
                        + " / kies een andere bestandsnaam; /nieuws/2025/ is al in gebruik"), errors);
    }

    private static List<String> newestFirst(List<NewsItem> news) {
        return news.stream().sorted(Comparator.comparing(NewsItem::date).reversed()).map(n -> n.item().path()).toList();
    }

    private static Set<Integer> years(Site model) {
        return model.news().stream().map(n -> n.date().getYear()).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The item paths a list shows on all its pages, following its "next page" links. */
    private static List<String> listed(Built built, String listPath) {
        List<String> paths = new ArrayList<>();
        for (String path = listPath; ; ) {
            Document page = built.site.page(path);
            page.select(".cards .card-title a").eachAttr("href").forEach(h -> paths.add(built.sitePath(h)));
            Element next = page.selectFirst("a[rel=next]");
            if (next == null) {
                return paths;
            }
            path = built.sitePath(next.attr("href"));
        }
    }

    /** A built site with the model it was built from; {@code base} is the sub-path it was built for. */
    private record Built(BuiltSite site, Site model, String base) {
        String sitePath(String href) {
            assertTrue(href.startsWith(base + "/"), href);
            return href.substring(base.length());
        }
    }
}
