package nl.soneta.site.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import nl.soneta.site.build.BuildResult;
import nl.soneta.site.testing.BuiltSite;
import nl.soneta.site.testing.HtmlChecker;
import nl.soneta.site.testing.NewsletterFixture;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The e-mail edition of a newsletter issue, as a mail program and an editor's mailing tool get it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NewsletterMailTest {
    private static final String BASE_URL = "https://example.test/sub/";
    private static final String ISSUE = NewsletterFixture.ISSUE;

    private BuiltSite site;
    private Document html;
    private String text;

    @BeforeAll
    void build(@TempDir Path temp) throws IOException {
        BuildResult result = NewsletterFixture.in(temp.resolve("project")).build(temp.resolve("site"), BASE_URL);
        assertTrue(result.succeeded(), () -> result.diagnostics().toString());
        site = new BuiltSite(temp.resolve("site"), "/sub");
        html = Jsoup.parse(site.root().resolve("nieuwsbrief/nummer-2/e-mail.html").toFile(), "UTF-8");
        text = Files.readString(site.root().resolve("nieuwsbrief/nummer-2/e-mail.txt"), StandardCharsets.UTF_8);
    }

    @Test
    void theHtmlNeedsNothingButItself() {
        assertTrue(html.select("script").isEmpty(), "no script");
        assertTrue(html.select("link").isEmpty(), "no stylesheet or other linked file");
        assertTrue(html.select("style").isEmpty(), "every style is inline");
        assertTrue(html.select("[style]").size() > 20, "styled inline");
        List<String> notAbsolute = html.select("[href], [src]").stream()
                .map(e -> e.hasAttr("href") ? e.attr("href") : e.attr("src"))
                .filter(url -> !url.startsWith("https://") && !url.startsWith("mailto:"))
                .toList();
        assertEquals(List.of(), notAbsolute);
        assertEquals("noindex", html.selectFirst("meta[name=robots]").attr("content"));
        assertEquals("nl", html.selectFirst("html").attr("lang"));
        assertEquals("Nieuwsbrief december 2026 – Testnet", html.title());
    }

    @Test
    void theHtmlIsALayoutOfPresentationTablesAtMostSixHundredPixelsWide() {
        assertFalse(html.select("table").isEmpty());
        assertTrue(html.select("table").stream().allMatch(t -> t.attr("role").equals("presentation")));
        assertTrue(html.select("table").stream().anyMatch(t -> t.attr("style").contains("max-width:600px")));
        Element preheader = html.body().child(0);
        assertTrue(preheader.attr("style").contains("display:none"), "the preheader is hidden: " + preheader);
        assertEquals("Het tweede nummer, met nieuws en een bijeenkomst.", preheader.text());
    }

    @Test
    void theHtmlShowsTheIssueAndLinksEverySelectedItemAbsolutely() {
        assertTrue(html.text().contains("Nummer 2 · 1 december 2026"), html.text());
        Element browser = html.selectFirst("a:contains(Bekijk deze nieuwsbrief in uw browser)");
        assertEquals(BASE_URL + "nieuwsbrief/nummer-2/", browser.attr("href"));
        for (String[] item : items()) {
            Element title = html.selectFirst("h3 a[href=" + item[1] + "]");
            assertEquals(item[0], title.text());
            assertEquals(2, html.select("a[href=" + item[1] + "]").size(), "title and 'Lees verder' link: " + item[1]);
        }
        assertTrue(html.text().contains("15 oktober 2026"), "news date in Dutch");
        assertTrue(html.text().contains("donderdag 14 januari 2027, 19.30 – 21.30 uur"), "meeting day and time in Dutch");
        assertTrue(html.text().contains("Plaats: Stadhuis"));
        assertTrue(html.select("a").eachText().contains("Lees verder"));
        assertTrue(html.text().contains("Deze nieuwsbrief komt van Testnet, Netwerk voor tests."), "who sends it");
    }

    @Test
    void forewordLinksAreAbsoluteInBothForms() {
        List<String> expected = List.of(BASE_URL + "organisaties/buurthulp/", BASE_URL + "over/",
                BASE_URL + "themas/eenzaamheid/#wat-helpt", NewsletterFixture.LONG_URL);
        List<String> foreword = html.select("p a").eachAttr("href");
        assertTrue(foreword.containsAll(expected), foreword.toString());
        assertTrue(unwrapped().contains("de buurthulp (" + BASE_URL + "organisaties/buurthulp/)"), text);
        assertTrue(unwrapped().contains("over ons (" + BASE_URL + "over/)"), text);
        assertTrue(unwrapped().contains("wat helpt tegen eenzaamheid (" + BASE_URL + "themas/eenzaamheid/#wat-helpt)"), text);
    }

    @Test
    void theTextHoldsEveryTitleAndItsUrlOnALineOfItsOwn() {
        List<String> lines = Arrays.asList(text.split("\n"));
        for (String[] item : items()) {
            assertTrue(unwrapped().contains(item[0]), item[0]);
            assertTrue(lines.contains(item[1]), item[1] + " on a line of its own");
        }
        assertTrue(lines.contains(BASE_URL + "nieuwsbrief/nummer-2/"), "the web version");
        assertTrue(text.contains("Nummer 2 · 1 december 2026"));
        assertTrue(text.contains("donderdag 14 januari 2027, 19.30 – 21.30 uur"));
    }

    @Test
    void theTextIsWrappedAtWordsButNeverBreaksAUrl() {
        List<String> tooLong = Arrays.stream(text.split("\n")).filter(l -> l.length() > 78 && l.contains(" ")).toList();
        assertEquals(List.of(), tooLong);
        assertTrue(text.lines().anyMatch(l -> l.length() > 60), "lines are filled, not cut short");
        assertTrue(text.contains(NewsletterFixture.LONG_URL), "the long URL stays whole");
        assertTrue(text.contains("\n- Een eerste punt"), "list items keep their dash");
        assertTrue(text.contains("\n  "), "a wrapped list item continues indented");
        assertFalse(text.contains("<"), "no markup in the text form");
    }

    @Test
    void onlyTheIssuePagesNameTheMailFilesNotTheSitemapNorTheSearchIndex() throws IOException {
        List<String> naming;
        try (var files = Files.walk(site.root())) {
            naming = files.filter(Files::isRegularFile)
                    .filter(f -> !f.toString().endsWith(".pdf"))
                    .filter(f -> readQuietly(f).contains("/e-mail."))
                    .map(site::relative).sorted().toList();
        }
        assertEquals(List.of("nieuwsbrief/nummer-1/index.html", "nieuwsbrief/nummer-2/index.html"), naming);
        assertTrue(Files.exists(site.root().resolve("zoeken/index")), "the search index was built");
    }

    @Test
    void theWebPageLinksBothFormsWhichStayOutOfTheSitemap() throws IOException {
        Document page = site.page(ISSUE);
        List<String> links = page.select("section.editor-note a").eachAttr("href");
        assertEquals(List.of("/sub" + ISSUE + "e-mail.html", "/sub" + ISSUE + "e-mail.txt"), links);
        links.forEach(link -> assertTrue(site.resolves(ISSUE, link), link));
        String sitemap = Files.readString(site.root().resolve("sitemap.xml"));
        assertFalse(sitemap.contains("e-mail"), sitemap);
        assertTrue(BuiltSite.isMailEdition("nieuwsbrief/nummer-2/e-mail.html"));
    }

    @Test
    void theHtmlIsValid() {
        assertEquals(List.of(), new HtmlChecker().errors(site.root().resolve("nieuwsbrief/nummer-2/e-mail.html"), "e-mail.html"));
    }

    private static String readQuietly(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String unwrapped() {
        return text.replaceAll("\\s+", " ");
    }

    private static List<String[]> items() {
        return List.of(new String[] {NewsletterFixture.LONG_TITLE, BASE_URL + "nieuws/lange-titel/"},
                new String[] {"Nieuws 2", BASE_URL + "nieuws/nieuws-2/"},
                new String[] {"Bijeenkomst over eenzaamheid", BASE_URL + "agenda/bijeenkomst/"});
    }
}
