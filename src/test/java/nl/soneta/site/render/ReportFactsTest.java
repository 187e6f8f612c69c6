package nl.soneta.site.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ReportFactsTest {

    @Test
    void theSizeOfADownloadIsWrittenTheDutchWay() {
        assertEquals("Download de pdf (1 kB)", new Download("/media/a.pdf", "pdf", 15).label());
        assertEquals("Download de pdf (999 kB)", new Download("/media/a.pdf", "pdf", 998_001).label());
        assertEquals("Download de pdf (1,2 MB)", new Download("/media/a.pdf", "pdf", 1_234_567).label());
    }

    @Test
    void readingTimeIsRoundedUpAndALongReportIsGivenInHours() {
        assertEquals("Leestijd: ongeveer 1 minuut", ReadingTime.of(1, 1, false).describe(false));
        assertEquals("Leestijd: ongeveer 2 minuten", ReadingTime.of(201, 201, false).describe(false));
        assertEquals("Leestijd: ongeveer 3 minuten voor dit hoofdstuk, ongeveer 2 uur en 38 minuten voor het hele rapport",
                ReadingTime.of(401, 31_500, true).describe(true));
        assertEquals("Leestijd: ongeveer 1 uur voor het hele rapport", ReadingTime.of(0, 12_000, true).describe(false));
    }
}
