package nl.soneta.site.publish;

import java.nio.charset.StandardCharsets;

/**
 * The content lines of an iCalendar file as RFC 5545 wants them: CRLF endings, lines folded at 75 octets, and
 * TEXT values escaped. Folding counts UTF-8 octets, not chars, and never splits a character, because clients
 * that join the halves byte by byte would otherwise show broken letters.
 */
final class IcsLines {
    private static final int MAX_OCTETS = 75;
    private static final String CRLF = "\r\n";

    private final StringBuilder text = new StringBuilder();

    /** A property whose value is already valid iCalendar syntax (dates, URIs, fixed words). */
    IcsLines raw(String name, String value) {
        String line = name + ":" + value;
        int octets = 0;
        int i = 0;
        while (i < line.length()) {
            int codePoint = line.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > MAX_OCTETS) {
                text.append(CRLF).append(' ');
                octets = 1;
            }
            text.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        text.append(CRLF);
        return this;
    }

    /** A property of type TEXT, escaped so that commas, semicolons and line breaks survive. */
    IcsLines text(String name, String value) {
        return raw(name, escape(value));
    }

    /** Several lines that form one fixed block, such as a time zone definition. */
    IcsLines block(String lines) {
        lines.lines().forEach(line -> {
            int colon = line.indexOf(':');
            raw(line.substring(0, colon), line.substring(colon + 1));
        });
        return this;
    }

    static String escape(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n");
    }

    byte[] bytes() {
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
