package nl.soneta.site.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import nl.soneta.site.site.SecurityPolicy;
import nl.soneta.site.testing.StaticHost;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The security policy as Chromium enforces it on the real content, delivered both in the meta element of every page
 * and as the headers of {@code _headers} (which the test host sends like Netlify and Cloudflare Pages): using the
 * site breaks no rule of it, leaves no cookie, and partners can frame only the theme lists. Control pages on a host
 * of their own show that a breach of the policy is really seen.
 */
class SecurityPolicyBrowserTest extends RealContentBrowserTest {
    private static final String VIOLATION = "Content Security Policy";
    private static final String EMBED = "/organisaties/thema/eenzaamheid/insluiten.html";

    /** Other origins (other ports): a host without header file for the meta control page and a partner's page, one with ours. */
    private StaticHost other;
    private StaticHost withHeaders;
    private SearchPage search;

    @BeforeAll
    void controlPages(@TempDir Path temp) throws IOException {
        search = new SearchPage(driver, site);
        String breaches = "<p id='styled' style='color: rgb(255, 0, 0)'>rood</p>"
                + "<script>document.title = 'inline script ran';</script>";
        Files.createDirectories(temp.resolve("plain/meta"));
        Files.writeString(temp.resolve("plain/meta/index.html"), "<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'>"
                + "<meta http-equiv='Content-Security-Policy' content=\"" + SecurityPolicy.CONTENT + "\">"
                + "<title>meta</title></head><body>" + breaches + "</body></html>");
        // The site's own header file, and no meta element: only the headers can stop these.
        Files.createDirectories(temp.resolve("headers/header"));
        Files.copy(site.site().root().resolve("_headers"), temp.resolve("headers/_headers"));
        Files.writeString(temp.resolve("headers/header/index.html"), "<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'>"
                + "<title>header</title></head><body>" + breaches + "</body></html>");
        Files.writeString(temp.resolve("plain/partner.html"), "<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'>"
                // an icon of its own, or Chromium asks this host for /favicon.ico, at a moment no test controls
                + "<link rel='icon' href='data:,'><title>partner</title></head><body>"
                + "<iframe id='lijst' title='lijst' src='" + site.url(EMBED) + "'></iframe>"
                + "<iframe id='kaart' title='kaart' src='" + site.url("/organisaties/") + "'></iframe></body></html>");
        other = StaticHost.serve(temp.resolve("plain"), "/partner/");
        withHeaders = StaticHost.serve(temp.resolve("headers"), "/partner/");
    }

    @AfterAll
    void stopOther() {
        for (StaticHost host : new StaticHost[] {other, withHeaders}) {
            if (host != null) {
                host.close();
            }
        }
    }

    @Test
    void theMetaElementAloneStopsAnInlineScriptAndAnInlineStyleAndTheBreachesAreReported() {
        assertBreachesStoppedAndReported(other.url("/meta/"));
    }

    @Test
    void theHeadersAloneStopAnInlineScriptAndAnInlineStyleAndTheBreachesAreReported() {
        assertBreachesStoppedAndReported(withHeaders.url("/header/"));
    }

    private void assertBreachesStoppedAndReported(String url) {
        driver.get(url);
        assertFalse(driver.getTitle().contains("inline script ran"), "the inline script was blocked");
        assertFalse(driver.findElement(By.id("styled")).getCssValue("color").startsWith("rgb(255, 0, 0"), "the inline style was blocked");
        List<String> violations = violations(chromium.takeConsoleErrors());
        assertTrue(violations.stream().anyMatch(v -> v.contains("script-src")), violations.toString());
        assertTrue(violations.stream().anyMatch(v -> v.contains("style-src")), violations.toString());
        leaveTheControlHost();
    }

    @Test
    void theHostSendsThePolicyAndTheHeadersOnlyAHeaderCanCarry() throws IOException {
        HttpURLConnection page = open(site.url("/organisaties/"));
        assertEquals(SecurityPolicy.CONTENT + "; " + SecurityPolicy.FRAMED_BY_SITE, page.getHeaderField("Content-Security-Policy"));
        assertEquals("SAMEORIGIN", page.getHeaderField("X-Frame-Options"));
        for (SecurityPolicy.Header header : SecurityPolicy.HEADERS) {
            assertEquals(header.value(), page.getHeaderField(header.name()), header.name());
        }
        assertEquals(null, page.getHeaderField("Set-Cookie"));
        HttpURLConnection embed = open(site.url(EMBED));
        assertEquals(SecurityPolicy.CONTENT + "; " + SecurityPolicy.FRAMED_BY_ANYONE, embed.getHeaderField("Content-Security-Policy"));
        assertEquals(null, embed.getHeaderField("X-Frame-Options"));
    }

    @Test
    void aPartnerSiteCanFrameTheThemeListButNoOtherPage() {
        driver.get(other.url("/partner.html"));
        driver.switchTo().frame("lijst");
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> !d.findElements(By.cssSelector("h1")).isEmpty());
        assertTrue(driver.findElement(By.cssSelector("h1")).getText().contains("Eenzaamheid"), driver.getPageSource());
        driver.switchTo().defaultContent();
        driver.switchTo().frame("kaart");
        assertEquals(List.of(), driver.findElements(By.id("inhoud")), "the sociale kaart stays out of foreign frames");
        driver.switchTo().defaultContent();
        List<String> errors = chromium.takeConsoleErrors();
        assertFalse(errors.isEmpty());
        assertTrue(errors.stream().allMatch(e -> e.contains(VIOLATION) && e.contains(SecurityPolicy.FRAMED_BY_SITE)),
                "only the sociale kaart was refused: " + errors);
        leaveTheControlHost();
    }

    @Test
    void searchingAndFilteringBreakNoRuleAndLeaveNoCookie() {
        driver.get(site.url("/zoeken/"));
        WebElement field = search.field();
        for (char c : "vrijwilligers".toCharArray()) {
            field.sendKeys(String.valueOf(c));
        }
        search.awaitOutcome("vrijwilligers");
        assertTrue(search.announcedCount() > 10, search.status());
        search.allResults();
        search.open("schulden", "&thema=bestaanszekerheid&soort=organisatie").awaitOutcome("schulden");
        WebElement organisations = driver.findElement(By.cssSelector("[name=soort][value=organisatie]"));
        if (!organisations.isDisplayed()) {
            driver.findElement(By.cssSelector("#zoekfilters > summary")).click();
        }
        organisations.click();
        driver.findElement(By.cssSelector("#zoekformulier button[type=submit]")).click();
        search.awaitOutcome("schulden");
        assertNoViolationsAndNoCookies("search");

        driver.get(site.url("/organisaties/"));
        new Select(driver.findElement(By.id("kaart-thema"))).selectByValue("eenzaamheid");
        driver.findElement(By.id("kaart-q")).sendKeys("almere");
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> d.getCurrentUrl().contains("q=almere"));
        assertNoViolationsAndNoCookies("sociale kaart");
    }

    @Test
    void readingBreaksNoRuleAndLeavesNoCookie() {
        for (String page : List.of("/", "/publicaties/evaluatie-burgerkracht/", "/publicaties/evaluatie-burgerkracht/10-bijlage-1-het-verhaal/",
                "/organisaties/thema/eenzaamheid/", EMBED, "/agenda/", "/nieuws/", "/nieuwsbrief/", "/404.html")) {
            driver.get(site.url(page));
            assertNoViolationsAndNoCookies(page);
        }
    }

    private void assertNoViolationsAndNoCookies(String where) {
        assertEquals(List.of(), violations(chromium.takeConsoleErrors()), "policy violations on " + where);
        assertEquals(java.util.Set.of(), driver.manage().getCookies(), "cookies after " + where);
        assertEquals("", driver.executeScript("return document.cookie"), "document.cookie after " + where);
    }

    private static List<String> violations(List<String> consoleErrors) {
        return consoleErrors.stream().filter(e -> e.contains(VIOLATION)).toList();
    }

    /** Back to a page of the site, so the checks after each test read no control page as a foreign request. */
    private void leaveTheControlHost() {
        driver.get(site.url("/"));
        chromium.takeConsoleErrors();
    }

    private static HttpURLConnection open(String url) throws IOException {
        return (HttpURLConnection) URI.create(url).toURL().openConnection();
    }
}
