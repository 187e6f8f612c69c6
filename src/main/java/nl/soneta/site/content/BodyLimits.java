package nl.soneta.site.content;

import java.util.Optional;

/**
 * Refuses the two shapes of Markdown body that cost the Markdown parser far more than their size: parts nested
 * hundreds deep (citations in citations, lists in lists), which overflow its recursive tree walks, and very long
 * paragraphs, on which its inline parser can take time that grows with the square of the length (brackets that
 * are never closed). Real content stays far below both limits; the file is then not loaded, so the parser never
 * sees it.
 */
final class BodyLimits {
    /**
     * Characters in one paragraph, a run of lines without a blank line; the longest real one has about 4,000. The
     * worst inline text of this length ("[a]" over and over) still takes the parser about a second.
     */
    static final int MAX_PARAGRAPH_CHARS = 16_000;
    /** Citation markers, list markers and indentation (two columns a level) before the text of a line. */
    static final int MAX_NESTING = 32;
    private static final int TAB_WIDTH = 4;
    private static final int MAX_LIST_NUMBER_DIGITS = 9;

    private BodyLimits() {
    }

    /** @return the first problem as a diagnostic, or empty when the body is within both limits */
    static Optional<Diagnostic> check(SourceFile file, String body, int bodyFirstLine) {
        int line = bodyFirstLine;
        int paragraphLine = bodyFirstLine;
        int paragraphChars = 0;
        int start = 0;
        while (start <= body.length()) {
            int end = body.indexOf('\n', start);
            if (end < 0) {
                end = body.length();
            }
            if (isBlank(body, start, end)) {
                paragraphChars = 0;
                paragraphLine = line + 1;
            } else {
                paragraphChars += end - start + 1;
                if (paragraphChars > MAX_PARAGRAPH_CHARS) {
                    return Optional.of(new Diagnostic(Severity.ERROR, file.at(paragraphLine, 1),
                            "deze alinea is te lang: meer dan " + DutchNumber.of(MAX_PARAGRAPH_CHARS) + " tekens zonder lege regel",
                            "zet een lege regel tussen de alinea's; splits een grote tabel in kleinere tabellen"));
                }
                int nesting = nesting(body, start, end);
                if (nesting > MAX_NESTING) {
                    return Optional.of(new Diagnostic(Severity.ERROR, file.at(line, 1),
                            "de tekst is te diep genest: meer dan " + MAX_NESTING + " niveaus van citaten (>), lijsten en inspringing",
                            "gebruik hooguit een paar niveaus; begin een gewone alinea zonder > of spaties vooraan"));
                }
            }
            start = end + 1;
            line++;
        }
        return Optional.empty();
    }

    private static boolean isBlank(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The levels that the start of a line opens: each '>' and list marker one, each two columns of indentation one. */
    private static int nesting(String text, int start, int end) {
        int markers = 0;
        int indent = 0;
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            if (c == ' ') {
                indent++;
                i++;
            } else if (c == '\t') {
                indent += TAB_WIDTH;
                i++;
            } else if (c == '>') {
                markers++;
                i = afterOneSpace(text, i + 1, end);
            } else {
                int afterMarker = listMarkerEnd(text, i, end);
                if (afterMarker < 0) {
                    break;
                }
                markers++;
                i = afterOneSpace(text, afterMarker, end);
            }
        }
        return markers + indent / 2;
    }

    /** The space after a marker belongs to the marker, not to the indentation. */
    private static int afterOneSpace(String text, int i, int end) {
        return i < end && text.charAt(i) == ' ' ? i + 1 : i;
    }

    /** The index after a list marker ("-", "*", "+", "12." or "3)") that a space follows, or -1. */
    private static int listMarkerEnd(String text, int i, int end) {
        int j = i;
        char c = text.charAt(j);
        if (c == '-' || c == '*' || c == '+') {
            j++;
        } else {
            while (j < end && j - i < MAX_LIST_NUMBER_DIGITS && Character.isDigit(text.charAt(j))) {
                j++;
            }
            if (j == i || j >= end || (text.charAt(j) != '.' && text.charAt(j) != ')')) {
                return -1;
            }
            j++;
        }
        return j < end && (text.charAt(j) == ' ' || text.charAt(j) == '\t') ? j : -1;
    }
}
