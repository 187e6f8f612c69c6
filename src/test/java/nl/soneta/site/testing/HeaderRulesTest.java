package nl.soneta.site.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The test host reads a header file the way Cloudflare Pages documents it. */
class HeaderRulesTest {
    private final HeaderRules rules = HeaderRules.parse(List.of(
            "# comment",
            "/*",
            "  A: all",
            "",
            "/:s1/",
            "  B: one",
            "/lijst/:naam/insluiten.html",
            "  A: embed"));

    @Test
    void aPlaceholderMatchesOneSegmentAndASplatAnything() {
        assertEquals(Map.of("A", "all", "B", "one"), rules.headersFor("/agenda/"));
        assertEquals(Map.of("A", "all"), rules.headersFor("/agenda/bijeenkomst/"));
        assertEquals(Map.of("A", "all"), rules.headersFor("/agenda/index.html"));
    }

    @Test
    void valuesOfOneHeaderFromSeveralRulesAreJoined() {
        assertEquals(Map.of("A", "all, embed"), rules.headersFor("/lijst/zorg/insluiten.html"));
    }
}
