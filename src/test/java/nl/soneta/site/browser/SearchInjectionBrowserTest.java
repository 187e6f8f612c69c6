package nl.soneta.site.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import nl.soneta.site.browser.SearchPage.Result;
import nl.soneta.site.testing.Chromium;
import nl.soneta.site.testing.FixtureSites;
import nl.soneta.site.testing.ServedSite;
import nl.soneta.site.testing.StaticHost;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Content is text, never markup, in search results: an editor's title that looks like HTML (by mistake or by a
 * compromised account) shows as those characters and runs nothing. Plan section 5: results are built from DOM
 * text nodes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchInjectionBrowserTest {
    private static final String TITLE = "<img src=x onerror=alert(1)>";
    private static final String SUMMARY = "<script>alert(2)</script> Over het zebrapad.";

    private Chromium chromium;
    private ChromeDriver driver;
    private ServedSite site;

    @BeforeAll
    void start(@TempDir Path temp) {
        chromium = Chromium.start();
        driver = chromium.driver();
        site = ServedSite.build(FixtureSites.complete(temp.resolve("project"))
                .file("content/nieuws/verkeer.md", """
                        ---
                        title: "%s"
                        date: 2026-10-01
                        themes: [eenzaamheid]
                        summary: "%s"
                        ---
                        Het zebrapad bij de school wordt veiliger. <b onmouseover="alert(3)">Let op</b> bij het oversteken.
                        """.formatted(TITLE, SUMMARY)), false);
    }

    @AfterAll
    void stop() {
        if (chromium != null) {
            chromium.close();
        }
        if (site != null) {
            site.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"zebrapad", "onerror", "alert script", "img"})
    void aTitleAndSummaryThatLookLikeHtmlShowAsTextAndRunNothing(String query) {
        site.host().takeLog();
        SearchPage search = new SearchPage(driver, site);
        search.open(query).awaitOutcome(query);
        // An injected image would fail to load asynchronously; give its error handler the time to run.
        driver.executeAsyncScript("setTimeout(arguments[0], 500)");

        List<Result> results = search.results();
        Result result = results.stream().filter(r -> r.href().endsWith("/nieuws/verkeer/")).findFirst()
                .orElseThrow(() -> new AssertionError("the item is found by '" + query + "': " + results));
        assertEquals(TITLE, result.title(), "the title is shown as the characters it has");
        assertEquals(0L, driver.executeScript("return document.querySelectorAll("
                + "'[data-search-results] img, [data-search-results] script, [data-search-results] b,"
                + " [data-search-results] [onerror], [data-search-results] [onmouseover]').length"));
        assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert());
        assertEquals(List.of(), chromium.takeConsoleErrors());
        List<StaticHost.Served> images = site.host().takeLog().stream().filter(s -> s.path().endsWith("/x")).toList();
        assertEquals(List.of(), images, "no request for the injected image's source");
    }

    @Test
    void theSummaryShowsAsTextInTheSnippet() {
        SearchPage search = new SearchPage(driver, site);
        search.open("zebrapad").awaitOutcome("zebrapad");
        Result result = search.results().stream().filter(r -> r.href().endsWith("/nieuws/verkeer/")).findFirst().orElseThrow();
        assertTrue(result.text().contains("<script>alert(2)</script>"), "the summary as text: " + result.text());
        assertEquals(List.of("zebrapad"), result.marks(), "the matched word is highlighted next to markup-like text");
        assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert());
        assertEquals(List.of(), chromium.takeConsoleErrors());
    }
}
