package nl.soneta.site.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import nl.soneta.site.language.PageReading;
import nl.soneta.site.language.ReadingFigures;
import nl.soneta.site.language.ReadingLevels;

/**
 * The short list that {@code check} prints after its diagnostics: the site's own pages that are hardest to read,
 * with their figures, for information. Published reports are left out unless asked for: they are other bodies'
 * documents, which an editor does not rewrite.
 */
final class HardestPagesReport {
    static final String TITLE = "Moeilijkste pagina's (taalniveau)";
    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    private HardestPagesReport() {
    }

    static void print(ReadingLevels levels, int count, boolean withReports, PrintStream out) {
        List<PageReading> hardest = ReadingLevels.hardest(withReports ? levels.pages() : levels.own(), count);
        if (hardest.isEmpty()) {
            return;
        }
        out.println();
        out.println(TITLE + (withReports ? ", met rapporten" : "") + ", ter informatie:");
        out.println("  leesgemak  woorden/zin  lange zinnen  lange woorden   LIX  bestand");
        for (PageReading page : hardest) {
            out.println(line(page));
        }
        out.println("  Leesgemak (Flesch-Douma): hoe hoger, hoe makkelijker. Lange zin: meer dan "
                + ReadingFigures.LONG_SENTENCE + " woorden. Lang woord: " + ReadingFigures.LONG_WORD
                + " of meer lettergrepen.");
    }

    static String line(PageReading page) {
        ReadingFigures f = page.figures();
        return String.format(DUTCH, "  %9.1f  %11.1f  %10.0f %%  %11.0f %%  %4.0f  %s", f.fleschDouma(),
                f.wordsPerSentence(), 100 * f.longSentenceShare(), 100 * f.longWordShare(), f.lix(), page.source());
    }
}
