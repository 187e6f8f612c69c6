package nl.soneta.site.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The real site with only a keyboard (Tab, Shift+Tab, Enter, arrow keys; no clicks): the skip link first, a focus
 * that can always be seen, every control reached in reading order, no trap, and the menu, the header search and
 * the filters of the sociale kaart usable.
 */
class KeyboardBrowserTest extends RealContentBrowserTest {
    private static final String SEARCH_WITH_RESULTS = "/zoeken/?q=" + SiteTemplates.QUERY_WITH_RESULTS;

    /**
     * What the focus looks like on an element: the properties a focus style changes. The element itself, whether
     * it lies inside the viewport, and a short description for messages.
     */
    private static final String LOOK = """
            const look = e => { const s = getComputedStyle(e);
              return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow, s.backgroundColor, s.color,
                      s.textDecorationLine, s.opacity].join(' | '); };
            const describe = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
              + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\\s+/).join('.') : '')
              + ' "' + (e.getAttribute('aria-label') || e.textContent || e.value || '').trim().replace(/\\s+/g, ' ').slice(0, 40) + '"';
            const onScreen = e => { const r = e.getBoundingClientRect();
              return r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth; };
            """;

    /** One stop of the Tab key: the element, what it looked like with focus, whether it could be seen then. */
    private record Stop(WebElement element, String description, String focused, boolean onScreen) {
    }

    /** The stops of Tab from the top of a page until the focus leaves it, and those where the focus did not show. */
    private record Walk(List<Stop> stops, List<String> withoutVisibleFocus) {
    }

    private SearchPage search;

    @BeforeAll
    void start() {
        search = new SearchPage(driver, site);
        Viewport.DESKTOP.apply(driver);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/organisaties/", "/organisaties/gemeente-almere/",
            "/publicaties/evaluatie-burgerkracht/04-het-begrip-burgerkracht/", SEARCH_WITH_RESULTS})
    void theFirstTabReachesTheSkipLinkAndEnterMovesTheFocusToTheMainContent(String page) {
        open(page);
        Stop first = tab();
        assertEquals("a.skip-link \"Direct naar de inhoud\"", first.description(), page);
        assertTrue(first.onScreen(), "the skip link shows when it has focus on " + page);
        press(Keys.ENTER);
        assertEquals("main#inhoud.wrap", activeDescription().split(" ")[0], "Enter on the skip link on " + page);
        Stop next = tab();
        assertTrue((Boolean) driver.executeScript("return arguments[0].closest('main') !== null", next.element()),
                "the next Tab stays in the main content on " + page + ", not " + next.description());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/organisaties/", "/organisaties/gemeente-almere/",
            "/publicaties/evaluatie-burgerkracht/04-het-begrip-burgerkracht/", SEARCH_WITH_RESULTS})
    void tabReachesEveryControlInOrderWithAVisibleFocusAndLeavesThePageAfterTheFooter(String page) {
        open(page);
        List<WebElement> expected = focusable();
        Walk walk = walk(expected.size() + 1);
        List<Stop> stops = walk.stops();
        assertEquals(describe(expected), stops.stream().map(Stop::description).toList(),
                "Tab visits every visible control once, in reading order, on " + page);
        assertTrue((Boolean) driver.executeScript("return arguments[0].closest('footer') !== null",
                stops.get(stops.size() - 1).element()), "the walk ends in the footer on " + page);
        assertEquals(List.of(), walk.withoutVisibleFocus(), "controls without a visible focus on " + page);
        // After the footer the focus has left the page; Tab starts again at the top, Shift+Tab goes back.
        assertEquals(stops.get(0).description(), tab().description(), "Tab cycles back to the skip link on " + page);
        assertEquals(stops.get(1).description(), tab().description());
        new Actions(driver).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
        assertEquals(stops.get(0).description(), activeDescription(), "Shift+Tab goes back one stop on " + page);
    }

    @Test
    void theWalkReportsAControlWhoseFocusCannotBeSeen() {
        open("/");
        // Through the CSSOM, which a Content-Security-Policy without 'unsafe-inline' still allows.
        driver.executeScript("const brand = document.querySelector('.brand');"
                + "brand.style.outline = 'none'; brand.style.backgroundColor = 'transparent';");
        List<String> withoutVisibleFocus = walk(focusable().size() + 1).withoutVisibleFocus();
        assertEquals(1, withoutVisibleFocus.size(), withoutVisibleFocus.toString());
        assertTrue(withoutVisibleFocus.get(0).startsWith("a.brand "), withoutVisibleFocus.get(0));
    }

    @Test
    void enterOnAMenuLinkOpensItsPage() {
        open("/");
        tabUntil(".main-nav a[href$='/publicaties/']");
        press(Keys.ENTER);
        awaitUrl(site.url("/publicaties/"));
        assertEquals("page", driver.findElement(By.cssSelector(".main-nav a[href$='/publicaties/']")).getDomAttribute("aria-current"));
    }

    @Test
    void aQueryTypedInTheHeaderSearchShowsResultsAfterEnterAndTabLeadsToThem() {
        open("/organisaties/gemeente-almere/");
        tabUntil("#site-zoekterm");
        new Actions(driver).sendKeys("mantelzorg").sendKeys(Keys.ENTER).perform();
        awaitUrl(site.url("/zoeken/?q=mantelzorg"));
        search.awaitOutcome("mantelzorg");
        assertTrue(search.announcedCount() > 0, search.status());
        String first = search.resultLinks().get(0);
        tabUntil("a.zoekresultaat-link");
        press(Keys.ENTER);
        awaitUrl(first);
    }

    @Test
    void aThemeFilterOfTheSocialeKaartIsChosenWithArrowKeysAndTheCountChanges() {
        open("/organisaties/");
        String before = driver.findElement(By.id("kaart-aantal")).getText();
        tabUntil("#kaart-thema");
        press(Keys.ARROW_DOWN);
        String chosen = driver.findElement(By.id("kaart-thema")).getDomProperty("value");
        assertFalse(chosen.isEmpty(), "the arrow key chooses the first theme");
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> !before.equals(d.findElement(By.id("kaart-aantal")).getText()));
        String after = driver.findElement(By.id("kaart-aantal")).getText();
        assertTrue(after.matches("\\d+ organisaties? gevonden"), after);
        assertNotEquals(before, after);
        awaitUrl(site.url("/organisaties/?thema=" + chosen));
    }

    private void open(String page) {
        SiteTemplates.open(driver, site, page);
        if (page.equals("/organisaties/")) {
            new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> d.findElement(By.id("kaartfilter")).isDisplayed());
        }
        // Scripts may have moved the focus (none should); the walk starts, like a visitor's, from the document.
        assertTrue(activeDescription().startsWith("body"), "the page opens without a focused control: " + activeDescription());
    }

    /**
     * Presses Tab until the focus leaves the page (at most {@code limit} times), comparing each control with focus
     * to the same control after the focus has moved on.
     */
    private Walk walk(int limit) {
        List<Stop> stops = new ArrayList<>();
        List<String> withoutVisibleFocus = new ArrayList<>();
        for (int step = 0; step <= limit; step++) {
            Stop stop = tab();
            if (!stops.isEmpty()) {
                Stop left = stops.get(stops.size() - 1);
                String unfocused = look(left.element());
                if (!focusShows(left.focused(), unfocused) || !left.onScreen()) {
                    withoutVisibleFocus.add(left.description() + " with focus: " + left.focused() + "; without: " + unfocused
                            + (left.onScreen() ? "" : "; outside the viewport"));
                }
            }
            if (stop.description().startsWith("body")) {
                return new Walk(stops, withoutVisibleFocus);
            }
            stops.add(stop);
        }
        throw new AssertionError("the focus never leaves " + driver.getCurrentUrl() + " after " + limit + " Tabs; last: "
                + stops.get(stops.size() - 1).description());
    }

    private Stop tab() {
        press(Keys.TAB);
        @SuppressWarnings("unchecked")
        Map<String, Object> stop = (Map<String, Object>) driver.executeScript(LOOK + """
                const e = document.activeElement;
                return {element: e, description: describe(e), focused: look(e), onScreen: onScreen(e)};""");
        return new Stop((WebElement) stop.get("element"), (String) stop.get("description"), (String) stop.get("focused"),
                (Boolean) stop.get("onScreen"));
    }

    private void tabUntil(String selector) {
        for (int step = 0; step < 200; step++) {
            WebElement stop = tab().element();
            if ((Boolean) driver.executeScript("return arguments[0].matches(arguments[1])", stop, selector)) {
                return;
            }
        }
        throw new AssertionError("Tab never reaches " + selector + " on " + driver.getCurrentUrl());
    }

    private void press(CharSequence key) {
        new Actions(driver).sendKeys(key).perform();
    }

    private String look(WebElement element) {
        return (String) driver.executeScript(LOOK + "return look(arguments[0]);", element);
    }

    private String activeDescription() {
        return (String) driver.executeScript(LOOK + "return describe(document.activeElement);");
    }

    /**
     * The controls Tab should stop at, in document order: links, buttons, fields and summaries that are shown and
     * enabled, and anything else the page put in the tab order.
     */
    @SuppressWarnings("unchecked")
    private List<WebElement> focusable() {
        return (List<WebElement>) driver.executeScript("""
                return [...document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]')]
                  .filter(e => e.tabIndex >= 0 && !e.disabled && e.checkVisibility({visibilityProperty: true}));""");
    }

    private List<String> describe(List<WebElement> elements) {
        List<String> descriptions = new ArrayList<>();
        for (WebElement element : elements) {
            descriptions.add((String) driver.executeScript(LOOK + "return describe(arguments[0]);", element));
        }
        return descriptions;
    }

    /**
     * Whether the focus changes what the element looks like enough to see: an outline of at least 2 px appears, or
     * its shadow or background changes.
     */
    private static boolean focusShows(String focused, String unfocused) {
        String[] with = focused.split(" \\| ");
        String[] without = unfocused.split(" \\| ");
        boolean outline = !with[0].equals("none") && Double.parseDouble(with[1].replace("px", "")) >= 2
                && !(with[0].equals(without[0]) && with[1].equals(without[1]) && with[2].equals(without[2]));
        boolean shadow = !with[3].equals(without[3]);
        boolean background = !with[4].equals(without[4]);
        return outline || shadow || background;
    }

    private void awaitUrl(String url) {
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> url.equals(d.getCurrentUrl()));
    }
}
