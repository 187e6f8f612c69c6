package nl.soneta.site.render;

/**
 * Wraps plain text for e-mail: lines of at most {@link #WIDTH} characters, broken between words. A word longer
 * than a line, such as a long URL, gets a line of its own and is never cut, so that it stays clickable.
 */
final class TextWrap {
    /** What RFC 3676 and most mail programs expect of a plain-text mail: well under 78 characters a line. */
    static final int WIDTH = 72;

    private TextWrap() {
    }

    /** Wraps every line of {@code text}; a line that starts with "- " (a list item) continues indented under its text. */
    static String wrap(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (!out.isEmpty()) {
                out.append('\n');
            }
            out.append(wrapLine(line, line.startsWith("- ") ? "  " : ""));
        }
        return out.toString();
    }

    private static String wrapLine(String line, String indent) {
        StringBuilder out = new StringBuilder();
        int lineLength = 0;
        for (String word : line.strip().split(" +")) {
            if (word.isEmpty()) {
                continue;
            }
            if (lineLength > 0 && lineLength + 1 + word.length() > WIDTH) {
                out.append('\n').append(indent);
                lineLength = indent.length();
            } else if (lineLength > 0) {
                out.append(' ');
                lineLength++;
            }
            out.append(word);
            lineLength += word.length();
        }
        return out.toString();
    }
}
