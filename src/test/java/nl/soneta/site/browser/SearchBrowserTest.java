package nl.soneta.site.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.soneta.site.browser.SearchPage.Result;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Search on the real SONETA content in real Chromium, served under the sub-path /soneta-site/ as GitHub Pages
 * serves a project site: what residents do (a shared link, typing, typos, quotes, filters, only a keyboard) and
 * what must never happen (a console error, a request to another host, a request the host cannot answer).
 */
class SearchBrowserTest extends RealContentBrowserTest {
    private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"));

    private SearchPage search;

    @BeforeAll
    void start() {
        search = new SearchPage(driver, site);
    }

    @Test
    void aSharedLinkShowsResultsInsideTheSubPathAndAnnouncesHowMany() {
        search.open("schulden").awaitOutcome("schulden");
        List<Result> results = search.results();
        assertFalse(results.isEmpty(), search.status());
        assertEquals(Math.min(10, search.announcedCount()), results.size(), "ten at most at first; status: " + search.status());
        for (Result result : results) {
            String path = search.sitePath(result.href());
            assertTrue(path.startsWith("/") && site.site().exists(path.substring(1) + "index.html"),
                    "a result that is a page of the site under " + site.host().baseUrl() + ": " + result.href());
            assertFalse(result.title().isBlank(), result.toString());
        }
        assertEquals("schulden", search.field().getDomProperty("value"), "the field shows the query of the link");
        WebElement status = driver.findElement(By.id("zoekstatus"));
        assertEquals("status", status.getDomAttribute("role"));
        assertEquals("polite", status.getDomAttribute("aria-live"));
        assertTrue(results.stream().anyMatch(r -> r.marks().stream().anyMatch(m -> m.toLowerCase(Locale.ROOT).startsWith("schuld"))),
                "matched words are highlighted with <mark>: " + results);
    }

    @Test
    void typingFindsPagesByTheStartOfAWordWithoutPressingEnter() {
        driver.get(site.url("/zoeken/"));
        // A marker on the window survives only as long as the page does: a form submission would drop it.
        driver.executeScript("window.stillTheSamePage = true");
        WebElement field = search.field();
        field.click();
        for (char c : "mantelzo".toCharArray()) {
            field.sendKeys(String.valueOf(c));
        }
        search.awaitOutcome("mantelzo");
        List<String> paths = search.resultLinks().stream().map(search::sitePath).toList();
        assertTrue(paths.contains("/themas/vrijwilligerswerk-en-mantelzorg/"), "prefix 'mantelzo' finds mantelzorg: " + paths);
        assertEquals(Boolean.TRUE, driver.executeScript("return window.stillTheSamePage === true"), "the page was not reloaded");
        new WebDriverWait(driver, Duration.ofSeconds(5), SearchPage.POLL).until(d -> d.getCurrentUrl().contains("q=mantelzo"));
    }

    @Test
    void aTypoStillFindsTheThemePage() {
        search.open("eenzaamhied").awaitOutcome("eenzaamhied");
        List<String> top3 = search.resultLinks().stream().limit(3).map(search::sitePath).toList();
        assertTrue(top3.contains("/themas/eenzaamheid/"), "top 3 for 'eenzaamhied': " + top3);
    }

    @Test
    void aPhraseInQuotesFindsOnlyPagesWithTheWordsTogether() {
        search.open("sociale basis").awaitOutcome("sociale basis");
        int words = search.announcedCount();
        search.open("\"sociale basis\"").awaitOutcome("sociale basis");
        List<Result> phrase = search.allResults();
        assertFalse(phrase.isEmpty(), search.status());
        assertEquals(search.announcedCount(), phrase.size());
        assertTrue(phrase.size() < words, "the phrase (" + phrase.size() + ") narrows the words (" + words + ")");
        for (Result result : phrase) {
            // The theme "Sociale basis" is indexed with every page of that theme, chapters through their publication.
            String path = search.sitePath(result.href());
            assertTrue(pageText(path).contains("sociale basis") || hasTheme(path, "sociale-basis"),
                    "'sociale basis' on or as the theme of " + result.href());
        }
    }

    @Test
    void theKindFilterLeavesOnlyThatKindAndIsPartOfTheUrl() {
        search.open("vrijwilligers").awaitOutcome("vrijwilligers");
        int all = search.announcedCount();
        choose("soort", "organisatie");
        search.awaitOutcome("vrijwilligers");
        new WebDriverWait(driver, Duration.ofSeconds(5), SearchPage.POLL).until(d -> d.getCurrentUrl().contains("soort=organisatie"));
        List<Result> organisations = search.allResults();
        assertFalse(organisations.isEmpty());
        assertTrue(organisations.size() < all, organisations.size() + " of " + all);
        for (Result result : organisations) {
            assertTrue(search.sitePath(result.href()).startsWith("/organisaties/"), result.href());
            assertEquals("Organisatie", result.kind(), result.toString());
        }

        search.open("vrijwilligers", "&soort=publicatie").awaitOutcome("vrijwilligers");
        List<Result> publications = search.allResults();
        assertFalse(publications.isEmpty());
        for (Result result : publications) {
            assertTrue(search.sitePath(result.href()).startsWith("/publicaties/"), result.href());
            assertEquals("Publicatie", result.kind(), result.toString());
        }
    }

    @Test
    void theThemeFilterLeavesOnlyPagesOfThatTheme() {
        search.open("schulden").awaitOutcome("schulden");
        int all = search.announcedCount();
        search.open("schulden", "&thema=bestaanszekerheid").awaitOutcome("schulden");
        List<Result> filtered = search.allResults();
        assertFalse(filtered.isEmpty(), search.status());
        assertTrue(filtered.size() < all, filtered.size() + " of " + all);
        for (Result result : filtered) {
            assertTrue(hasTheme(search.sitePath(result.href()), "bestaanszekerheid"), result.href() + " is not in the theme");
        }
    }

    @Test
    void aSharedLinkWithAFilterTheSiteDoesNotHaveStillSearches() {
        // A theme renamed since the link was shared, and names that every JavaScript object has.
        for (String filters : List.of("&thema=bestaat-niet-meer", "&thema=constructor", "&soort=__proto__", "&soort=toString")) {
            search.open("schulden", filters).awaitOutcome("schulden");
            assertEquals(List.of(), chromium.takeConsoleErrors(), filters);
            assertEquals(List.of(), site.host().takeLog().stream().filter(s -> s.status() >= 400).toList(), filters);
        }
    }

    @Test
    void whenNothingMatchesACorrectionIsOfferedThatFindsPages() {
        // Three edits from "eenzaamheid": too many for the typo tolerance (two), within reach of a suggestion.
        search.open("enzamhied").awaitOutcome("enzamhied");
        assertEquals(0, search.announcedCount(), search.status());
        assertEquals(List.of(), search.results());
        WebElement suggestion = driver.findElement(By.xpath(
                "//*[@id='zoeken']//*[contains(normalize-space(.), 'Bedoelde u')]//a[contains(@href, 'q=')]"));
        assertEquals("eenzaamheid", suggestion.getText().trim());
        suggestion.click();
        search.awaitOutcome("eenzaamheid");
        assertTrue(search.announcedCount() > 0);
        assertTrue(search.resultLinks().stream().map(search::sitePath).toList().contains("/themas/eenzaamheid/"));
    }

    @Test
    void datedKindsShowTheirDateInDutchAndOthersShowNone() {
        search.open("thematafel").awaitOutcome("thematafel");
        Set<String> kinds = new HashSet<>();
        for (Result result : search.allResults()) {
            kinds.add(result.kind());
            if (List.of("Nieuws", "Agenda", "Publicatie").contains(result.kind())) {
                assertEquals(1, result.dates().size(), result.toString());
                String[] date = result.dates().get(0).split(" ", 2);
                assertEquals(DUTCH_DATE.format(LocalDate.parse(date[0])), date[1], result.toString());
            } else if (!"Nieuwsbrief".equals(result.kind())) {
                assertEquals(List.of(), result.dates(), result.toString());
            }
        }
        assertTrue(kinds.containsAll(List.of("Nieuws", "Agenda", "Publicatie", "Thema")), kinds.toString());
    }

    @Test
    void moreResultsShowsTheNextTen() {
        search.open("almere").awaitOutcome("almere");
        int total = search.announcedCount();
        assertTrue(total > 20, "total " + total);
        List<String> first = search.resultLinks();
        assertEquals(10, first.size());
        WebElement more = search.moreButton().get(0);
        driver.executeScript("arguments[0].focus()", more);
        more.sendKeys(Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(5), SearchPage.POLL).until(d -> search.results().size() > 10);
        List<String> twenty = search.resultLinks();
        assertEquals(20, twenty.size());
        assertEquals(first, twenty.subList(0, 10), "the first ten stay in place");
        assertEquals(20, new HashSet<>(twenty).size(), "no result twice");
        assertEquals(twenty.get(10), activeHref(), "a keyboard user goes on at the first new result");
    }

    @Test
    void subResultsLinkToHeadingsThatExistOnTheirPage() {
        search.open("burgerkracht").awaitOutcome("burgerkracht");
        List<Result> results = search.results();
        List<String> sections = new ArrayList<>();
        for (Result result : results) {
            assertTrue(result.sections().size() <= 3, "at most three sub-results: " + result);
            for (String section : result.sections()) {
                assertTrue(section.startsWith(result.href() + "#"), section + " is a heading of " + result.href());
                sections.add(section);
            }
        }
        assertFalse(sections.isEmpty(), "the long publications about burgerkracht give sub-results: " + results);
        for (String section : sections) {
            String href = site.link(search.sitePath(section));
            assertTrue(site.site().resolves("zoeken/index.html", href), "heading anchor exists: " + section);
        }
    }

    @Test
    void theKeyboardReachesTheFieldThenTheFiltersThenTheResultsInOrderAndEnterOpensOne() {
        search.open("schulden").awaitOutcome("schulden");
        List<String> links = search.resultLinks();
        driver.executeScript("document.activeElement.blur(); window.scrollTo(0, 0)");
        List<String> visited = new ArrayList<>();
        List<String> resultsReached = new ArrayList<>();
        for (int step = 0; step < 120 && resultsReached.size() < links.size(); step++) {
            driver.switchTo().activeElement().sendKeys(Keys.TAB);
            String focus = (String) driver.executeScript("""
                    const e = document.activeElement;
                    if (e.id === 'zoekterm') return 'field';
                    if (e.name === 'soort' || e.name === 'thema') return 'filter ' + e.name;
                    if (e.classList.contains('zoekresultaat-link')) return 'result ' + e.href;
                    if (e.tagName === 'SUMMARY' && e.closest('#zoekformulier') && !e.parentElement.open) return 'closed filters';
                    return 'other';""");
            visited.add(focus);
            if (focus.equals("closed filters")) {
                // Filters folded away behind a summary: a keyboard user opens them with Enter and tabs on.
                driver.switchTo().activeElement().sendKeys(Keys.ENTER);
            } else if (focus.startsWith("result ")) {
                resultsReached.add(focus.substring("result ".length()));
            }
        }
        assertEquals(links, resultsReached, "every result link in order, by Tab: " + visited);
        int field = visited.indexOf("field");
        int kinds = visited.indexOf("filter soort");
        int themes = visited.indexOf("filter thema");
        int firstResult = visited.indexOf("result " + links.get(0));
        assertTrue(field >= 0 && field < kinds && kinds < firstResult && themes > field && themes < firstResult,
                "field, then filters, then results: " + visited);

        String target = links.get(links.size() - 1);
        assertEquals(target, activeHref(), "the last result has the focus");
        driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(5), SearchPage.POLL).until(d -> target.equals(d.getCurrentUrl()));
    }

    @Test
    void theHeaderFormOnAnyPageSearchesUnderTheSubPath() {
        for (String page : List.of("/", "/organisaties/humanitas/", "/publicaties/evaluatie-burgerkracht/02-samenvatting/", "/404.html")) {
            driver.get(site.url(page));
            WebElement form = driver.findElement(By.cssSelector("header form.site-search[role=search]"));
            assertEquals("get", form.getDomProperty("method"), page);
            assertEquals(site.url("/zoeken/"), form.getDomProperty("action"), page);
            WebElement field = form.findElement(By.cssSelector("input[type=search][name=q]"));
            assertEquals(Boolean.TRUE, driver.executeScript(
                    "return arguments[0].labels.length > 0 || !!arguments[0].getAttribute('aria-label')", field),
                    "the header field has a label on " + page);
            field.sendKeys("mantelzorg", Keys.ENTER);
            new WebDriverWait(driver, Duration.ofSeconds(5), SearchPage.POLL).until(d -> d.getCurrentUrl().startsWith(site.url("/zoeken/?q=mantelzorg")));
            search.awaitOutcome("mantelzorg");
            assertTrue(search.announcedCount() > 0, page + ": " + search.status());
            assertEquals(List.of(), chromium.takeConsoleErrors(), "console errors after searching from " + page);
        }
    }

    @Test
    void pagesWithoutSearchLoadNoSearchScriptAndStayOnTheHost() {
        // /organisaties/ has a script of its own: KaartBrowserTest.
        for (String page : List.of("/", "/organisaties/humanitas/", "/themas/eenzaamheid/", "/agenda/",
                "/agenda/2023-05-16-thematafel-jong-in-almere-1/",
                "/nieuws/", "/publicaties/evaluatie-burgerkracht/", "/nieuwsbrief/", "/404.html")) {
            driver.get(site.url(page));
            assertEquals(List.of(), chromium.requestsOutside(site.host().origin()), page);
            assertEquals(0L, driver.executeScript(
                    "return document.querySelectorAll('script:not([type=\"application/ld+json\"])').length"), page);
            assertEquals(List.of(), chromium.takeConsoleErrors(), page);
        }
    }

    private String activeHref() {
        return (String) driver.executeScript("return document.activeElement.href || ''");
    }

    /** Picks a filter option the way a visitor would: a select, a radio button or a check box. */
    private void choose(String name, String value) {
        List<WebElement> controls = driver.findElements(By.name(name));
        assertFalse(controls.isEmpty(), "no filter control named " + name);
        WebElement first = controls.get(0);
        if (!first.isDisplayed()) {
            // Filters folded away behind a summary are opened first, as a visitor would.
            driver.findElement(By.cssSelector("#zoekformulier details > summary")).click();
        }
        if ("select".equals(first.getTagName())) {
            new Select(first).selectByValue(value);
        } else {
            driver.findElement(By.cssSelector("[name='" + name + "'][value='" + value + "']")).click();
        }
        // Whether filters apply at once or on submit, pressing the button must give the filtered search.
        driver.findElement(By.cssSelector("#zoekformulier button[type=submit]")).click();
    }

    private String pageText(String sitePath) {
        Document page = site.site().page(sitePath);
        return page.select("main").text().toLowerCase(Locale.ROOT);
    }

    /** Whether a page is the theme's own page or names the theme, or, for a chapter, its publication does. */
    private boolean hasTheme(String sitePath, String theme) {
        String themePath = "/themas/" + theme + "/";
        if (sitePath.equals(themePath)) {
            return true;
        }
        String themeLink = site.link(themePath);
        if (site.site().page(sitePath).select("main a.label").eachAttr("href").contains(themeLink)) {
            return true;
        }
        String[] parts = sitePath.split("/");
        return parts.length == 4 && "publicaties".equals(parts[1])
                && site.site().page("/publicaties/" + parts[2] + "/").select("main a.label").eachAttr("href").contains(themeLink);
    }
}
