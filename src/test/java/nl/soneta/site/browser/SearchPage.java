package nl.soneta.site.browser;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.soneta.site.testing.ServedSite;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The search page (plan section 5) as a visitor sees it: the field, the status line and the results, read
 * through the DOM the contract names. Results are read in one script call, so a list of ten costs one round trip.
 */
final class SearchPage {
    private static final Duration PATIENCE = Duration.ofSeconds(10);
    /** Searches take milliseconds; Selenium's default half-second polling would dominate the suite's time. */
    static final Duration POLL = Duration.ofMillis(25);
    private static final Pattern COUNT = Pattern.compile("\\d+");

    /**
     * One {@code li.zoekresultaat}: its main link, the whole item's text, the kind label (the line under the title
     * up to the date), highlighted words, sub-result links, and each {@code <time>} as "datetime text".
     */
    record Result(String href, String title, String text, String kind, List<String> marks, List<String> sections,
                  List<String> dates) {
    }

    private final ChromeDriver driver;
    private final ServedSite site;

    SearchPage(ChromeDriver driver, ServedSite site) {
        this.driver = driver;
        this.site = site;
    }

    /** Opens {@code /zoeken/?q=query} plus extra parameters such as {@code &soort=organisatie}. */
    SearchPage open(String query, String extraParameters) {
        driver.get(site.url("/zoeken/?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + extraParameters));
        return this;
    }

    SearchPage open(String query) {
        return open(query, "");
    }

    WebElement field() {
        return driver.findElement(By.id("zoekterm"));
    }

    String status() {
        return driver.findElement(By.id("zoekstatus")).getText();
    }

    /**
     * Waits until the status line reports the outcome of a search for {@code query}: it names the query and says
     * how many results there are (or that there are none). Then the results are in place.
     */
    SearchPage awaitOutcome(String query) {
        String needle = query.toLowerCase(Locale.ROOT);
        try {
            new WebDriverWait(driver, PATIENCE, POLL).until(d -> {
                String status = status().toLowerCase(Locale.ROOT);
                return status.contains(needle) && (COUNT.matcher(status).find() || status.contains("geen"));
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("no search outcome for '" + query + "' within " + PATIENCE.toSeconds()
                    + " s; status: '" + status() + "', URL " + driver.getCurrentUrl(), e);
        }
        return this;
    }

    /** The number of results the status line announces (0 when it says there are none). */
    int announcedCount() {
        Matcher matcher = COUNT.matcher(status());
        return matcher.find() ? Integer.parseInt(matcher.group()) : 0;
    }

    @SuppressWarnings("unchecked")
    List<Result> results() {
        List<Map<String, Object>> rows = (List<Map<String, Object>>) driver.executeScript("""
                const list = document.querySelector('[data-search-results]');
                return Array.from(list.querySelectorAll('li.zoekresultaat')).map(li => {
                  const link = li.querySelector('a.zoekresultaat-link');
                  const meta = li.querySelector('.zoekresultaat-meta');
                  return {
                    href: link ? link.href : null,
                    title: link ? link.textContent : null,
                    text: li.textContent,
                    kind: meta ? meta.textContent.split('·')[0].trim() : null,
                    marks: Array.from(li.querySelectorAll('mark')).map(m => m.textContent),
                    sections: Array.from(li.querySelectorAll('ul a[href]')).map(a => a.href),
                    dates: Array.from(li.querySelectorAll('time')).map(t => t.dateTime + ' ' + t.textContent)
                  };
                });""");
        List<Result> results = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            results.add(new Result((String) row.get("href"), (String) row.get("title"), (String) row.get("text"),
                    (String) row.get("kind"), (List<String>) row.get("marks"), (List<String>) row.get("sections"),
                    (List<String>) row.get("dates")));
        }
        return results;
    }

    List<String> resultLinks() {
        return results().stream().map(Result::href).toList();
    }

    /** Every result, pressing "Meer resultaten" until it is gone. */
    List<Result> allResults() {
        for (int round = 0; round < 100; round++) {
            List<WebElement> more = moreButton();
            if (more.isEmpty() || !more.get(0).isDisplayed()) {
                return results();
            }
            int shown = results().size();
            more.get(0).click();
            new WebDriverWait(driver, PATIENCE, POLL).until(d -> results().size() > shown);
        }
        throw new AssertionError("'Meer resultaten' never went away");
    }

    List<WebElement> moreButton() {
        return driver.findElements(By.xpath("//*[@id='zoeken']//button[contains(normalize-space(.), 'Meer resultaten')]"));
    }

    /** The site path of a result URL, such as {@code /themas/eenzaamheid/}, or the URL itself if it leaves the site. */
    String sitePath(String href) {
        String base = site.host().baseUrl();
        return href.startsWith(base) ? "/" + href.substring(base.length()) : href;
    }
}
