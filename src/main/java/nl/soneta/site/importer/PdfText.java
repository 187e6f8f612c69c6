package nl.soneta.site.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads the text of a PDF page by page with PDFBox, sorted by position (so columns and footers come out in
 * reading order), and writes it in the shape of the seed extracts: a blank line between paragraphs and a
 * leading space on the first line of every page after the first, so the rest of the importer needs to know
 * only one shape.
 */
public final class PdfText {
    private PdfText() {
    }

    public static List<SourceLine> read(Path file) throws IOException {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            return lines(document);
        }
    }

    public static List<SourceLine> lines(PDDocument document) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        stripper.setLineSeparator("\n");
        stripper.setParagraphEnd("\n");
        List<List<String>> pages = new ArrayList<>();
        for (int page = 1; page <= document.getNumberOfPages(); page++) {
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            pages.add(new ArrayList<>(List.of(stripper.getText(document).split("\n", -1))));
        }
        removePageFurniture(pages);
        List<SourceLine> out = new ArrayList<>();
        int number = 0;
        for (int page = 1; page <= pages.size(); page++) {
            boolean first = true;
            for (String line : pages.get(page - 1)) {
                number++;
                String text = line.stripTrailing();
                if (first && page > 1 && !text.isBlank()) {
                    text = " " + text.stripLeading();
                }
                if (!text.isBlank()) {
                    first = false;
                }
                out.add(new SourceLine(number, text.isBlank() ? "" : text));
            }
        }
        return out;
    }

    /**
     * Here we know where pages end, so page numbers (a bare number as the first or last line of a page) and
     * running headers and footers (the same first or last lines on more than one page, digits ignored) are
     * blanked out before the lines lose their pages.
     */
    static void removePageFurniture(List<List<String>> pages) {
        java.util.Map<String, Integer> edgeCounts = new java.util.HashMap<>();
        for (List<String> lines : pages) {
            for (int index : edgeIndexes(lines)) {
                edgeCounts.merge(normalise(lines.get(index)), 1, Integer::sum);
            }
        }
        for (List<String> lines : pages) {
            for (int index : edgeIndexes(lines)) {
                String t = lines.get(index).strip();
                if (t.matches("\\d{1,3}") || pages.size() > 1 && edgeCounts.get(normalise(t)) > 1 && t.length() >= 4) {
                    lines.set(index, "");
                }
            }
        }
    }

    /** The first two and last two non-blank lines of a page. */
    private static List<Integer> edgeIndexes(List<String> lines) {
        List<Integer> nonBlank = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                nonBlank.add(i);
            }
        }
        java.util.TreeSet<Integer> edges = new java.util.TreeSet<>();
        for (int k = 0; k < nonBlank.size(); k++) {
            if (k < 2 || k >= nonBlank.size() - 2) {
                edges.add(nonBlank.get(k));
            }
        }
        return new ArrayList<>(edges);
    }

    private static String normalise(String line) {
        return line.strip().replaceAll("\\d+", "#");
    }
}
