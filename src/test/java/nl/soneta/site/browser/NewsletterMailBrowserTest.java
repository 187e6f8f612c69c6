package nl.soneta.site.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import nl.soneta.site.testing.Chromium;
import nl.soneta.site.testing.NewsletterFixture;
import nl.soneta.site.testing.ServedSite;
import nl.soneta.site.testing.StaticHost;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The e-mail edition of a newsletter in real Chromium, at a phone's width and a desktop mail program's: nothing
 * scrolls sideways and nothing is fetched from another host. The site is built for the local host, so the
 * mail's absolute URLs point there; Chromium resolves no other host name, so a request elsewhere would fail loudly.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NewsletterMailBrowserTest {
    private static final String FAVICON = "/favicon.ico";

    @AutoClose
    private Chromium chromium;
    private ChromeDriver driver;
    @AutoClose
    private ServedSite site;

    @BeforeAll
    void start(@TempDir Path temp) {
        chromium = Chromium.start();
        driver = chromium.driver();
        site = ServedSite.build(NewsletterFixture.in(temp.resolve("project")), false);
    }

    @ParameterizedTest
    @ValueSource(ints = {375, 800})
    void theMailFitsTheWindowAndStaysOnTheHost(int width) {
        driver.manage().window().setSize(new Dimension(width, 900));
        site.host().takeLog();
        chromium.takeConsoleErrors();
        driver.get(site.url(NewsletterFixture.ISSUE + "e-mail.html"));

        long innerWidth = (Long) driver.executeScript("return window.innerWidth");
        long scrollWidth = (Long) driver.executeScript("return document.documentElement.scrollWidth");
        assertTrue(Math.abs(innerWidth - width) < 40, "the window is about " + width + " px wide: " + innerWidth);
        assertTrue(scrollWidth <= innerWidth, "no sideways scrolling at " + width + " px: " + scrollWidth + " > " + innerWidth);
        long cardWidth = (Long) driver.executeScript(
                "return Math.round(document.querySelector('table table').getBoundingClientRect().width)");
        assertTrue(cardWidth <= 600, "the mail is at most 600 px wide: " + cardWidth);

        assertEquals(List.of(), lowContrastText(), "text below WCAG AA contrast");

        assertEquals(List.of(), chromium.requestsOutside(site.host().origin()), "requests to another host");
        // Chromium itself asks the host for /favicon.ico, for its tab; a mail program never does, and the mail has no icon.
        assertEquals(List.of(), chromium.takeConsoleErrors().stream().filter(e -> !e.contains(FAVICON)).toList(), "console errors");
        List<StaticHost.Served> served = site.host().takeLog().stream().filter(s -> !s.path().equals(FAVICON)).toList();
        assertEquals(List.of(), served.stream().filter(s -> s.status() >= 400).toList(), "requests the host could not answer");
        assertEquals(1, served.size(), "the mail fetches nothing but itself: " + served);
    }

    /**
     * Every visible text whose colour against the background it is drawn on is below WCAG AA: 4.5:1, or 3:1 for
     * large text (24 px, or 18.66 px bold). Each as "text: ratio".
     */
    @SuppressWarnings("unchecked")
    private List<String> lowContrastText() {
        return (List<String>) driver.executeScript("""
                const channel = c => { c /= 255; return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4); };
                const rgb = text => text.match(/[\\d.]+/g).map(Number);
                const luminance = ([r, g, b]) => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
                const background = element => {
                  for (let e = element; e; e = e.parentElement) {
                    const colour = rgb(getComputedStyle(e).backgroundColor);
                    if (colour.length < 4 || colour[3] > 0) return colour;
                  }
                  return [255, 255, 255];
                };
                const low = [];
                for (const element of document.body.querySelectorAll('*')) {
                  const own = [...element.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
                  if (!own || !element.checkVisibility()) continue;
                  const style = getComputedStyle(element);
                  const [a, b] = [luminance(rgb(style.color)), luminance(background(element))];
                  const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
                  const size = parseFloat(style.fontSize);
                  const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
                  if (ratio < (large ? 3 : 4.5)) low.push(element.textContent.trim().slice(0, 40) + ': ' + ratio.toFixed(2));
                }
                return low;
                """);
    }
}
