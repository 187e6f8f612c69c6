package nl.soneta.site.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Each fixture is an excerpt cut from a seed in /work/shared/seeds (the name says which); the expected Markdown
 * and report next to it were checked by hand against the excerpt.
 */
class SeedFixtureImportTest {
    static final Path FIXTURES = Path.of("src/test/resources/import");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    static ImportResult importFixture(String name) throws IOException {
        return Importer.fromLines(SeedText.read(FIXTURES.resolve(name + ".txt")), TODAY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"advice-003", "headings-lists-001", "hyphenation-004", "page-footnotes-004", "marker-under-line-004"})
    void draftAndReportAreExactlyAsExpected(String name) throws IOException {
        ImportResult result = importFixture(name);
        assertEquals(Files.readString(FIXTURES.resolve(name + ".expected.md"), StandardCharsets.UTF_8), result.markdown());
        List<String> report = result.report().entries().stream().map(e -> e.line() + ": " + e.message()).toList();
        assertEquals(Files.readAllLines(FIXTURES.resolve(name + ".expected-report.txt"), StandardCharsets.UTF_8), report);
    }

    @Test
    void pageBreakFooterPageNumberAndFootnotesAreResolved() throws IOException {
        String md = importFixture("page-footnotes-004").markdown();
        // The marker "1" alone on a line and the indented rest of the sentence become one sentence with [^1].
        assertTrue(md.contains("‘positieve gezondheid’[^1] en ligt ten grondslag aan het gemeentelijk gezondheidsbeleid.[^2] In Almere"), md);
        assertTrue(md.contains("[^1]: Dit concept is geïntroduceerd door arts-onderzoeker Machteld Huber.\n"), md);
        // The running footer and the page number "9" are gone; the page after them starts a new paragraph.
        assertTrue(!md.contains("BELEIDSKADER") && !md.contains("\n9\n"), md);
        assertTrue(md.contains("(zie ook paragraaf 3.5).\n\nWe gaan verder met de uitvoering"), md);
    }

    @Test
    void aBareNumberRightUnderItsLineIsAFootnoteMarkerNotAPageNumber() throws IOException {
        String md = importFixture("marker-under-line-004").markdown();
        assertTrue(md.contains("via e-health en domotica.[^1]\n"), md);
        assertTrue(md.contains("[^1]: De integratie van technologie en diensten"), md);
    }

    @Test
    void aShortTitleLineIsNotGluedToTheSentenceUnderIt() throws IOException {
        ImportResult result = importFixture("title-line-003");
        assertTrue(result.markdown().contains("\n\nAdvies aan Almere\n\nWe onderschrijven de drie speerpunten:\n"),
                result.markdown());
        assertTrue(result.report().entries().stream().anyMatch(e -> e.line() == 7
                && e.kind() == ImportReport.Kind.POSSIBLE_HEADING), result.report().entries().toString());
    }

    @Test
    void aFlattenedTwoColumnTableIsReported() throws IOException {
        // Seed 004 lines 650-720: prose, then 2.4 with "Doelstelling/ambitie Resultaat" (line 39) and its cells.
        ImportResult result = importFixture("table-004");
        assertEquals(List.of(39), result.report().entries().stream()
                .filter(e -> e.kind() == ImportReport.Kind.SUSPECTED_TABLE).map(ImportReport.Entry::line).toList());
    }

    @Test
    void numberedHeadingsAndSubBullets() throws IOException {
        String md = importFixture("headings-lists-001").markdown();
        assertTrue(md.contains("\n### 3.2. Gelijkwaardigheid en zeggenschap\n"), md);
        assertTrue(md.contains("\n#### 5.1.A. Wet en regelgeving onderzocht"), md);
        assertTrue(md.contains("- Formele burgerkracht (formele inspraak van burgers; ASD, BO+ e.d.),\n"
                + "  - Hoe kunnen burgers inspraak hebben in de plannen van de gemeente\n"), md);
    }

    @Test
    void hyphensAreRemovedOnlyWithEvidence() throws IOException {
        String md = importFixture("hyphenation-004").markdown();
        assertTrue(md.contains("verkleint de kansen op werkloosheid."), md); // "werkloosheid" occurs elsewhere
        assertTrue(md.contains("de maatschappelijke opvang"), md); // in the built-in word list
        assertTrue(md.contains("zelfmoord-neigingen"), md); // no evidence: kept, and reported
        assertTrue(md.contains("de woon- en ondersteuningsbehoefte"), md); // "woon- en": a real hyphen
    }

    @Test
    void pageBreakMidSentenceIsJoinedAndTheDateIsFound() throws IOException {
        ImportResult result = importFixture("advice-003");
        assertTrue(result.markdown().contains("de nieuwe groeiende stad en de bestaande veranderende stad."));
        assertTrue(result.markdown().contains("\ndate: 2023-11-03\n"));
        assertTrue(result.markdown().contains("1. Zet stevigin op bestaanszekerheid\n2. Versterk"));
    }

    @Test
    void realHyphensStayWithoutReport() {
        ImportReport report = new ImportReport();
        Hyphenation hyphenation = new Hyphenation(List.of(new SourceLine(1, "de raad")));
        assertEquals("de Wmo-raad", hyphenation.join("de Wmo-", "raad", 1, report));
        assertEquals("24-uurszorg", hyphenation.join("24-", "uurszorg", 2, report));
        assertEquals("stress-sensitieve", hyphenation.join("stress-", "sensitieve", 3, report));
        assertEquals(1, report.entries().size()); // only "stress-sensitieve" is worth a look
    }
}
