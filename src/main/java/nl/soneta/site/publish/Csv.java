package nl.soneta.site.publish;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** Writes CSV as RFC 4180 describes it: CRLF after every record, quotes around fields that need them. */
final class Csv {
    /*
     * Excel reads a CSV file without a byte order mark in the local code page (Windows-1252 in the Netherlands),
     * which garbles every é and ë; the mark makes it read UTF-8. Other readers skip it.
     */
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final StringBuilder out = new StringBuilder().append(BYTE_ORDER_MARK);

    Csv record(List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            field(fields.get(i));
        }
        out.append("\r\n");
        return this;
    }

    byte[] bytes() {
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void field(String text) {
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            out.append('"').append(text.replace("\"", "\"\"")).append('"');
        } else {
            out.append(text);
        }
    }
}
