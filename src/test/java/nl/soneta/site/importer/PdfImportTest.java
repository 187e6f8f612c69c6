package nl.soneta.site.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A two-page PDF written here with PDFBox, so the test knows exactly what is on each page. */
class PdfImportTest {
    static final String FOOTER = "VRIJWILLIGERSWERK IN ALMERE 2024";

    /** Writes the test PDF: a heading, a glued footnote marker, bullets, a sentence across the page break. */
    static Path writePdf(Path file) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            page(document, font, new Object[][] {
                {bold, 16f, 750f, "2. Vrijwilligers in Almere"},
                {font, 11f, 720f, "Veel inwoners zetten zich in voor hun buurt, zoals de"},
                {font, 11f, 706f, "vrijwilligers1 van de buurthulp. Zij doen onder meer:"},
                {font, 11f, 686f, "\u2022 boodschappen voor ouderen;"},
                {font, 11f, 672f, "\u2022 vervoer naar het ziekenhuis."},
                {font, 11f, 646f, "Wie meer wil weten over het werk van de vrijwilligers kan terecht bij"},
                {font, 8f, 100f, "1 Cijfers van de gemeente Almere, 2024."},
            }, 1);
            page(document, font, new Object[][] {
                {font, 11f, 750f, "het informatiepunt in de bibliotheek. Daar helpen vrijwilligers elke"},
                {font, 11f, 736f, "dinsdag."},
            }, 2);
            document.save(file.toFile());
        }
        return file;
    }

    private static void page(PDDocument document, PDType1Font font, Object[][] lines, int number) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            for (Object[] line : lines) {
                text(content, (PDType1Font) line[0], (Float) line[1], 72, (Float) line[2], (String) line[3]);
            }
            text(content, font, 9, 72, 50, FOOTER);
            text(content, font, 9, 500, 30, String.valueOf(number));
        }
    }

    private static void text(PDPageContentStream content, PDType1Font font, float size, float x, float y, String s)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(s);
        content.endText();
    }

    @Test
    void generatedPdfBecomesADraft(@TempDir Path temp) throws IOException {
        ImportResult result = Importer.importFile(writePdf(temp.resolve("vrijwilligers.pdf")), LocalDate.of(2026, 11, 23));
        String body = result.markdown().substring(result.markdown().indexOf("\n---\n") + 5);
        assertEquals("""

                ## 2. Vrijwilligers in Almere

                Veel inwoners zetten zich in voor hun buurt, zoals de vrijwilligers[^1] van de buurthulp. Zij doen onder meer:

                - boodschappen voor ouderen;
                - vervoer naar het ziekenhuis.

                Wie meer wil weten over het werk van de vrijwilligers kan terecht bij het informatiepunt in de bibliotheek. Daar helpen vrijwilligers elke dinsdag.

                [^1]: Cijfers van de gemeente Almere, 2024.
                """, body);
        assertFalse(result.markdown().contains(FOOTER));
        assertTrue(result.markdown().startsWith("---\ntitle: \"2. Vrijwilligers in Almere\"\ndate: 2026-11-23\n"));
        assertEquals(0, result.report().entries().size(), result.report().entries().toString());
    }
}
