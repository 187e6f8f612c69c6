package nl.soneta.site.importer;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Joins two PDF lines and decides what to do with a hyphen at the end of the first. Dutch writes many real
 * hyphens ("Wmo-raad", "24-uurszorg", "stress-sensitieve"), so a hyphen is only removed when the joined word
 * occurs elsewhere in the document or in a small list of words; otherwise it stays and is reported.
 */
public final class Hyphenation {
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Pattern HEAD = Pattern.compile("(\\p{L}+)-$");
    private static final Pattern TAIL = Pattern.compile("^(\\p{Ll}+)");
    /** Words of the social domain that PDFs often break and a short document may not repeat. */
    private static final Set<String> BUILT_IN = Set.of("ondersteuning", "samenwerking", "organisaties",
            "maatschappelijke", "voorzieningen", "vrijwilligers", "mantelzorgers", "burgerkracht", "ontwikkeling",
            "verantwoordelijkheid", "gemeenteraad", "bijeenkomsten", "professionals", "activiteiten",
            "bewoners", "inwoners", "bestaanszekerheid", "eenzaamheid", "gezondheid", "jongeren");

    private final Set<String> words = new HashSet<>();

    /** Knows the words of {@code lines}, the whole document, as evidence for removing a hyphen. */
    public Hyphenation(List<SourceLine> lines) {
        for (SourceLine line : lines) {
            Matcher m = WORD.matcher(line.text());
            while (m.find()) {
                words.add(m.group().toLowerCase(Locale.ROOT));
            }
        }
    }

    /** Joins {@code next} to {@code text}, undoing a line-end hyphenation where the evidence says so. */
    public String join(String text, String next, int line, ImportReport report) {
        String a = text.stripTrailing();
        String b = next.strip();
        Matcher head = HEAD.matcher(a);
        if (!head.find()) {
            return joinPlain(a, b);
        }
        Matcher tail = TAIL.matcher(b);
        if (!tail.find()) {
            return a + b; // "onderwijs-" + "Arbeidsmarkt…" or "24-" + "uurs": a real hyphen
        }
        String joined = (head.group(1) + tail.group(1)).toLowerCase(Locale.ROOT);
        if (words.contains(joined) || BUILT_IN.contains(joined)) {
            return a.substring(0, a.length() - 1) + b;
        }
        if (!head.group(1).equals(head.group(1).toLowerCase(Locale.ROOT))) {
            return a + b; // "VN-verdrag", "MRA-agenda": an abbreviation before the hyphen is never a line break
        }
        report.add(line, ImportReport.Kind.HYPHEN_KEPT, "afbreekstreepje behouden in '" + head.group(1) + "-"
                + tail.group(1) + "'; '" + joined + "' komt verder niet voor");
        return a + b;
    }

    /** Joins without evidence: a space, or nothing after a hyphen (the hyphen is kept). */
    public static String joinPlain(String text, String next) {
        String a = text.stripTrailing();
        String b = next.strip();
        if (a.isEmpty()) {
            return b;
        }
        return a.endsWith("-") && !a.endsWith(" -") ? a + b : a + " " + b;
    }
}
