package nl.soneta.site.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.soneta.site.testing.Chromium;
import nl.soneta.site.testing.ExpectedFilters;
import nl.soneta.site.testing.RenderedContent;
import nl.soneta.site.testing.SiteFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The sociale kaart (/organisaties/) of the real content in real Chromium under the sub-path /soneta-site/:
 * filtering in place with only a keyboard, free text without accents, a shareable URL, and, in a second browser
 * with JavaScript switched off, every organisation plus links to the static filter pages.
 */
class KaartBrowserTest extends RealContentBrowserTest {
    private static final String MAP = "/organisaties/";
    private static final String VISIBLE_CARDS = """
            return [...document.querySelectorAll('#kaart-lijst > li')].filter(li => li.checkVisibility())
                .map(li => li.querySelector('.card-title a').getAttribute('href'))""";

    /** A second browser, with JavaScript switched off, next to the base class's. */
    private Chromium withoutScripts;
    private ExpectedFilters expected;

    @BeforeAll
    void startWithoutScripts() {
        withoutScripts = Chromium.startWithoutJavaScript();
        expected = new ExpectedFilters(RenderedContent.of(SiteFixture.project()).site());
        // Off its new-tab page, whose own requests would count as requests to another host after each test.
        withoutScripts.driver().get(site.url(MAP));
    }

    @BeforeEach
    void forgetEarlierErrorsWithoutScripts() {
        withoutScripts.takeConsoleErrors();
    }

    /** The base class checks the first browser and the host; this checks the second browser the same way. */
    @AfterEach
    void noErrorsNoForeignRequestsWithoutScripts() {
        assertEquals(List.of(), withoutScripts.takeConsoleErrors(), "console errors without JavaScript");
        assertEquals(List.of(), withoutScripts.requestsOutside(site.host().origin()),
                "requests to another host without JavaScript");
    }

    @AfterAll
    void stopWithoutScripts() {
        if (withoutScripts != null) {
            withoutScripts.close();
        }
    }

    @Test
    void aThemeChosenByKeyboardOnlyShowsItsOrganisationsAndAnnouncesHowMany() {
        ChromeDriver driver = open("");
        chooseByKeyboard(driver, "thema", "eenzaamheid");
        List<String> shown = awaitCards(driver, expected.paths("thema", "eenzaamheid"));
        assertFalse(shown.isEmpty());
        assertEquals(announced(shown.size()), awaitStatus(driver, announced(shown.size())));
        assertTrue(driver.getCurrentUrl().endsWith(MAP + "?thema=eenzaamheid"), driver.getCurrentUrl());
    }

    @Test
    void twoFiltersCombineAndAReloadOfTheSharedUrlRestoresThem() {
        ChromeDriver driver = open("");
        chooseByKeyboard(driver, "thema", "bestaanszekerheid");
        chooseByKeyboard(driver, "voor", "kinderen-en-gezinnen");
        List<String> both = new ArrayList<>(expected.paths("thema", "bestaanszekerheid"));
        both.retainAll(expected.paths("voor", "kinderen-en-gezinnen"));
        assertFalse(both.isEmpty(), "a combination that finds organisations");
        assertTrue(both.size() < expected.paths("thema", "bestaanszekerheid").size(), "the second filter narrows the first");
        awaitCards(driver, both);
        awaitStatus(driver, announced(both.size()));
        String url = driver.getCurrentUrl();
        assertTrue(url.endsWith(MAP + "?thema=bestaanszekerheid&voor=kinderen-en-gezinnen"), url);

        driver.navigate().refresh();
        awaitCards(driver, both);
        assertEquals(announced(both.size()), awaitStatus(driver, announced(both.size())));
        assertEquals("bestaanszekerheid", driver.findElement(By.id("kaart-thema")).getDomProperty("value"));
        assertEquals("kinderen-en-gezinnen", driver.findElement(By.id("kaart-voor")).getDomProperty("value"));
        assertEquals(url, driver.getCurrentUrl());
    }

    @Test
    void aSharedLinkWithWijkAndSoortShowsWhatTheStaticPagesList() {
        ChromeDriver driver = open("?wijk=almere-poort&soort=initiatief");
        List<String> both = new ArrayList<>(expected.paths("wijk", "almere-poort"));
        both.retainAll(expected.paths("soort", "initiatief"));
        assertFalse(both.isEmpty());
        awaitCards(driver, both);
        awaitStatus(driver, announced(both.size()));
    }

    @Test
    void textWithoutAccentsOrCapitalsFindsAccentedWords() {
        ChromeDriver driver = open("");
        WebElement field = driver.findElement(By.id("kaart-q"));
        field.sendKeys("CLIENT");
        List<String> shown = awaitCardsWhere(driver, cards -> !cards.isEmpty() && cards.size() < expected.all().size());
        assertTrue(shown.contains(site.link("/organisaties/client-service-centrum/")), "'client' finds Cliënt Service Centrum: " + shown);
        for (String card : shown) {
            String text = (String) driver.executeScript(
                    "return document.querySelector('#kaart-lijst a[href=\"' + arguments[0] + '\"]').closest('li').textContent", card);
            assertTrue(folded(text).contains("client"), card + " does not say 'cliënt': " + text);
        }
        assertEquals(announced(shown.size()), awaitStatus(driver, announced(shown.size())), "announced once typing pauses");
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> d.getCurrentUrl().endsWith(MAP + "?q=CLIENT"));

        // Words are all required, wherever they are: name, summary, theme, doelgroep or wijk.
        field.sendKeys(" schuld");
        List<String> narrower = awaitCardsWhere(driver, cards -> cards.size() < shown.size());
        narrower.forEach(card -> assertTrue(shown.contains(card), card));
    }

    @Test
    void nothingFoundSaysSoAndFiltersWissenShowsEveryOrganisationAgain() {
        ChromeDriver driver = open("?thema=jeugd");
        WebElement field = driver.findElement(By.id("kaart-q"));
        field.sendKeys("qqqzzz");
        awaitCards(driver, List.of());
        WebElement empty = driver.findElement(By.id("kaart-leeg"));
        assertTrue(empty.isDisplayed());
        assertTrue(empty.getText().contains("Er is geen organisatie die bij al uw keuzes past"), empty.getText());
        assertEquals("Geen organisaties gevonden", awaitStatus(driver, "Geen organisaties gevonden"));

        // Tab from the field reaches the filters and then the button in the message; Enter presses it.
        for (int step = 0; step < 20 && !"kaart-leeg".equals(activeParentId(driver)); step++) {
            driver.switchTo().activeElement().sendKeys(Keys.TAB);
        }
        assertEquals("Filters wissen", driver.switchTo().activeElement().getText());
        driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        awaitCards(driver, expected.all().stream().map(o -> o.item().path()).toList());
        assertEquals(expected.all().size() + " organisaties", awaitStatus(driver, expected.all().size() + " organisaties"));
        assertFalse(empty.isDisplayed());
        assertEquals("", field.getDomProperty("value"));
        assertEquals("", driver.findElement(By.id("kaart-thema")).getDomProperty("value"));
        assertEquals("kaart-q", driver.switchTo().activeElement().getDomAttribute("id"), "the focus goes back to the field");
        assertEquals(site.url(MAP), driver.getCurrentUrl());
    }

    @Test
    void aLinkWithValuesTheSiteDoesNotHaveShowsEveryOrganisation() {
        ChromeDriver driver = open("?thema=bestaat-niet-meer&wijk=__proto__&soort=constructor");
        awaitCards(driver, expected.all().stream().map(o -> o.item().path()).toList());
    }

    @Test
    void everyFilterControlIsReachableByTabAndShowsWhereTheFocusIs() {
        ChromeDriver driver = open("");
        driver.executeScript("document.activeElement.blur(); window.scrollTo(0, 0)");
        List<String> reached = new ArrayList<>();
        for (int step = 0; step < 60 && reached.size() < 6; step++) {
            driver.switchTo().activeElement().sendKeys(Keys.TAB);
            WebElement active = driver.switchTo().activeElement();
            if (active.findElements(By.xpath("ancestor::form[@id='kaartfilter']")).size() == 1) {
                reached.add(active.getDomAttribute("name") == null ? active.getText() : active.getDomAttribute("name"));
                assertEquals("solid", active.getCssValue("outline-style"), "visible focus on " + reached);
            }
        }
        assertEquals(List.of("q", "thema", "voor", "wijk", "soort", "Filters wissen"), reached);
    }

    @Test
    void withoutJavaScriptEveryOrganisationShowsAndTheFilterLinksLeadToTheStaticPages() {
        ChromeDriver driver = withoutScripts.driver();
        Map<String, String> choices = Map.of("thema", "eenzaamheid", "voor", "ouderen", "wijk", "almere-poort", "soort", "welzijn");
        for (String facet : ExpectedFilters.FACETS) {
            driver.get(site.url(MAP));
            assertEquals(expected.all().size(), visibleCards(driver).size(), "every card shows");
            assertFalse(driver.findElement(By.id("kaartfilter")).isDisplayed(), "no filters that would do nothing");
            WebElement group = driver.findElements(By.cssSelector(".kaartgroep")).get(ExpectedFilters.FACETS.indexOf(facet));
            group.findElement(By.tagName("summary")).click();
            String path = MAP + facet + "/" + choices.get(facet) + "/";
            group.findElement(By.cssSelector("a[href='" + site.link(path) + "']")).click();
            new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> d.getCurrentUrl().equals(site.url(path)));
            List<String> listed = driver.findElements(By.cssSelector("main .cards .card-title a")).stream()
                    .map(a -> a.getDomAttribute("href")).toList();
            assertEquals(links(expected.paths(facet, choices.get(facet))), listed, path);
        }
    }

    private ChromeDriver open(String query) {
        ChromeDriver driver = chromium.driver();
        driver.get(site.url(MAP + query));
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> d.findElement(By.id("kaartfilter")).isDisplayed());
        return driver;
    }

    /** Tabs to a filter's select and moves through its options with the arrow keys until the value is chosen. */
    private static void chooseByKeyboard(ChromeDriver driver, String name, String value) {
        driver.executeScript("document.activeElement.blur(); window.scrollTo(0, 0)");
        for (int step = 0; step < 60 && !name.equals(driver.switchTo().activeElement().getDomAttribute("name")); step++) {
            driver.switchTo().activeElement().sendKeys(Keys.TAB);
        }
        WebElement select = driver.switchTo().activeElement();
        assertEquals(name, select.getDomAttribute("name"), "Tab reaches the select " + name);
        for (int step = 0; step < 30 && !value.equals(select.getDomProperty("value")); step++) {
            select.sendKeys(Keys.ARROW_DOWN);
        }
        assertEquals(value, select.getDomProperty("value"));
    }

    private List<String> awaitCards(ChromeDriver driver, List<String> sitePaths) {
        List<String> wanted = links(sitePaths);
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> {
                List<String> shown = visibleCards(driver);
                return shown.equals(wanted) ? shown : null;
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            assertEquals(wanted, visibleCards(driver));
            throw e;
        }
    }

    private static List<String> awaitCardsWhere(ChromeDriver driver, java.util.function.Predicate<List<String>> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> {
            List<String> shown = visibleCards(driver);
            return condition.test(shown) ? shown : null;
        });
    }

    @SuppressWarnings("unchecked")
    private static List<String> visibleCards(ChromeDriver driver) {
        return (List<String>) driver.executeScript(VISIBLE_CARDS);
    }

    /** Waits until the live region says {@code text}; gives what it says (then the assertion shows the difference). */
    private static String awaitStatus(ChromeDriver driver, String text) {
        WebElement status = driver.findElement(By.id("kaart-aantal"));
        assertEquals("polite", status.getDomAttribute("aria-live"));
        try {
            new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> text.equals(status.getText()));
        } catch (org.openqa.selenium.TimeoutException e) {
            // fall through to the caller's assertion with the text as it is
        }
        return status.getText();
    }

    private static String announced(int count) {
        return count == 1 ? "1 organisatie gevonden" : count + " organisaties gevonden";
    }

    private static String activeParentId(ChromeDriver driver) {
        return (String) driver.executeScript("return document.activeElement.parentElement.id");
    }

    private List<String> links(List<String> sitePaths) {
        return sitePaths.stream().map(site::link).toList();
    }

    private static String folded(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
