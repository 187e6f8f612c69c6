package nl.soneta.site.search;

/**
 * Small non-negative integers as text, five bits a character: compact in JSON strings and cheap to decode in
 * the browser. A character holds five bits of the number, lowest first, plus 32 when more follow.
 */
final class Varints {
    static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    private Varints() {
    }

    static StringBuilder append(StringBuilder out, int value) {
        if (value < 0) {
            throw new IllegalArgumentException("varints are non-negative: " + value);
        }
        int rest = value;
        while (rest >= 32) {
            out.append(ALPHABET.charAt((rest & 31) | 32));
            rest >>>= 5;
        }
        return out.append(ALPHABET.charAt(rest));
    }
}
