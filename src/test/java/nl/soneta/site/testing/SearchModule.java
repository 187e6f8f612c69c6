package nl.soneta.site.testing;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The search client's ES module as the browser loads it from the search page, for calls to its exported API
 * (plan section 7) from tests and the query benchmark.
 */
public final class SearchModule {
    private SearchModule() {
    }

    /**
     * Opens the search page and returns the absolute URL of its module script, so that {@code import(url)} gets
     * the very file (fingerprint included) that the page runs.
     */
    public static String openSearchPage(ChromeDriver driver, ServedSite site) {
        driver.get(site.url("/zoeken/"));
        List<String> modules = driver.findElements(By.cssSelector("script[type=module][src]")).stream()
                .map(script -> script.getDomProperty("src"))
                .filter(src -> src.contains("search"))
                .toList();
        if (modules.size() != 1) {
            throw new AssertionError("the search page should load exactly one search module script: " + modules);
        }
        return modules.get(0);
    }

    /** The manifest URL the page names in {@code data-index}, resolved against the page. */
    public static String manifestUrl(ChromeDriver driver) {
        return (String) driver.executeScript(
                "return new URL(document.getElementById('zoeken').dataset.index, document.baseURI).href");
    }

    /**
     * Runs {@code body} as the body of an async function with the module bound to {@code m} and the extra
     * arguments in {@code args}; returns what it returns. Scripts that fail reject with their stack in the message.
     */
    public static Object call(ChromeDriver driver, String moduleUrl, String body, Object... args) {
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
        String script = "const done = arguments[arguments.length - 1];"
                + "const args = Array.prototype.slice.call(arguments, 1, arguments.length - 1);"
                + "import(arguments[0])"
                + ".then(m => (async (m, args) => {" + body + "})(m, args))"
                + ".then(value => done({ok: true, value: value}),"
                + "      error => done({ok: false, error: String(error && error.stack || error)}));";
        Object[] all = new Object[args.length + 1];
        all[0] = moduleUrl;
        System.arraycopy(args, 0, all, 1, args.length);
        @SuppressWarnings("unchecked")
        var outcome = (Map<String, Object>) driver.executeAsyncScript(script, all);
        if (!Boolean.TRUE.equals(outcome.get("ok"))) {
            throw new AssertionError("the module call failed in the browser: " + outcome.get("error"));
        }
        return outcome.get("value");
    }
}
