package nl.soneta.site.fuzz;

import java.util.HexFormat;
import java.util.Map;

/**
 * One generated bad content file.
 *
 * @param path       where it goes, relative to {@code content/}
 * @param companions valid files it needs beside it (the index.md of a chapter's publication), relative to {@code content/}
 * @param firstLine  the first line at which a diagnostic for the mistake may be reported, or 0 for any line
 * @param lastLine   the last such line
 * @param what       a short description for the report
 */
record FuzzCase(FuzzCategory category, long seed, String path, byte[] bytes, Map<String, String> companions,
                int firstLine, int lastLine, String what) {

    /** Lines as the reader counts them: \r\n, \r and \n each end one. */
    int lineCount() {
        int lines = 1;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 == bytes.length || bytes[i + 1] != '\n'))) {
                lines++;
            }
        }
        return lines;
    }

    boolean knowsItsLine() {
        return firstLine > 0;
    }

    /** What a failure report shows: enough to write the case again from its seed, and its first bytes. */
    String describe() {
        int shown = Math.min(bytes.length, 120);
        String start = new String(bytes, 0, shown, java.nio.charset.StandardCharsets.UTF_8)
                .replaceAll("[\\p{Cntrl}&&[^\\n]]", "?").replace("\n", "\\n");
        return category + " seed=" + seed + " " + path + " (" + what + ", " + bytes.length + " bytes"
                + (knowsItsLine() ? ", expected at line " + firstLine + (lastLine > firstLine ? "-" + lastLine : "") : "")
                + "): " + start + (bytes.length > shown ? "…" : "") + (bytes.length < 40 ? " [" + HexFormat.of().formatHex(bytes) + "]" : "");
    }
}
