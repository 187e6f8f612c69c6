package nl.soneta.site.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.soneta.site.testing.PageWeight;
import nl.soneta.site.testing.ServedSite;
import org.junit.jupiter.api.Test;

/**
 * The weight budget of issue 7 on every page of the real content, as transferred with gzip: the home page at most
 * 60 KB, any other page 40 KB, counting the HTML and the stylesheet, scripts and icon it loads (not images, not the
 * search index). Many visitors use an old phone on a prepaid bundle. Prints the ten heaviest pages.
 */
class PageWeightTest {
    static final long HOME_BUDGET = 60 * 1024;
    static final long PAGE_BUDGET = 40 * 1024;

    @Test
    void everyPageStaysWithinItsBudget() {
        ServedSite served = ServedSite.realContent();
        List<PageWeight> weights = PageWeight.all(served.site(), served.host().baseUrl(), basePath());
        System.out.println("Heaviest pages as transferred with gzip (HTML + CSS + JS + icon):\n" + PageWeight.table(weights, 10));
        assertTrue(weights.size() >= 200, "pages: " + weights.size());
        List<String> over = weights.stream()
                .filter(w -> w.total() > (w.page().equals("index.html") ? HOME_BUDGET : PAGE_BUDGET))
                .map(w -> w.page() + ": " + w.total() + " bytes")
                .toList();
        assertEquals(List.of(), over, "pages over budget");
    }

    @Test
    void theStylesheetLoadsNoWebFontAndNothingElse() throws IOException {
        Path assets = ServedSite.realContent().site().root().resolve("assets");
        try (var files = Files.list(assets)) {
            for (Path css : files.filter(f -> f.toString().endsWith(".css")).toList()) {
                String text = Files.readString(css);
                assertTrue(!text.contains("@font-face") && !text.contains("@import") && !text.contains("url("), css.toString());
            }
        }
    }

    private static String basePath() {
        return ServedSite.BASE_PATH.substring(0, ServedSite.BASE_PATH.length() - 1);
    }
}
