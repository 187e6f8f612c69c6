package nl.soneta.site.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.soneta.site.site.SecurityPolicy;
import nl.soneta.site.testing.BuiltSite;
import nl.soneta.site.testing.HeaderRules;
import nl.soneta.site.testing.PageSafety;
import nl.soneta.site.testing.ServedSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every page of the real content as the security policy needs it: the policy in a meta element before anything is
 * loaded, nothing inline that the policy would block, nothing loaded from elsewhere, and a header file that gives
 * every page the policy. The e-mail edition of a newsletter is no site page: mail programs need its inline styles
 * and ignore a policy, so it carries none.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityPolicyBuildTest {
    private BuiltSite site;
    private String baseUrl;
    private final List<Document> pages = new ArrayList<>();
    private final List<String> names = new ArrayList<>();

    @BeforeAll
    void read() throws IOException {
        ServedSite served = ServedSite.realContent();
        site = served.site();
        baseUrl = served.host().baseUrl();
        for (Path file : site.htmlFiles()) {
            pages.add(Jsoup.parse(file.toFile(), "UTF-8"));
            names.add(site.relative(file));
        }
        assertTrue(pages.size() >= 200, "pages: " + pages.size());
    }

    @Test
    void thePolicyOpensTheHeadOfEverySitePageAndTheMailEditionHasNone() {
        int mails = 0;
        for (int i = 0; i < pages.size(); i++) {
            List<Element> policies = pages.get(i).select("meta[http-equiv=Content-Security-Policy]");
            if (BuiltSite.isMailEdition(names.get(i))) {
                assertEquals(List.of(), policies, names.get(i));
                mails++;
                continue;
            }
            assertEquals(1, policies.size(), names.get(i));
            Element head = pages.get(i).head();
            // Only the character encoding may come first: a policy covers what follows it.
            assertEquals(List.of("meta[charset]", "meta[http-equiv]"), head.children().stream().limit(2)
                    .map(e -> e.tagName() + (e.hasAttr("charset") ? "[charset]" : e.hasAttr("http-equiv") ? "[http-equiv]" : ""))
                    .toList(), names.get(i));
            assertEquals(SecurityPolicy.CONTENT, policies.get(0).attr("content"), names.get(i));
        }
        assertTrue(mails > 0, "the newsletter has an e-mail edition to exclude");
    }

    @Test
    void noPageRunsInlineScriptHasInlineStylesOrLoadsAnythingFromElsewhere() {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            found.addAll(PageSafety.problems(names.get(i), pages.get(i), baseUrl, BuiltSite.isMailEdition(names.get(i))));
        }
        assertEquals(List.of(), found);
    }

    @Test
    void everyImageHasAltText() {
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            pages.get(i).select("img:not([alt])").forEach(img -> missing.add(img.attr("src")));
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void theHeaderFileGivesEveryPageThePolicyAndLetsPartnersFrameOnlyTheThemeLists() throws IOException {
        String file = Files.readString(site.root().resolve("_headers"));
        assertFalse(file.toLowerCase(Locale.ROOT).contains("set-cookie"));
        HeaderRules rules = HeaderRules.read(site.root().resolve("_headers"));
        int embeds = 0;
        for (String name : names) {
            String path = "/" + (name.endsWith("index.html") ? name.substring(0, name.length() - "index.html".length()) : name);
            Map<String, String> headers = rules.headersFor(path);
            SecurityPolicy.HEADERS.forEach(h -> assertEquals(h.value(), headers.get(h.name()), path + " " + h.name()));
            String policy = headers.get("Content-Security-Policy");
            if (BuiltSite.isMailEdition(name)) {
                assertEquals(null, policy, "mail programs need the inline styles of " + path);
            } else if (BuiltSite.isPartnerList(name)) {
                embeds++;
                assertEquals(SecurityPolicy.CONTENT + "; " + SecurityPolicy.FRAMED_BY_ANYONE, policy, path);
                assertEquals(null, headers.get("X-Frame-Options"), path);
            } else {
                assertEquals(SecurityPolicy.CONTENT + "; " + SecurityPolicy.FRAMED_BY_SITE, policy, path);
                assertEquals("SAMEORIGIN", headers.get("X-Frame-Options"), path);
            }
        }
        assertTrue(embeds > 5, "theme lists for partners: " + embeds);
        assertTrue(pages.stream().allMatch(p -> p.select("meta[http-equiv~=(?i)set-cookie]").isEmpty()));
    }
}
