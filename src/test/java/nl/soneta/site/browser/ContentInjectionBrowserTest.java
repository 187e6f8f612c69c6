package nl.soneta.site.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.soneta.site.testing.Chromium;
import nl.soneta.site.testing.ServedSite;
import nl.soneta.site.testing.XssCorpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The XSS corpus ({@link XssCorpus}) in every text field of a fixture site, in real Chromium: every page, a search
 * for the payloads and the sociale kaart filtered by them open no dialog, log no console error and fetch nothing
 * from another host. A detector installed before any page script runs replaces the dialog functions by recorders
 * and notes every fetch to another host and every policy violation. The run is made twice: with the site's
 * Content-Security-Policy, and on a copy without it, so that it proves the HTML itself runs nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContentInjectionBrowserTest {
    /** Runs before any script of every document (CDP Page.addScriptToEvaluateOnNewDocument), frames included. */
    private static final String DETECTOR = """
            (() => {
              const seen = [];
              Object.defineProperty(window, '__injected', { value: seen });
              for (const name of ['alert', 'confirm', 'prompt', 'print']) {
                window[name] = (...args) => { seen.push(name + '(' + args.map(String).join(', ') + ')'); return null; };
              }
              const fetched = window.fetch;
              window.fetch = (input, init) => {
                const url = new URL(input instanceof Request ? input.url : String(input), location.href);
                if (url.origin !== location.origin) seen.push('fetch ' + url.href);
                return fetched(input, init);
              };
              document.addEventListener('securitypolicyviolation',
                (e) => seen.push('policy violation: ' + e.violatedDirective + ' ' + e.blockedURI));
            })();""";

    enum Policy { WITH_CSP, WITHOUT_CSP }

    private Chromium chromium;
    private ChromeDriver driver;
    private XssCorpus corpus;
    private ServedSite withPolicy;
    private ServedSite withoutPolicy;

    @BeforeAll
    void start(@TempDir Path temp) throws Exception {
        chromium = Chromium.start();
        driver = chromium.driver();
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", DETECTOR));
        corpus = XssCorpus.load();
        withPolicy = ServedSite.build(corpus.site(temp.resolve("project")), false);
        withoutPolicy = withPolicy.withoutSecurityPolicy();
        assertTrue(Files.readString(withPolicy.site().root().resolve("index.html")).contains("Content-Security-Policy"));
        try (Stream<Path> files = Files.walk(withoutPolicy.site().root())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertFalse(Files.readString(file, StandardCharsets.ISO_8859_1).contains("Content-Security-Policy"),
                        "the copy still has a policy in " + file);
            }
        }
        theDetectorSeesARunningPayload();
    }

    /** The harness itself: a page that does run a payload, on the copy without policy, is caught by every check. */
    private void theDetectorSeesARunningPayload() throws Exception {
        Path probe = withoutPolicy.site().root().resolve("proef.html");
        Files.writeString(probe, "<!doctype html><title>proef</title><script>alert('script')</script>"
                + "<img src=\"http://" + XssCorpus.FOREIGN_HOST + "/x.png\" onerror=\"confirm('onerror')\">");
        try {
            driver.get(withoutPolicy.url("/proef.html"));
            String problems = String.join("\n", afterLoad(withoutPolicy, "/proef.html"));
            String console = String.join("\n", consoleErrorsAndOpenDialogs());
            assertTrue(problems.contains("alert(script)") && problems.contains("confirm(onerror)")
                    && problems.contains("request to http://" + XssCorpus.FOREIGN_HOST), problems);
            assertTrue(console.contains(XssCorpus.FOREIGN_HOST), console);
        } finally {
            Files.delete(probe);
        }
    }

    @AfterAll
    void stop() {
        if (chromium != null) {
            chromium.close();
        }
        for (ServedSite site : new ServedSite[] {withPolicy, withoutPolicy}) {
            if (site != null) {
                site.close();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Policy.class)
    void noPageRunsAPayload(Policy policy) {
        ServedSite site = site(policy);
        List<String> problems = new ArrayList<>();
        List<Path> pages = site.site().htmlFiles();
        chromium.takeConsoleErrors();
        for (Path file : pages) {
            String name = site.site().relative(file);
            String path = "/" + (name.endsWith("index.html") ? name.substring(0, name.length() - "index.html".length()) : name);
            driver.get(site.url(path));
            problems.addAll(afterLoad(site, path));
        }
        problems.addAll(consoleErrorsAndOpenDialogs());
        System.out.printf("XSS in Chromium (%s): %d pages, %d payloads%n", policy, pages.size(), corpus.size());
        assertEquals(List.of(), problems);
        assertTrue(pages.size() > corpus.markup().size(), "pages: " + pages.size());
    }

    /**
     * Searches for words that find every payload title and snippet, and for the payloads themselves: some through the
     * address (?q=…, as a shared link would), the others typed into the field of the page already open.
     */
    @ParameterizedTest
    @EnumSource(Policy.class)
    @SuppressWarnings("unchecked")
    void searchingForThePayloadsShowsThemAsTextAndRunsNothing(Policy policy) {
        ServedSite site = site(policy);
        List<String> queries = new ArrayList<>(List.of("script", "alert", "onerror", "javascript", "evil", "iframe", "img",
                "svg", "klik", "xss"));
        corpus.markup().stream().filter(p -> !p.contains("\n") && !p.contains("\u0000")).map(String::strip)
                .forEach(queries::add);
        List<String> problems = new ArrayList<>();
        chromium.takeConsoleErrors();
        int results = 0;
        for (int i = 0; i < queries.size(); i++) {
            String query = queries.get(i);
            String path = "/zoeken/?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
            if (i % 10 == 0) {
                driver.get(site.url(path));
            }
            Map<String, Object> outcome = (Map<String, Object>) driver.executeAsyncScript("""
                    const [query, typed, done] = arguments;
                    const input = document.getElementById('zoekterm'), status = document.getElementById('zoekstatus');
                    if (typed) {
                      input.value = query;
                      input.form.requestSubmit();
                    }
                    const until = Date.now() + 10000;
                    (function wait() {
                      const text = status.textContent;
                      if (!text.includes('‘' + query.trim() + '’') && !text.includes('lukt nu niet') && Date.now() < until) {
                        return setTimeout(wait, 10);
                      }
                      done({
                        status: text,
                        results: document.querySelectorAll('li.zoekresultaat').length,
                        // results are built from text nodes: only these elements, with no handler, style or source
                        markup: Array.from(document.querySelectorAll('[data-search-results] *'))
                          .filter(e => !['LI', 'A', 'P', 'MARK', 'TIME', 'UL'].includes(e.tagName)
                            || e.getAttributeNames().some(n => n.startsWith('on') || n === 'style' || n === 'src'))
                          .map(e => e.outerHTML.slice(0, 80))
                      });
                    })();""", query, i % 10 != 0);
            if (!((String) outcome.get("status")).contains("‘" + query + "’")) {
                problems.add(path + ": no outcome, status '" + outcome.get("status") + "'");
            }
            if (!((List<?>) outcome.get("markup")).isEmpty()) {
                problems.add(path + ": markup in the results: " + outcome.get("markup"));
            }
            results += ((Number) outcome.get("results")).intValue();
            problems.addAll(afterLoad(site, path));
        }
        problems.addAll(consoleErrorsAndOpenDialogs());
        assertEquals(List.of(), problems);
        assertTrue(results > queries.size(), "results shown: " + results);
    }

    @ParameterizedTest
    @EnumSource(Policy.class)
    void theSocialMapFilteredByPayloadsRunsNothing(Policy policy) {
        ServedSite site = site(policy);
        List<String> problems = new ArrayList<>();
        chromium.takeConsoleErrors();
        List<String> payloads = corpus.markup().stream().filter(p -> !p.contains("\u0000")).toList();
        for (int i = 0; i < payloads.size(); i += 6) {
            String path = "/organisaties/?voor=ouderen&wijk=almere-haven&thema=" + URLEncoder.encode(payloads.get(i), StandardCharsets.UTF_8)
                    + "&q=" + URLEncoder.encode(payloads.get((i + 1) % payloads.size()), StandardCharsets.UTF_8);
            driver.get(site.url(path));
            problems.addAll(afterLoad(site, path));
        }
        driver.get(site.url("/organisaties/"));
        driver.findElement(By.cssSelector("#kaartfilter [name=q]")).sendKeys("<img src=x onerror=alert(1)>");
        problems.addAll(afterLoad(site, "/organisaties/ (typed)"));
        // The filter still works on cards full of payloads: one organisation of all is named Buurthulp.
        driver.get(site.url("/organisaties/?voor=ouderen&q=buurthulp"));
        assertTrue(driver.findElements(By.cssSelector("#kaart-lijst > li")).size() >= 10);
        assertEquals(1, driver.findElements(By.cssSelector("#kaart-lijst > li:not([hidden])")).size());
        problems.addAll(afterLoad(site, "/organisaties/?voor=ouderen&q=buurthulp"));
        problems.addAll(consoleErrorsAndOpenDialogs());
        assertEquals(List.of(), problems);
    }

    private ServedSite site(Policy policy) {
        return policy == Policy.WITH_CSP ? withPolicy : withoutPolicy;
    }

    /**
     * What went wrong on the page just loaded: a dialog or fetch to another host that the detector recorded, a policy
     * violation, a request that left the host (the copy without policy may use the host it was built for: the partner
     * lists name their assets absolutely), or a page that went elsewhere by itself. One round trip: a page costs
     * little more than its load. An open dialog would fail the script call itself.
     */
    @SuppressWarnings("unchecked")
    private List<String> afterLoad(ServedSite site, String path) {
        // Read in a task of its own, after those the load queued (error and toggle events, zero timers).
        Map<String, Object> seen = (Map<String, Object>) driver.executeAsyncScript("""
                const done = arguments[0];
                setTimeout(() => done({
                  injected: window.__injected || ['the detector did not run'],
                  requests: performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))
                    .map(e => e.name),
                  at: location.href
                }), 0);""");
        List<String> problems = new ArrayList<>();
        ((List<String>) seen.get("injected")).forEach(call -> problems.add(path + ": " + call));
        ((List<String>) seen.get("requests")).stream()
                .filter(url -> !url.startsWith(site.host().origin()) && !url.startsWith(withPolicy.host().origin()))
                .forEach(url -> problems.add(path + ": request to " + url));
        if (!((String) seen.get("at")).startsWith(site.host().origin())) {
            problems.add(path + ": the page went to " + seen.get("at"));
        }
        return problems;
    }

    /**
     * Console errors since the last call, but for the icon a browser asks for on a page without one (the e-mail
     * edition), and whether a dialog is still open.
     */
    private List<String> consoleErrorsAndOpenDialogs() {
        List<String> problems = new ArrayList<>();
        try {
            problems.add("a dialog is open: " + driver.switchTo().alert().getText());
            driver.switchTo().alert().dismiss();
        } catch (NoAlertPresentException e) {
            // as it should be
        }
        chromium.takeConsoleErrors().stream().filter(error -> !error.contains("/favicon.ico "))
                .forEach(error -> problems.add("console: " + error));
        return problems;
    }
}
