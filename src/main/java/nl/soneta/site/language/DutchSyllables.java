package nl.soneta.site.language;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * Counts the syllables of a Dutch word by its vowel groups: every syllable has one vowel sound, written as one
 * vowel letter or as one of the fixed Dutch combinations (aa, ee, oo, uu, ie, oe, eu, ui, ei, ij, ou, au, and
 * aai, ooi, oei, eeu, ieu). Vowels next to each other that form no such combination are two syllables
 * ("si-tu-a-tie", "be-a-men"), and a diaeresis always starts a new one ("i-de-eën", "co-ör-di-na-tie").
 * It is a count, not a hyphenator: a few loan words come out one off ("museum" as two, "website" as three), which
 * does not move the figures of a page.
 */
public final class DutchSyllables {
    /** Longest first, so that "eeuw" is read as "eeu" + w and not as "ee" + "u". */
    private static final List<String> VOWEL_SOUNDS = List.of("aai", "ooi", "oei", "eeu", "ieu",
            "aa", "ee", "oo", "uu", "ie", "oe", "eu", "ui", "ei", "ij", "ou", "au", "ai", "ay", "ey", "oy");
    private static final String VOWELS = "aeiouy";

    private DutchSyllables() {
    }

    /** The number of syllables, at least one for any word (an abbreviation like "GGD" is spoken too). */
    public static int count(String word) {
        String lower = withoutAccents(word.toLowerCase(Locale.ROOT));
        int syllables = 0;
        int i = 0;
        while (i < lower.length()) {
            char c = lower.charAt(i);
            if (isDiaeresis(c)) {
                syllables++;
                i++;
            } else if (isVowel(lower, i)) {
                syllables++;
                i += soundLength(lower, i);
            } else {
                i++;
            }
        }
        return Math.max(1, syllables);
    }

    private static int soundLength(String word, int at) {
        for (String sound : VOWEL_SOUNDS) {
            if (word.startsWith(sound, at)) {
                return sound.length();
            }
        }
        return 1;
    }

    /** A "y" before a vowel at the start of a word is a consonant ("yoga"); elsewhere it is a vowel ("baby"). */
    private static boolean isVowel(String word, int at) {
        char c = word.charAt(at);
        if (c == 'y' && at == 0 && word.length() > 1 && VOWELS.indexOf(word.charAt(1)) >= 0) {
            return false;
        }
        return VOWELS.indexOf(c) >= 0;
    }

    private static boolean isDiaeresis(char c) {
        return "äëïöü".indexOf(c) >= 0;
    }

    /**
     * "é" in "één" or "è" in "crèche" is the plain vowel, stressed; a diaeresis is kept, because it marks a new
     * syllable.
     */
    private static String withoutAccents(String word) {
        StringBuilder plain = new StringBuilder(word.length());
        for (char c : word.toCharArray()) {
            plain.append(c < 0x80 || isDiaeresis(c) ? c : Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).charAt(0));
        }
        return plain.toString();
    }
}
