package nl.soneta.site.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.soneta.site.testing.BuiltSite;
import nl.soneta.site.testing.ExpectedFilters;
import nl.soneta.site.testing.RenderedContent;
import nl.soneta.site.testing.SiteFixture;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sociale kaart of the real content: /organisaties/ with every organisation, a static page for every theme,
 * doelgroep, wijk and soort that lists what the content says it should, and per theme a list for partners.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SocialMapBuildTest {
    private static final String BASE_URL = "https://example.github.io/soneta-site/";
    private static final String BASE_PATH = "/soneta-site";

    private BuiltSite site;
    private ExpectedFilters expected;
    private Document map;

    @BeforeAll
    void build(@TempDir Path temp) {
        assertTrue(SiteFixture.project().build(temp.resolve("site"), BASE_URL).succeeded());
        site = new BuiltSite(temp.resolve("site"), BASE_PATH);
        expected = new ExpectedFilters(RenderedContent.of(SiteFixture.project()).site());
        map = site.page("/organisaties/");
    }

    @Test
    void theMapShowsEveryOrganisationOnOnePage() {
        assertEquals(links(expected.all().stream().map(o -> o.item().path()).toList()), cardLinks(map));
        assertTrue(map.select(".pagination").isEmpty());
        assertFalse(site.exists("organisaties/pagina/2/index.html"));
        assertEquals(expected.all().size() + " organisaties", map.selectFirst("#kaart-aantal").text());
        Element status = map.selectFirst("#kaart-aantal");
        assertEquals("polite", status.attr("aria-live"));
    }

    @Test
    void everyFilterPageListsExactlyTheOrganisationsTheContentSaysAndTheMapLinksIt() {
        List<String> mapLinks = map.select(".kaartpaginas a").eachAttr("href");
        int pages = 0;
        for (String facet : ExpectedFilters.FACETS) {
            assertFalse(expected.values(facet).isEmpty(), facet);
            for (String value : expected.values(facet)) {
                String path = "/organisaties/" + facet + "/" + value + "/";
                assertTrue(site.exists(path.substring(1) + "index.html"), path);
                Document page = site.page(path);
                List<String> paths = expected.paths(facet, value);
                assertEquals(links(paths), cardLinks(page), path);
                int count = paths.size();
                assertEquals(count == 1 ? "1 organisatie" : count + " organisaties", page.selectFirst(".kaart-aantal").text(), path);
                String h1 = page.selectFirst("h1").text();
                assertTrue(h1.startsWith("Organisaties "), path + ": " + h1);
                assertEquals(List.of("Home", "Organisaties", h1), page.select("nav.breadcrumb li").eachText(), path);
                assertEquals(BASE_PATH + "/organisaties/", page.selectFirst("main a:containsOwn(Alle organisaties)").attr("href"), path);
                assertTrue(mapLinks.contains(BASE_PATH + path), "the map links " + path);
                pages++;
            }
        }
        assertEquals(pages, mapLinks.size(), "the map links each filter page once");
    }

    @Test
    void theCardsOfTheMapCarryTheValuesTheFiltersMatch() {
        for (String facet : ExpectedFilters.FACETS) {
            for (String value : expected.values(facet)) {
                List<String> carrying = new ArrayList<>();
                for (Element card : map.select("#kaart-lijst > li")) {
                    if (Arrays.asList(card.attr("data-" + facet).split(" ")).contains(value)) {
                        carrying.add(card.selectFirst(".card-title a").attr("href"));
                    }
                }
                assertEquals(links(expected.paths(facet, value)), carrying, facet + "=" + value);
            }
            assertEquals(expected.values(facet), map.select("select[name=" + facet + "] option[value~=.]").eachAttr("value"), facet);
        }
    }

    @Test
    void everyOrganisationPageLinksTheFilterPagesOfItsKindAudiencesAndDistricts() {
        for (var o : expected.all()) {
            List<String> links = site.page(o.item().path()).select("dl.facts a").eachAttr("href");
            List<String> wanted = new ArrayList<>();
            wanted.add("/organisaties/soort/" + o.kind().slug() + "/");
            o.audiences().forEach(t -> wanted.add("/organisaties/voor/" + t.slug() + "/"));
            o.districts().forEach(t -> wanted.add("/organisaties/wijk/" + t.slug() + "/"));
            assertTrue(links.containsAll(links(wanted)), o.item().path() + ": " + links);
        }
    }

    @Test
    void everyFilterControlHasALabel() {
        for (Element control : map.select("#kaartfilter input, #kaartfilter select")) {
            Element label = map.selectFirst("label[for=" + control.id() + "]");
            assertNotNull(label, control.outerHtml());
            assertFalse(label.text().isBlank(), control.id());
        }
        assertEquals(5, map.select("#kaartfilter input, #kaartfilter select").size());
    }

    @Test
    void everyThemeHasAListForPartnersWithoutTheSiteAroundItAndOnlyAbsoluteLinks() throws IOException {
        String sitemap = Files.readString(site.root().resolve("sitemap.xml"));
        for (String theme : expected.values("thema")) {
            String path = "/organisaties/thema/" + theme + "/insluiten.html";
            Document embed = site.page(path);
            assertTrue(embed.select("header, nav, footer, script, form").isEmpty(), path);
            assertEquals("noindex", embed.selectFirst("meta[name=robots]").attr("content"), path);
            for (Element element : embed.select("[href], [src]")) {
                String url = element.hasAttr("href") ? element.attr("href") : element.attr("src");
                assertTrue(url.startsWith(BASE_URL), path + ": " + url);
            }
            assertTrue(embed.select("[target=_blank]").isEmpty(), path);
            List<String> organisations = expected.paths("thema", theme).stream().map(p -> BASE_URL + p.substring(1)).toList();
            assertEquals(organisations, embed.select(".ingesloten-lijst h2 a").eachAttr("href"), path);
            Element source = embed.selectFirst(".ingesloten-bron");
            assertEquals("Bron: SONETA", source.text(), path);
            assertEquals(BASE_URL + "organisaties/thema/" + theme + "/", source.selectFirst("a").attr("href"));
            assertFalse(sitemap.contains("insluiten"), "lists for partners are no pages for search engines");

            Document themePage = site.page("/organisaties/thema/" + theme + "/");
            assertTrue(themePage.select("main a").eachAttr("href").contains(BASE_PATH + path), "the theme's page links " + path);
            assertEquals("<iframe src=\"" + BASE_URL + path.substring(1) + "\" title=\"" + themePage.selectFirst("h1").text()
                    + "\" width=\"100%\" height=\"600\"></iframe>", themePage.selectFirst("main pre code").text());
        }
    }

    private static List<String> cardLinks(Document page) {
        return page.select("main .cards .card-title a").eachAttr("href");
    }

    private static List<String> links(List<String> sitePaths) {
        return sitePaths.stream().map(p -> BASE_PATH + p).toList();
    }
}
