package nl.soneta.site.importer;

import java.util.regex.Pattern;

/**
 * Recognises headings by their numbering, the one sure sign a PDF extract keeps: "5.1.A X" is level 4,
 * "3.2. X" level 3, "3. X" or "3 X" level 2, and a short line in capitals level 2.
 */
public final class HeadingDetector {
    private static final Pattern LETTERED = Pattern.compile("\\d{1,2}\\.\\d{1,2}\\.?[A-Z]\\.?\\s+[‘'“\"]?\\p{Lu}.*");
    private static final Pattern SECTION = Pattern.compile("\\d{1,2}\\.\\d{1,2}\\.?\\s+[‘'“\"]?\\p{Lu}.*");
    private static final Pattern CHAPTER = Pattern.compile("\\d{1,2}\\.?\\s+[‘'“\"]?\\p{Lu}.*");
    private static final int MAX_LENGTH = 120;

    private HeadingDetector() {
    }

    /** The Markdown level (2-4) of {@code line} as a heading, or 0 when it does not look like one. */
    public static int level(String line) {
        String t = line.strip();
        // A heading is not a sentence: no end punctuation, no sentence break inside ("21 Deelnemers. Vert…").
        if (t.length() > MAX_LENGTH || t.matches(".*[.,;:]$") || t.matches(".*\\p{Ll}{2}[.!?] .*")) {
            return 0;
        }
        if (LETTERED.matcher(t).matches()) {
            return 4;
        }
        if (SECTION.matcher(t).matches()) {
            return 3;
        }
        if (CHAPTER.matcher(t).matches() && t.length() <= 60) {
            return 2;
        }
        return isCapitals(t) ? 2 : 0;
    }

    static boolean isCapitals(String t) {
        long letters = t.chars().filter(Character::isLetter).count();
        return letters >= 4 && t.length() <= 60 && t.chars().filter(Character::isLowerCase).count() == 0;
    }

    /** A short line that stands alone and ends without punctuation: perhaps an unnumbered heading. */
    public static boolean maybeUnnumbered(String t) {
        return t.length() <= 50 && !t.isEmpty() && Character.isUpperCase(t.codePointAt(0))
                && !t.matches(".*[.,;:!?)]$") && !t.contains(":") && !t.contains(",") && t.split("\\s+").length <= 7;
    }
}
