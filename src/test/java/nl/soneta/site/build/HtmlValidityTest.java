package nl.soneta.site.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.soneta.site.testing.BuiltSite;
import nl.soneta.site.testing.FixtureSites;
import nl.soneta.site.testing.HtmlChecker;
import nl.soneta.site.testing.SiteFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every generated page, of the real content and of the fixture site, passes the Nu Html Checker. */
class HtmlValidityTest {
    private final HtmlChecker checker = new HtmlChecker();

    @Test
    void everyPageOfTheRealSiteIsValidHtml(@TempDir Path temp) {
        assertTrue(SiteFixture.project().build(temp, "https://example.github.io/soneta-site/").succeeded());
        assertValid(new BuiltSite(temp, "/soneta-site"));
    }

    @Test
    void everyPageOfTheFixtureSiteIsValidHtml(@TempDir Path temp) {
        assertTrue(FixtureSites.complete(temp.resolve("project")).build(temp.resolve("site"), null, true).succeeded());
        assertValid(new BuiltSite(temp.resolve("site"), ""));
    }

    @Test
    void theCheckerReportsInvalidHtml(@TempDir Path temp) throws java.io.IOException {
        Path page = temp.resolve("bad.html");
        java.nio.file.Files.writeString(page, "<!DOCTYPE html><html lang=\"nl\"><head><title>x</title></head>"
                + "<body><img src=\"a.png\"><p id=\"a\"></p><p id=\"a\"></p></body></html>");
        List<String> errors = checker.errors(page, "bad.html");
        assertEquals(2, errors.size(), errors.toString());
    }

    private void assertValid(BuiltSite site) {
        List<String> errors = new ArrayList<>();
        for (Path page : site.htmlFiles()) {
            errors.addAll(checker.errors(page, site.relative(page)));
        }
        assertTrue(site.htmlFiles().size() > 10);
        assertEquals(List.of(), errors);
    }
}
