package nl.soneta.site.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PrivacyFilterTest {
    @Test
    void addressesAndPhoneNumbersAreLeftOutAndReported() {
        ImportReport report = new ImportReport();
        // The address pattern of seed 002, line 1043, with a made-up name.
        List<SourceLine> out = PrivacyFilter.filter(List.of(
                new SourceLine(7, "zich melden via jjansen@almere.nl. De gespreksleiders"),
                new SourceLine(8, "bel 06-12345678 of 036 5399999, in 2019-2022")), report);
        assertEquals("zich melden via (e-mailadres weggelaten). De gespreksleiders", out.get(0).text());
        assertEquals("bel (telefoonnummer weggelaten) of (telefoonnummer weggelaten), in 2019-2022", out.get(1).text());
        assertEquals(List.of(7, 8, 8), report.entries().stream().map(ImportReport.Entry::line).toList());
    }
}
