package nl.soneta.site.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a block of Dutch text (one paragraph, heading or list item) into sentences and words.
 *
 * <p>A block is always a unit of its own: a heading or a list item without a full stop is one sentence and is
 * never glued to the next block. Inside a block a sentence ends at ".", "!", "?" or "…" (with any closing
 * quote or bracket) followed by white space, unless the next word starts with a lower-case letter or the full
 * stop belongs to an abbreviation ("bijv.", "o.a.", "d.w.z.", "nr.") or to a list marker in running text ("a.",
 * "2."). Numbers need no rule: "1.250" and "3,5"
 * have no space after their separator.
 */
public final class DutchSentences {
    private static final Pattern END = Pattern.compile("(?:\\.{3}|…|[.!?]+)[)\\]\"'”’»]*(?=\\s)");
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0]+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]");
    /** Trimmed off a word before it is counted: punctuation around it, not inside it ("e-mail", "t/m", "1.250"). */
    private static final Pattern EDGES = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$");
    /**
     * Letters with full stops in between ("o.a", "d.w.z", "i.v.m", "t.a.v"), or an initial such as "J". A single
     * lower-case letter is not one: "u." ends many sentences of a site that addresses its reader as "u".
     */
    private static final Pattern LETTER_ABBREVIATION = Pattern.compile("(\\p{L}\\.)+\\p{L}|\\p{Lu}");
    /** A list marker written in running text, such as "a." or "2.": it opens the sentence that follows it. */
    private static final Pattern ENUMERATOR = Pattern.compile("\\(?(\\p{L}|\\d{1,3})");
    /** A lower-case list marker after a full stop ("... bewoners. b. Besef ...") starts a sentence all the same. */
    private static final Pattern NEXT_ENUMERATOR = Pattern.compile("\\p{Ll}[.)]\\s");
    /** Common Dutch abbreviations that are written with one full stop at the end (compared without it). */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "bijv", "bv", "vb", "nr", "nrs", "ca", "incl", "excl", "mevr", "dhr", "hr", "mw", "drs", "dr", "prof", "ir", "mr",
            "ing", "st", "blz", "pag", "art", "jl", "resp", "vgl", "zgn", "evt", "min", "max", "tel", "ong", "afd",
            "jan", "feb", "mrt", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dec",
            "ma", "di", "wo", "do", "vr", "za", "zo", "enz", "etc");
    /** Abbreviations that often close a sentence: before a capital they end it, elsewhere they do not. */
    private static final Set<String> CLOSING_ABBREVIATIONS = Set.of("enz", "etc", "e.d", "e.a", "e.v");

    private DutchSentences() {
    }

    /** The sentences of one block, each with its end punctuation; a block without words has none. */
    public static List<String> split(String block) {
        String text = WHITESPACE.matcher(block).replaceAll(" ").strip();
        List<String> sentences = new ArrayList<>();
        int start = 0;
        Matcher end = END.matcher(text);
        while (end.find()) {
            if (endsSentence(text, start, end)) {
                add(sentences, text.substring(start, end.end()));
                start = end.end();
            }
        }
        add(sentences, text.substring(start));
        return sentences;
    }

    /** The words of a sentence: pieces between white space that hold a letter or digit, punctuation trimmed. */
    public static List<String> words(String sentence) {
        List<String> words = new ArrayList<>();
        for (String piece : WHITESPACE.split(sentence.strip())) {
            if (WORD.matcher(piece).find()) {
                words.add(EDGES.matcher(piece).replaceAll(""));
            }
        }
        return words;
    }

    private static boolean endsSentence(String text, int start, Matcher end) {
        int next = end.end();
        while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        if (next == text.length() || Character.isLowerCase(text.charAt(next)) && !NEXT_ENUMERATOR.matcher(text)
                .region(next, text.length()).lookingAt()) {
            return false;
        }
        if (!end.group().startsWith(".") || end.group().startsWith("..")) {
            return true;
        }
        if (ENUMERATOR.matcher(text.substring(start, end.start()).strip()).matches()) {
            return false;
        }
        String before = wordBefore(text, start, end.start());
        String lower = before.toLowerCase(Locale.ROOT);
        if (CLOSING_ABBREVIATIONS.contains(lower)) {
            return true;
        }
        return !(ABBREVIATIONS.contains(lower) || LETTER_ABBREVIATION.matcher(before).matches());
    }

    /** The word that the full stop at {@code dot} closes, without an opening bracket or quote. */
    private static String wordBefore(String text, int start, int dot) {
        int from = dot;
        while (from > start && !Character.isWhitespace(text.charAt(from - 1))) {
            from--;
        }
        return EDGES.matcher(text.substring(from, dot)).replaceAll("");
    }

    private static void add(List<String> sentences, String sentence) {
        if (WORD.matcher(sentence).find()) {
            sentences.add(sentence.strip());
        }
    }
}
