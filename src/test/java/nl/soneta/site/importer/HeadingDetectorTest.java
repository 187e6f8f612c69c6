package nl.soneta.site.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Heading lines as they occur in the seeds (001 and 004). */
class HeadingDetectorTest {
    @Test
    void numberingGivesTheLevel() {
        assertEquals(2, HeadingDetector.level("1 Inleiding"));
        assertEquals(2, HeadingDetector.level(" 4 ‘Zo thuis mogelijk’ opgroeien en wonen "));
        assertEquals(3, HeadingDetector.level("3.2. Gelijkwaardigheid en zeggenschap "));
        assertEquals(3, HeadingDetector.level("2.4 Concrete resultaten in de periode tot 2022"));
        assertEquals(4, HeadingDetector.level("5.1.A. Wet en regelgeving onderzocht via het initiatief Servicepunt Stedenwijk (zie ook bijlage 2)"));
        assertEquals(2, HeadingDetector.level("BREED OVERLEG+"));
    }

    @Test
    void sentencesAreNotHeadings() {
        assertEquals(0, HeadingDetector.level("21 Deelnemers. Vertegenwoordigers vanuit de"));
        assertEquals(0, HeadingDetector.level("1. Vertaal Burgerkracht naar de praktijk:"));
        assertEquals(0, HeadingDetector.level("18 juni jl. op het BO heeft een werkgroep zich tijdens enkele bijeenkomsten gebogen"));
        assertEquals(0, HeadingDetector.level("2020 met optie tot twee keer verlengen)."));
    }
}
