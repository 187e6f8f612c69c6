package nl.soneta.site.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * Debian's headless Chromium driven through its own chromedriver, with the browser console recorded so that
 * tests can require a page to run without errors. Expensive to start (about a second): one per test class.
 *
 * <p>A missing browser skips the calling tests on a developer machine, but fails them when {@code CI=true}:
 * a CI run that silently skipped the browser tests would report search as tested when it was not.
 */
public final class Chromium implements AutoCloseable {
    public static final Path BINARY = Path.of("/usr/bin/chromium");
    public static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final String MISSING = "real-browser tests need " + BINARY + " and " + DRIVER
            + " (apt-get install chromium chromium-driver; .ci/run installs them)";

    /**
     * Selenium warns on every start that it has no DevTools bindings for this Chromium's version; the tests use
     * WebDriver commands only, so the warning is noise. Held in a field because the JDK keeps loggers weakly.
     */
    private static final Logger CDP_VERSION_WARNINGS = quiet("org.openqa.selenium.devtools.CdpVersionFinder");

    private final ChromeDriver driver;
    private final Path profile;

    private Chromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Starts a browser, or skips (fails under CI) the calling tests when Chromium is not installed. */
    public static Chromium start() {
        requireInstalled();
        return launch();
    }

    /** Starts a browser that runs no JavaScript, as some visitors have it, to test what works without it. */
    public static Chromium startWithoutJavaScript() {
        requireInstalled();
        return launch(false);
    }

    /** Starts a browser outside a test (for benchmarks); fails with the same message when it is not installed. */
    public static Chromium launch() {
        return launch(true);
    }

    private static Chromium launch(boolean javaScript) {
        if (!Files.isExecutable(BINARY) || !Files.isExecutable(DRIVER)) {
            throw new IllegalStateException(MISSING);
        }
        Path profile;
        try {
            profile = Files.createTempDirectory("chromium-profile-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Naming both executables keeps Selenium Manager from looking for (and downloading) a browser or driver.
        System.setProperty("webdriver.chrome.driver", DRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + profile, "--window-size=1024,768",
                // Every host name fails to resolve, so a request that leaves the local server shows up as a
                // console error instead of quietly reaching the internet; the test host is an IP literal.
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1");
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        if (!javaScript) {
            // The setting a visitor changes; WebDriver's own scripts (executeScript) still run.
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER.toString())).usingAnyFreePort().build();
        try {
            return new Chromium(new ChromeDriver(service, options), profile);
        } catch (RuntimeException e) {
            deleteTree(profile);
            throw e;
        }
    }

    private static Logger quiet(String name) {
        Logger logger = Logger.getLogger(name);
        logger.setLevel(Level.SEVERE);
        return logger;
    }

    private static void requireInstalled() {
        requireInstalled(Files.isExecutable(BINARY) && Files.isExecutable(DRIVER), System.getenv("CI"));
    }

    /** Fails when {@code ci} is "true" and the browser is not {@code installed}; otherwise only skips. */
    static void requireInstalled(boolean installed, String ci) {
        if ("true".equalsIgnoreCase(ci)) {
            if (!installed) {
                fail("CI=true but " + MISSING);
            }
        } else {
            assumeTrue(installed, "skipped: " + MISSING);
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    /**
     * The console messages of level SEVERE (uncaught errors, console.error, failed requests) since the last
     * call, each as "url line:col message" as Chromium reports it.
     */
    public List<String> takeConsoleErrors() {
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(entry.getMessage());
            }
        }
        return errors;
    }

    /** Every URL the current document fetched (itself and its resources) that is not under {@code origin}. */
    @SuppressWarnings("unchecked")
    public List<String> requestsOutside(String origin) {
        List<String> urls = (List<String>) driver.executeScript(
                "return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))"
                        + ".map(e => e.name)");
        return urls.stream().filter(url -> !url.startsWith(origin)).toList();
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteTree(profile);
        }
    }

    private static void deleteTree(Path root) {
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // Chromium may still be writing its last profile files while it exits; a leftover temp folder is harmless.
        }
    }
}
