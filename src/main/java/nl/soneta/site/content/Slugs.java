package nl.soneta.site.content;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** URL-safe names: lower-case ASCII letters, digits and single hyphens, with Dutch diacritics folded. */
public final class Slugs {
    private static final Pattern VALID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    /** Accents after decomposition, plus invisible format characters such as the soft hyphen of hyphenated text. */
    private static final Pattern INVISIBLE_MARKS = Pattern.compile("[\\p{M}\\p{Cf}]+");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
    private static final int MAX_FILE_SLUG = 60;

    private Slugs() {
    }

    public static boolean isValid(String slug) {
        return VALID.matcher(slug).matches();
    }

    /** "Cliëntondersteuning & Wmo" → "clientondersteuning-wmo"; "IJsselmeer" → "ijsselmeer". */
    public static String slugify(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        String folded = INVISIBLE_MARKS.matcher(decomposed).replaceAll("")
                .replace("ß", "ss").replace("æ", "ae").replace("ø", "o").replace("Æ", "ae").replace("Ø", "o")
                .toLowerCase(Locale.ROOT);
        String hyphenated = NOT_ALPHANUMERIC.matcher(folded).replaceAll("-");
        int start = 0;
        int end = hyphenated.length();
        while (start < end && hyphenated.charAt(start) == '-') {
            start++;
        }
        while (end > start && hyphenated.charAt(end - 1) == '-') {
            end--;
        }
        return hyphenated.substring(start, end);
    }

    /** A slug for a file name made from a title: at most {@code 60} characters, cut at a word boundary. */
    public static String fileSlug(String title) {
        String slug = slugify(title);
        if (slug.length() > MAX_FILE_SLUG) {
            slug = slug.substring(0, MAX_FILE_SLUG).replaceAll("-[^-]*$", "");
        }
        return slug;
    }
}
