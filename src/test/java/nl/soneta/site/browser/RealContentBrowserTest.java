package nl.soneta.site.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nl.soneta.site.testing.Chromium;
import nl.soneta.site.testing.ServedSite;
import nl.soneta.site.testing.StaticHost;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Tests in real Chromium on the real content, served under the sub-path /soneta-site/: one browser for the class,
 * and after every test the check that nothing went wrong that a visitor would not see (a console error, a request
 * to another host, a request the host cannot answer).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RealContentBrowserTest {
    protected Chromium chromium;
    protected ChromeDriver driver;
    protected ServedSite site;

    @BeforeAll
    void startBrowser() {
        chromium = Chromium.start();
        driver = chromium.driver();
        site = ServedSite.realContent();
    }

    @BeforeEach
    void forgetEarlierRequests() {
        site.host().takeLog();
        chromium.takeConsoleErrors();
    }

    /** Checked after every test, for the page it ended on and every request since it began. */
    @AfterEach
    void noErrorsNoForeignRequestsNoMissingFiles() {
        assertEquals(List.of(), chromium.takeConsoleErrors(), "console errors");
        assertEquals(List.of(), chromium.requestsOutside(site.host().origin()), "requests to another host");
        List<StaticHost.Served> unanswered = site.host().takeLog().stream().filter(s -> s.status() >= 400).toList();
        assertEquals(List.of(), unanswered, "requests the host could not answer");
    }

    @AfterAll
    void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }
}
