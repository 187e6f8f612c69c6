package nl.soneta.site.importer;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Removes what belongs to the page and not to the text: page numbers, running headers and footers, and the
 * white separator line above footnotes. It remembers where pages ended, because footnote bodies sit just
 * before a page end and a sentence may run on across it.
 */
public final class PageLayout {
    private static final Pattern DIGITS_ONLY = Pattern.compile("\\d{1,3}");
    /** A long run of spaces or underscores: the rule a PDF draws above the footnotes. */
    private static final Pattern SEPARATOR = Pattern.compile("[ _\\u2014\\-]{12,}");
    /** How close (in non-blank lines) a repeated line must be to a page number to count as header/footer. */
    private static final int NEAR = 6;

    /** The text lines; {@code pageEnds} has a bit at index i when a page ended just before line i. */
    public record Result(List<SourceLine> lines, BitSet pageEnds, BitSet separators) {
    }

    private PageLayout() {
    }

    public static Result of(List<SourceLine> in) {
        boolean[] pageNumber = new boolean[in.size()];
        for (int i = 0; i < in.size(); i++) {
            pageNumber[i] = isPageNumber(in, i);
        }
        boolean[] running = runningLines(in, pageNumber);
        List<SourceLine> out = new ArrayList<>();
        BitSet pageEnds = new BitSet();
        BitSet separators = new BitSet();
        boolean pendingEnd = false;
        boolean pendingSeparator = false;
        for (int i = 0; i < in.size(); i++) {
            SourceLine line = in.get(i);
            if (pageNumber[i] || running[i]) {
                pendingEnd = true;
                continue;
            }
            if (SEPARATOR.matcher(line.text()).matches() && !line.text().isEmpty()) {
                pendingSeparator = true;
                continue;
            }
            if (line.isBreak()) {
                if (!out.isEmpty() && !out.get(out.size() - 1).isBreak()) {
                    out.add(line);
                }
                continue;
            }
            if (line.startsWithSpace() && !followsFootnoteNumber(in, i)) {
                pendingEnd = true; // the seeds' sign of a page break
            }
            if (pendingEnd) {
                pageEnds.set(out.size());
            }
            if (pendingSeparator) {
                separators.set(out.size());
            }
            pendingEnd = false;
            pendingSeparator = false;
            out.add(line);
        }
        return new Result(out, pageEnds, separators);
    }

    /** A bare number not followed by an indented line; "1" followed by " text" is a footnote number instead. */
    static boolean isPageNumber(List<SourceLine> in, int i) {
        if (!DIGITS_ONLY.matcher(in.get(i).trimmed()).matches()) {
            return false;
        }
        return !(i + 1 < in.size() && in.get(i + 1).startsWithSpace());
    }

    static boolean followsFootnoteNumber(List<SourceLine> in, int i) {
        return i > 0 && DIGITS_ONLY.matcher(in.get(i - 1).trimmed()).matches();
    }

    /** Lines that repeat and mostly stand next to a page number: running headers and footers. */
    private static boolean[] runningLines(List<SourceLine> in, boolean[] pageNumber) {
        Map<String, List<Integer>> occurrences = new HashMap<>();
        for (int i = 0; i < in.size(); i++) {
            String key = in.get(i).trimmed();
            if (key.length() >= 8) {
                occurrences.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
        }
        boolean[] running = new boolean[in.size()];
        for (int i = 0; i < in.size(); i++) {
            // A footer in capitals next to a page number is page furniture even where the extract kept it once.
            running[i] = HeadingDetector.isCapitals(in.get(i).trimmed()) && in.get(i).trimmed().length() >= 8
                    && nearPageNumber(in, pageNumber, i);
        }
        for (List<Integer> at : occurrences.values()) {
            if (at.size() < 2) {
                continue;
            }
            long nearNumber = at.stream().filter(i -> nearPageNumber(in, pageNumber, i)).count();
            if (nearNumber * 2 >= at.size()) {
                at.forEach(i -> running[i] = true);
            }
        }
        return running;
    }

    private static boolean nearPageNumber(List<SourceLine> in, boolean[] pageNumber, int at) {
        for (int direction : new int[] {-1, 1}) {
            int seen = 0;
            for (int i = at + direction; i >= 0 && i < in.size() && seen < NEAR; i += direction) {
                if (in.get(i).isBreak()) {
                    continue;
                }
                if (pageNumber[i]) {
                    return true;
                }
                seen++;
            }
        }
        return false;
    }
}
