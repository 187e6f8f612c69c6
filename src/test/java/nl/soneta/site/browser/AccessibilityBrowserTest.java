package nl.soneta.site.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.soneta.site.browser.AxeAudit.Violation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * axe-core's WCAG 2.2 A and AA rules on every kind of page of the real site, on a desktop and on a phone, and in
 * the states that only scripts create (search results, the "Bedoelde u" hint, a filtered sociale kaart and its
 * empty result). Any violation fails, listed with its page, rule, impact and element.
 */
class AccessibilityBrowserTest extends RealContentBrowserTest {
    private SearchPage search;

    @BeforeAll
    void start() {
        search = new SearchPage(driver, site);
    }

    @Test
    void everyTemplateAndEveryFourthPageOfTheSitePassOnADesktop() {
        List<String> pages = SiteTemplates.sample(site.site());
        assertTrue(pages.size() >= 50, "at least 50 pages, sampled: " + pages.size());
        Viewport.DESKTOP.apply(driver);
        assertNoViolations(audit(pages));
    }

    @Test
    void everyExampleIsAPageOfTheSiteThatItsTemplateRenders() {
        for (SiteTemplates.Template template : SiteTemplates.ALL) {
            for (String example : template.examples()) {
                assertEquals(template, SiteTemplates.of(example), example);
                String path = example.replaceFirst("\\?.*", "");
                assertTrue(site.site().exists(path.substring(1) + (path.endsWith("/") ? "index.html" : "")), example);
            }
        }
    }

    @Test
    void everyTemplatePassesOnAPhone() {
        Viewport.PHONE.apply(driver);
        assertNoViolations(audit(SiteTemplates.ALL.stream().flatMap(t -> t.examples().stream()).toList()));
    }

    @Test
    void whatScriptsShowPasses() {
        Viewport.DESKTOP.apply(driver);
        List<Violation> found = new ArrayList<>();

        search.open("enzamhied").awaitOutcome("enzamhied");
        driver.findElement(By.xpath("//*[@id='zoeken']//*[contains(normalize-space(.), 'Bedoelde u')]//a"));
        found.addAll(AxeAudit.violations(driver, "/zoeken/ with 'Bedoelde u'"));

        search.open(SiteTemplates.QUERY_WITH_RESULTS).awaitOutcome(SiteTemplates.QUERY_WITH_RESULTS);
        driver.findElement(By.cssSelector("#zoekfilters summary")).click();
        int firstResults = search.results().size();
        search.moreButton().get(0).click();
        new WebDriverWait(driver, Duration.ofSeconds(5), SearchPage.POLL).until(d -> search.results().size() > firstResults);
        found.addAll(AxeAudit.violations(driver, "/zoeken/ with filters open and more results"));

        openMap("?thema=eenzaamheid");
        found.addAll(AxeAudit.violations(driver, "/organisaties/ filtered on a theme"));

        openMap("?thema=jeugd&q=qqqzzz");
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> d.findElement(By.id("kaart-leeg")).isDisplayed());
        found.addAll(AxeAudit.violations(driver, "/organisaties/ with nothing found"));
        assertNoViolations(found);
    }

    @Test
    void theAuditNamesTheRuleImpactElementAndPageOfAViolation() {
        Viewport.DESKTOP.apply(driver);
        driver.get(site.url("/"));
        driver.executeScript("document.querySelector('label[for=site-zoekterm]').remove()");
        List<Violation> found = AxeAudit.violations(driver, "/ without the label of the header search");
        assertEquals(List.of(new Violation("/ without the label of the header search", "label", "critical", "#site-zoekterm",
                "Form elements must have labels")), found);
    }

    private List<Violation> audit(List<String> pages) {
        List<Violation> found = new ArrayList<>();
        for (String page : pages) {
            SiteTemplates.open(driver, site, page);
            found.addAll(AxeAudit.violations(driver, page));
        }
        return found;
    }

    private void openMap(String query) {
        driver.get(site.url("/organisaties/" + query));
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> d.findElement(By.id("kaartfilter")).isDisplayed());
    }

    private static void assertNoViolations(List<Violation> found) {
        if (found.isEmpty()) {
            return;
        }
        Map<String, Long> perTemplate = found.stream().collect(Collectors.groupingBy(
                v -> SiteTemplates.of(v.page().split(" ")[0]).name(), TreeMap::new, Collectors.counting()));
        fail(found.size() + " accessibility violations (elements per template: " + perTemplate + "):\n"
                + found.stream().map(Violation::toString).collect(Collectors.joining("\n")));
    }
}
