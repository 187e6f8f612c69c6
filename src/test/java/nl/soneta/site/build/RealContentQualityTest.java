package nl.soneta.site.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.soneta.site.testing.BuiltSite;
import nl.soneta.site.testing.SiteFixture;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The published content itself: every source document is on the site, and no PDF noise, personal e-mail
 * address or unlinked item made it through.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealContentQualityTest {
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
    private static final Pattern PAGE_NUMBER_LINE = Pattern.compile("(pagina\\s*)?\\d{1,3}(\\s*(/|van)\\s*\\d{1,3})?",
            Pattern.CASE_INSENSITIVE);
    /** A footnote digit left glued to a word, as "ambtenaren1" in the PDF text. */
    private static final Pattern GLUED_DIGIT = Pattern.compile("\\b\\p{Ll}{4,}\\d{1,2}\\b");
    /** A word broken at a line end, "zelf- standig"; "zorg- en welzijn" is Dutch and allowed. */
    private static final Pattern BROKEN_WORD = Pattern.compile(
            "\\p{Ll}{2,}- (?!(en|of|tot|en/of|noch|dan|als|maar)\\b)\\p{Ll}{2,}");

    /** Seed document → the site path of the page(s) that publish it. */
    private static final Map<String, List<String>> PUBLISHED_SEEDS = Map.of(
            "000 reglement SONETA", List.of("/reglement/"),
            "001 evaluatie Burgerkracht", List.of("/publicaties/evaluatie-burgerkracht/"),
            "002 thematafels", List.of("/publicaties/thematafel-sociale-basis/", "/publicaties/thematafel-eenzaamheid/",
                    "/publicaties/thematafel-jong-in-almere-1/", "/publicaties/thematafel-jong-in-almere-2/",
                    "/publicaties/thematafel-bestaanszekerheid/",
                    "/publicaties/thematafel-sociale-kwaliteit-fysieke-omgeving/"),
            "003 advies ASD", List.of("/publicaties/advies-sociale-staat-van-almere/"),
            "004 beleidskader", List.of("/publicaties/beleidskader-sociaal-domein-2019-2022/"));

    private BuiltSite site;

    @BeforeAll
    void build(@TempDir Path temp) {
        BuildResult result = SiteFixture.project().build(temp, "https://example.test/");
        assertTrue(result.succeeded(), () -> String.join("\n", result.diagnostics().all().stream().map(d -> d.format()).toList()));
        site = new BuiltSite(temp, "");
    }

    @Test
    void everySourceDocumentHasItsPublicationPages() {
        PUBLISHED_SEEDS.forEach((seed, paths) -> paths.forEach(path ->
                assertTrue(site.exists(path.substring(1) + "index.html"), seed + ": " + path)));
        assertTrue(site.page("/publicaties/evaluatie-burgerkracht/").select("nav.chapters li").size() >= 8,
                "the Burgerkracht evaluation is split into chapters");
        assertTrue(site.page("/publicaties/beleidskader-sociaal-domein-2019-2022/").select("nav.chapters li").size() >= 3);
    }

    @Test
    void noPageShowsAnEmailAddressOtherThanSonetasOwn() {
        List<String> found = new ArrayList<>();
        forEachPage((name, page) -> {
            Matcher m = EMAIL.matcher(page.body().text() + " " + String.join(" ", page.select("a[href^=mailto:]").eachAttr("href")));
            while (m.find()) {
                if (!m.group().toLowerCase().contains("soneta")) {
                    found.add(name + ": " + m.group());
                }
            }
        });
        assertEquals(List.of(), found);
    }

    @Test
    void noPdfNoiseRemainsInTheText() {
        List<String> noise = new ArrayList<>();
        forEachPage((name, page) -> {
            for (Element block : page.select(".prose p, .prose li, .prose td")) {
                Element copy = block.clone();
                copy.select("sup").remove();
                String text = copy.text().strip();
                if (PAGE_NUMBER_LINE.matcher(text).matches() && !block.is("td")) {
                    noise.add(name + ": a line that is only a page number: '" + text + "'");
                }
                report(noise, name, "footnote digit glued to a word", GLUED_DIGIT.matcher(text));
                report(noise, name, "word broken by '- '", BROKEN_WORD.matcher(text));
                if (text.contains("\u00AD")) {
                    noise.add(name + ": soft hyphen in '" + text.substring(0, Math.min(60, text.length())) + "'");
                }
            }
        });
        assertEquals(List.of(), noise);
    }

    @Test
    void theSocialeKaartHasAtLeastFortyOrganisationsEachWithAThemeAndADoelgroep() {
        List<String> organisations = organisationPages();
        assertTrue(organisations.size() >= 40, "organisations: " + organisations.size());
        for (String path : organisations) {
            Document page = site.page(path);
            List<Element> facts = page.select("dl.facts dd");
            assertFalse(page.select("dl.facts dd a.label[href*=/themas/]").isEmpty(), path + " has a theme");
            assertFalse(facts.get(1).select(".label").isEmpty(), path + " has a doelgroep");
            assertFalse(page.select("p.checked time").isEmpty(), path + " says when it was last checked");
        }
    }

    @Test
    void everyThemePageListsAtLeastOneOrganisation() {
        List<String> themes = site.page("/themas/").select(".card-title a").eachAttr("href");
        assertTrue(themes.size() >= 12, "themes: " + themes.size());
        for (String path : themes) {
            assertFalse(site.page(path).select("section.related").first().select(".card").isEmpty(), path);
        }
    }

    /** The sources hold reports of the six thematafels only; the other meetings must say there is none. */
    @Test
    void everyMeetingOf2023LinksToItsReportOrSaysThereIsNone() {
        List<String> events = site.page("/agenda/").select(".card-title a").eachAttr("href");
        int withReport = 0;
        int without = 0;
        for (String path : events) {
            Document event = site.page(path);
            if (!event.selectFirst("dl.facts time").attr("datetime").startsWith("2023")) {
                continue;
            }
            Element report = event.selectFirst("dl.facts dd.report a");
            if (report != null) {
                withReport++;
                assertTrue(report.attr("href").startsWith("/publicaties/") && site.resolves("agenda", report.attr("href")), path);
            } else {
                without++;
                assertTrue(event.select(".prose").text().contains("geen verslag"), path + " says that no report exists");
            }
        }
        assertTrue(withReport >= 6, "thematafels with their report: " + withReport);
        assertTrue(without <= 2, "meetings without a report: " + without);
    }

    @Test
    void thereIsNewsOnAtLeastEightDatedFacts() {
        int news = 0;
        for (String path = "/nieuws/"; ; ) {
            Document list = site.page(path);
            news += list.select(".card").size();
            Element next = list.selectFirst("a[rel=next]");
            if (next == null) {
                break;
            }
            path = next.attr("href");
        }
        assertTrue(news >= 8, "news items: " + news);
    }

    private List<String> organisationPages() {
        List<String> paths = new ArrayList<>();
        for (String path = "/organisaties/"; ; ) {
            Document list = site.page(path);
            paths.addAll(list.select(".card-title a").eachAttr("href"));
            Element next = list.selectFirst("a[rel=next]");
            if (next == null) {
                return paths;
            }
            path = next.attr("href");
        }
    }

    private static void report(List<String> noise, String page, String what, Matcher matcher) {
        while (matcher.find()) {
            noise.add(page + ": " + what + ": '" + matcher.group() + "'");
        }
    }

    private void forEachPage(java.util.function.BiConsumer<String, Document> check) {
        for (Path file : site.htmlFiles()) {
            try {
                check.accept(site.relative(file), Jsoup.parse(file.toFile(), "UTF-8"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
