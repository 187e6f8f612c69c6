package nl.soneta.site.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void dutchTextBecomesAnAsciiSlug() {
        assertEquals("clientondersteuning-wmo", Slugs.slugify("Cliëntondersteuning & Wmo"));
        assertEquals("financiele-zorgen-een-twee", Slugs.slugify("Financiële zorgen: één, twee!"));
        assertEquals("ijsselmeer", Slugs.slugify("IJsselmeer"));
        assertEquals("24-uurszorg", Slugs.slugify("  24-uurszorg  "));
        assertEquals("", Slugs.slugify("?!"));
        assertEquals("clientondersteuning", Slugs.slugify("Cliënt\u00ADondersteuning"), "a soft hyphen is invisible");
    }

    @Test
    void onlyLowerCaseWordsWithSingleHyphensAreValid() {
        assertTrue(Slugs.isValid("de-schoor"));
        assertTrue(Slugs.isValid("wmo-raad-2026"));
        assertFalse(Slugs.isValid("De Schoor"));
        assertFalse(Slugs.isValid("de--schoor"));
        assertFalse(Slugs.isValid("-schoor"));
        assertFalse(Slugs.isValid("../etc"));
    }
}
