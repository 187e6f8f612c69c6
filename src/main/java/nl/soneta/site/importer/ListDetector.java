package nl.soneta.site.importer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises list items: the bullets PDFs use ("•", "-", "−" U+2212, the private-use U+F02D of Symbol fonts,
 * "▪"), "o" for a sub-bullet, and numbered or lettered items ("1.", "2)", "a.").
 */
public final class ListDetector {
    private static final Pattern BULLET = Pattern.compile("[•\\-\\u2212\\uF02D\\uF0B7▪●]\\s+(\\S.*)");
    private static final Pattern SUB_BULLET = Pattern.compile("[o◦]\\s+(\\S.*)");
    private static final Pattern NUMBERED = Pattern.compile("(\\d{1,2})[.)]\\s+(\\S.*)");
    private static final Pattern LETTERED = Pattern.compile("([a-z])[.)]\\s+(\\S.*)");

    /** A list item: {@code number} is 0 for a bullet, else its position (a = 1). */
    public record Item(int level, int number, boolean lettered, String text) {
        public boolean ordered() {
            return number > 0;
        }
    }

    private ListDetector() {
    }

    public static Item detect(String line) {
        String t = line.strip();
        Matcher m;
        if ((m = BULLET.matcher(t)).matches() && !t.startsWith("--")) {
            return new Item(0, 0, false, m.group(1));
        }
        if ((m = SUB_BULLET.matcher(t)).matches()) {
            return new Item(1, 0, false, m.group(1));
        }
        if ((m = NUMBERED.matcher(t)).matches()) {
            return new Item(0, Integer.parseInt(m.group(1)), false, m.group(2));
        }
        if ((m = LETTERED.matcher(t)).matches()) {
            return new Item(0, m.group(1).charAt(0) - 'a' + 1, true, m.group(2));
        }
        return null;
    }
}
