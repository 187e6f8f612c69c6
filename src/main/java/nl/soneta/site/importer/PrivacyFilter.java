package nl.soneta.site.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The source documents print personal e-mail addresses and phone numbers, which the site must not publish.
 * The importer cannot tell a personal address from an organisation's, so it leaves every one out of the draft
 * and reports where it was; an editor puts back what is public. (A bare address would also become a broken
 * link in the build.)
 */
public final class PrivacyFilter {
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    private static final Pattern PHONE = Pattern.compile("(?<![\\d-])(?:\\+31[ -]?|0)(?:6[ -]?\\d{8}|\\d{2,3}[ -]?\\d{6,7})(?!\\d)");
    static final String EMAIL_LEFT_OUT = "(e-mailadres weggelaten)";
    static final String PHONE_LEFT_OUT = "(telefoonnummer weggelaten)";

    private PrivacyFilter() {
    }

    public static List<SourceLine> filter(List<SourceLine> lines, ImportReport report) {
        List<SourceLine> out = new ArrayList<>(lines.size());
        for (SourceLine line : lines) {
            String text = replace(EMAIL, line.text(), EMAIL_LEFT_OUT, "e-mailadres", line.number(), report);
            text = replace(PHONE, text, PHONE_LEFT_OUT, "telefoonnummer", line.number(), report);
            out.add(new SourceLine(line.number(), text));
        }
        return out;
    }

    public static List<Footnote> filterFootnotes(List<Footnote> footnotes, ImportReport report) {
        return footnotes.stream().map(f -> new Footnote(f.label(), f.number(),
                replace(PHONE, replace(EMAIL, f.text(), EMAIL_LEFT_OUT, "e-mailadres", f.line(), report),
                        PHONE_LEFT_OUT, "telefoonnummer", f.line(), report), f.line())).toList();
    }

    private static String replace(Pattern pattern, String text, String replacement, String what, int line,
            ImportReport report) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            report.add(line, ImportReport.Kind.PRIVACY, what + " weggelaten (privacy); zet het alleen terug als het"
                    + " van een organisatie is");
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
