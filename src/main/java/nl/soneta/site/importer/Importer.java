package nl.soneta.site.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** Runs the import stages in order: layout, footnotes, paragraphs (with lists, headings, hyphens), draft. */
public final class Importer {
    private Importer() {
    }

    /** Imports a .pdf with PDFBox or anything else as a seed-style text extract. */
    public static ImportResult importFile(Path file, LocalDate today) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        List<SourceLine> lines = name.endsWith(".pdf") ? PdfText.read(file) : SeedText.read(file);
        return fromLines(lines, today);
    }

    public static ImportResult fromLines(List<SourceLine> lines, LocalDate today) {
        ImportReport report = new ImportReport();
        int words = lines.stream().mapToInt(l -> l.isBreak() ? 0 : l.trimmed().split("\\s+").length).sum();
        PageLayout.Result layout = PageLayout.of(lines);
        FootnoteExtractor.Result text = FootnoteExtractor.extract(layout, report);
        List<SourceLine> kept = PrivacyFilter.filter(text.lines(), report);
        List<Footnote> footnotes = PrivacyFilter.filterFootnotes(text.footnotes(), report);
        List<Block> blocks = new ParagraphJoiner(new Hyphenation(lines), report).join(kept, text.pageEnds());
        String title = MarkdownDraft.title(blocks);
        LocalDate date = MarkdownDraft.firstDate(blocks).orElse(today);
        String markdown = MarkdownDraft.write(title, date, blocks, footnotes);
        return new ImportResult(title, markdown, report, words, blocks, footnotes);
    }
}
