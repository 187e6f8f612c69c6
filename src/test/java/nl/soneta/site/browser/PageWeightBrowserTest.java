package nl.soneta.site.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.soneta.site.testing.PageWeight;
import nl.soneta.site.testing.StaticHost;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The page weights of {@code PageWeightTest}, confirmed in real Chromium: one page of every kind, served with gzip
 * and without caching, transfers exactly the bytes computed from the built files (resource timing's encoded body
 * sizes; the icon, which Chromium fetches on its own and only sometimes lists, is added from the build), and stays within the
 * budget with the HTTP headers included.
 */
class PageWeightBrowserTest extends RealContentBrowserTest {
    private static final String SAMPLE_QUERY = "?q=mantelzorg";
    private StaticHost gzipHost;

    @BeforeAll
    void serveGzipped() {
        gzipHost = StaticHost.serveGzipped(site.site().root(), "/soneta-site/");
    }

    @AfterAll
    void stopGzipHost() {
        if (gzipHost != null) {
            gzipHost.close();
        }
    }

    @Test
    void oneOfEveryKindOfPageTransfersWhatTheBuildComputesAndStaysWithinBudget() {
        List<String> rows = new ArrayList<>();
        for (String page : samplePages()) {
            driver.get(gzipHost.url(page));
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> entries = (List<Map<String, Object>>) driver.executeScript("""
                    return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))
                      .filter(e => !e.name.includes('/zoeken/index/') && !e.name.endsWith('.svg'))
                      .map(e => ({name: e.name, body: e.encodedBodySize, transfer: e.transferSize}))""");
            long body = entries.stream().mapToLong(e -> ((Number) e.get("body")).longValue()).sum();
            long transfer = entries.stream().mapToLong(e -> ((Number) e.get("transfer")).longValue()).sum();
            PageWeight computed = PageWeight.of(site.site(), file(page), site.host().baseUrl(), "/soneta-site");
            rows.add(String.format("%8.1f %8.1f  %s", (transfer + computed.icon()) / 1024.0, computed.total() / 1024.0, page));
            assertEquals(computed.timed(), body, page + " " + entries + " vs " + computed);
            long budget = page.equals("/") ? 60 * 1024 : 40 * 1024;
            assertTrue(transfer + computed.icon() <= budget, page + ": " + transfer + " bytes transferred");
        }
        System.out.println("Transferred in Chromium (KB, with headers) vs computed from the build (KB, bodies):\n"
                + String.join("\n", rows));
        driver.get(site.url("/"));
        chromium.takeConsoleErrors();
    }

    private Path file(String page) {
        String path = page.replace(SAMPLE_QUERY, "");
        return site.site().root().resolve(path.endsWith("/") ? path.substring(1) + "index.html" : path.substring(1));
    }

    /**
     * A page of each template, found in the built site, and the heaviest chapters. Not the list for partners: its
     * URLs are absolute, to the host the site was built for, so from this second host its policy rightly blocks them.
     */
    private List<String> samplePages() {
        List<String> pages = new ArrayList<>(List.of("/", "/zoeken/" + SAMPLE_QUERY, "/organisaties/", "/organisaties/humanitas/",
                "/organisaties/thema/eenzaamheid/", "/themas/",
                "/themas/eenzaamheid/", "/agenda/", "/agenda/2023-05-16-thematafel-jong-in-almere-1/", "/nieuws/",
                "/publicaties/", "/publicaties/evaluatie-burgerkracht/",
                "/publicaties/evaluatie-burgerkracht/10-bijlage-1-het-verhaal/",
                "/publicaties/evaluatie-burgerkracht/11-bijlage-2-projectbladen/", "/nieuwsbrief/", "/over-soneta/", "/404.html"));
        for (String pattern : List.of("nieuws/\\d{4}/index\\.html", "nieuws/thema/[^/]+/index\\.html",
                "nieuws/(?!thema/|\\d{4}/|pagina/)[^/]+/index\\.html", "nieuwsbrief/[^/]+/index\\.html")) {
            site.site().htmlFiles().stream().map(site.site()::relative).filter(p -> p.matches(pattern)).findFirst()
                    .ifPresent(p -> pages.add("/" + p.substring(0, p.length() - "index.html".length())));
        }
        return pages;
    }
}
