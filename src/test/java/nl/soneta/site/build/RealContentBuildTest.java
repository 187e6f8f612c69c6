package nl.soneta.site.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.soneta.site.testing.BuiltSite;
import nl.soneta.site.testing.SiteFixture;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Builds the real SONETA content under a GitHub Pages project sub-path and reads the result as a visitor would. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealContentBuildTest {
    private static final String BASE_URL = "https://example.github.io/soneta-site/";
    private static final String BASE_PATH = "/soneta-site";

    private BuiltSite site;
    private BuildResult result;

    @BeforeAll
    void build(@TempDir Path temp) {
        result = SiteFixture.project().build(temp.resolve("site"), BASE_URL);
        site = new BuiltSite(temp.resolve("site"), BASE_PATH);
    }

    @Test
    void theRealContentBuildsWithoutErrors() {
        assertTrue(result.succeeded(), () -> String.join("\n", result.diagnostics().all().stream().map(d -> d.format()).toList()));
        assertTrue(result.pages() >= 20, "pages: " + result.pages());
    }

    @Test
    void everyInternalLinkAndAssetResolvesInsideTheSubPath() {
        List<String> broken = site.internalReferences().stream()
                .filter(ref -> !site.resolves(ref[0], ref[1]))
                .map(ref -> ref[0] + " → " + ref[1])
                .toList();
        assertEquals(List.of(), broken);
        assertFalse(site.internalReferences().isEmpty());
    }

    @Test
    void noAbsoluteLinkToTheSiteLeavesTheSubPath() throws IOException {
        for (Path file : site.htmlFiles()) {
            Document page = Jsoup.parse(file.toFile(), "UTF-8");
            for (Element element : page.select("[href], [src], meta[property=og:url]")) {
                String url = element.hasAttr("content") ? element.attr("content")
                        : element.hasAttr("href") ? element.attr("href") : element.attr("src");
                if (url.startsWith("https://example.github.io")) {
                    assertTrue(url.startsWith(BASE_URL), site.relative(file) + ": " + url);
                }
                assertFalse(url.startsWith("../") || url.contains(".md"), site.relative(file) + ": " + url);
            }
        }
    }

    @Test
    void everyPageHasOneH1DutchLanguageTitleAndDescription() throws IOException {
        for (Path file : site.htmlFiles()) {
            Document page = Jsoup.parse(file.toFile(), "UTF-8");
            String name = site.relative(file);
            assertEquals(1, page.select("h1").size(), name + " h1 count");
            assertEquals("nl", page.select("html").attr("lang"), name);
            assertFalse(page.title().isBlank(), name + " title");
            assertFalse(page.select("meta[name=description]").attr("content").isBlank(), name + " description");
            boolean mail = BuiltSite.isMailEdition(name);
            if (!mail && !BuiltSite.isPartnerList(name)) {
                // a mail and a list for partners to frame have no site header to skip
                assertEquals("#inhoud", page.select("body > a").first().attr("href"), name + ": skip link comes first");
            }
            // the site works without JavaScript, except search: one external module, and no inline script anywhere;
            // the sociale kaart filters in place with one (its static filter pages work without it);
            // JSON-LD data blocks are never executed, so they are no script in that sense
            Elements scripts = page.select("script:not([type=application/ld+json])");
            String script = name.equals("zoeken/index.html") ? "search" : name.equals("organisaties/index.html") ? "kaart" : "";
            assertEquals(script.isEmpty() ? 0 : 1, scripts.size(), name + " scripts");
            scripts.eachAttr("src").forEach(src -> assertTrue(src.matches("/soneta-site/assets/" + script + "\\.[0-9a-f]{10}\\.js"), src));
            scripts.forEach(s -> assertEquals("module", s.attr("type"), name));
            scripts.forEach(s -> assertTrue(s.data().isBlank(), name + " has an inline script"));
            assertTrue(mail || page.select("[style]").isEmpty(), name + " has no inline styles");
        }
    }

    @Test
    void theMenuFollowsSiteYamlAndMarksTheCurrentSection() {
        Document home = site.page("/");
        List<String> menu = home.select("nav.main-nav a").eachText();
        assertEquals(List.of("Organisaties", "Thema's", "Agenda", "Nieuws", "Publicaties", "Nieuwsbrief", "Over SONETA"), menu);
        Document organisation = site.page("/organisaties/humanitas/");
        Element current = organisation.selectFirst("nav.main-nav a[aria-current]");
        assertEquals("Organisaties", current.text());
        assertEquals(BASE_PATH + "/organisaties/", current.attr("href"));
        assertEquals(List.of("Home", "Organisaties", "Humanitas"), organisation.select("nav.breadcrumb li").eachText());
    }

    @Test
    void theHomePageStartsWithLifeSituationsThatLeadToThemePages() {
        Document home = site.page("/");
        Element help = home.selectFirst("main section");
        assertEquals("Ik zoek hulp bij …", help.selectFirst("h2").text());
        List<String> situations = help.select(".situation-tiles .tile-title").eachText();
        assertTrue(situations.containsAll(List.of("Ik heb geldzorgen", "Ik voel me eenzaam", "Ik zorg voor iemand",
                "Ik wil vrijwilliger worden", "Ik heb een beperking", "Mijn kind heeft hulp nodig",
                "Ik ben nieuw in Almere", "Ik maak me zorgen om mijn psychische gezondheid")), situations.toString());
        for (Element link : help.select(".situation-tiles a")) {
            assertTrue(link.attr("href").startsWith(BASE_PATH + "/themas/"), link.attr("href"));
            assertTrue(site.resolves("index.html", link.attr("href")), link.attr("href"));
            assertFalse(link.selectFirst(".tile-summary").text().isBlank(), link.text());
        }
        assertEquals(situations.size(), help.select(".situation-tiles a").size());
    }

    @Test
    void themePagesListTheirOrganisationsNewsEventsAndPublications() {
        Document theme = site.page("/themas/eenzaamheid/");
        Set<String> linked = new TreeSet<>(theme.select("section.related a").eachAttr("href"));
        assertTrue(linked.stream().anyMatch(h -> h.startsWith(BASE_PATH + "/organisaties/")), linked.toString());
        assertTrue(linked.contains(BASE_PATH + "/publicaties/thematafel-eenzaamheid/"), linked.toString());
        assertTrue(linked.stream().anyMatch(h -> h.startsWith(BASE_PATH + "/agenda/")), linked.toString());
        assertTrue(linked.stream().anyMatch(h -> h.startsWith(BASE_PATH + "/nieuws/")), linked.toString());
    }

    @Test
    void organisationPagesShowKindAudienceDistrictThemesContactStateAndSource() {
        Document page = site.page("/organisaties/vmca/");
        assertEquals("VMCA", page.selectFirst("h1").text().replaceAll(" \\(.*\\)$", ""));
        assertEquals(List.of("Soort organisatie", "Voor wie", "Waar", "Thema's"), page.select("dl.facts dt").eachText());
        assertFalse(page.select("dl.facts a.label[href^=" + BASE_PATH + "/themas/]").isEmpty());
        assertTrue(page.select("section.contact").text().contains("nog niet bekend"), page.select("section.contact").text());
        assertTrue(page.select("p.checked time").attr("datetime").matches("\\d{4}-\\d{2}-\\d{2}"));
        assertTrue(page.select("section.contact a").eachAttr("href").stream().anyMatch(h -> h.startsWith(BASE_PATH + "/publicaties/")),
                "the page links the publication its facts come from");
    }

    @Test
    void linksBetweenContentFilesAreRewrittenToPageUrls() throws IOException {
        List<String> hrefs = new java.util.ArrayList<>();
        for (Path file : site.htmlFiles()) {
            if (site.relative(file).startsWith("nieuws/")) {
                hrefs.addAll(Jsoup.parse(file.toFile(), "UTF-8").select(".prose a").eachAttr("href"));
            }
        }
        assertTrue(hrefs.stream().anyMatch(h -> h.startsWith(BASE_PATH + "/publicaties/")), hrefs.toString());
        assertTrue(hrefs.stream().allMatch(h -> h.startsWith(BASE_PATH + "/") || h.startsWith("http") || h.startsWith("#")),
                hrefs.toString());
    }

    @Test
    void publicationsLinkTheirChaptersInOrderAndChaptersLinkBackAndOn() throws IOException {
        Document publication = site.page("/publicaties/evaluatie-burgerkracht/");
        List<String> chapters = publication.select("nav.chapters a").eachAttr("href");
        assertTrue(chapters.size() >= 3, chapters.toString());
        Document second = site.page(chapters.get(1).substring(BASE_PATH.length()));
        assertEquals(chapters.get(0), second.selectFirst("a[rel=prev]").attr("href"));
        assertEquals(chapters.get(2), second.selectFirst("a[rel=next]").attr("href"));
        assertEquals(chapters.get(1), second.selectFirst("nav.chapters a[aria-current=page]").attr("href"));
        int tables = 0;
        int footnotes = 0;
        for (Path file : site.htmlFiles()) {
            if (site.relative(file).startsWith("publicaties/")) {
                Document page = Jsoup.parse(file.toFile(), "UTF-8");
                tables += page.select(".prose table").size();
                footnotes += page.select(".prose section.footnotes li").size();
            }
        }
        assertTrue(tables >= 5, "rebuilt tables: " + tables);
        assertTrue(footnotes >= 7, "footnotes: " + footnotes);
    }

    @Test
    void anAgendaOfPastMeetingsSaysNoneArePlanned() {
        Document agenda = site.page("/agenda/");
        List<String> contexts = agenda.select(".card-context").eachText();
        assertTrue(contexts.size() >= 6, contexts.toString());
        assertTrue(contexts.stream().allMatch(c -> c.startsWith("Geweest")), contexts.toString());
        assertTrue(agenda.selectFirst("p.notice").text().contains("geen nieuwe bijeenkomsten gepland"));
        String first = agenda.selectFirst(".card-title a").attr("href").substring(BASE_PATH.length());
        assertTrue(site.page(first).text().contains("Deze bijeenkomst is geweest"));
    }

    @Test
    void headAndSeoFilesUseAbsoluteUrlsUnderTheSubPath() throws IOException {
        Document page = site.page("/over-soneta/");
        assertEquals(BASE_URL + "over-soneta/", page.select("link[rel=canonical]").attr("href"));
        assertEquals(BASE_URL + "over-soneta/", page.select("meta[property=og:url]").attr("content"));
        assertTrue(page.select("link[rel=stylesheet]").attr("href").matches(BASE_PATH + "/assets/site\\.[0-9a-f]{10}\\.css"));
        String sitemap = Files.readString(site.root().resolve("sitemap.xml"));
        long pages = site.htmlFiles().stream().filter(p -> p.getFileName().toString().equals("index.html")).count();
        assertEquals(pages, sitemap.split("<loc>", -1).length - 1);
        assertTrue(sitemap.contains("<loc>" + BASE_URL + "organisaties/humanitas/</loc>"));
        assertFalse(sitemap.contains("404"));
        assertTrue(Files.readString(site.root().resolve("robots.txt")).contains("Sitemap: " + BASE_URL + "sitemap.xml"));
        assertTrue(site.page("/404.html").select("link[rel=canonical]").isEmpty());
    }
}
