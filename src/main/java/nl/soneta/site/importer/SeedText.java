package nl.soneta.site.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a plain-text PDF extract like the ones in the seeds folder. Some extracts follow every PDF line with an
 * empty line; there the empty lines mean nothing and paragraph breaks are lines of a few spaces. Others use an
 * empty line as the paragraph break. We tell them apart by counting, and return one {@link SourceLine} per PDF
 * line with paragraph breaks as blank lines, keeping the original line numbers.
 */
public final class SeedText {
    private SeedText() {
    }

    public static List<SourceLine> read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    public static List<SourceLine> parse(String text) {
        String[] raw = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        boolean doubled = isDoubleSpaced(raw);
        List<SourceLine> lines = new ArrayList<>();
        for (int i = 0; i < raw.length; i++) {
            if (doubled && raw[i].isEmpty()) {
                continue; // only the separator the extractor put after every line
            }
            if (doubled && isMarkerOfLineAbove(raw, i) && !lines.isEmpty()) {
                // A superscript footnote number the extractor put on a line of its own, right under its word.
                SourceLine above = lines.remove(lines.size() - 1);
                lines.add(new SourceLine(above.number(), above.text().stripTrailing() + FootnoteExtractor.marker(raw[i].strip())));
                continue;
            }
            // Keep leading spaces (page-break sign) and trailing ones (two mark a paragraph end in some extracts).
            lines.add(new SourceLine(i + 1, raw[i]));
        }
        return lines;
    }

    /**
     * In a double-spaced extract a bare number directly under a text line (no empty line between) that is not
     * followed by an indented rest of the sentence belongs to the line above; page numbers stand apart.
     */
    static boolean isMarkerOfLineAbove(String[] raw, int i) {
        return raw[i].strip().matches("\\d{1,2}") && i > 0 && !raw[i - 1].isBlank()
                && !raw[i - 1].strip().matches("\\d{1,3}")
                && (i + 1 >= raw.length || raw[i + 1].isBlank());
    }

    /** True when most non-empty lines are followed by an empty line. */
    static boolean isDoubleSpaced(String[] raw) {
        int content = 0;
        int followedByEmpty = 0;
        for (int i = 0; i + 1 < raw.length; i++) {
            if (!raw[i].isEmpty()) {
                content++;
                if (raw[i + 1].isEmpty()) {
                    followedByEmpty++;
                }
            }
        }
        return content > 0 && followedByEmpty * 10 >= content * 6;
    }
}
