package nl.soneta.site.importer;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds footnote bodies at page bottoms and turns the markers in the text into Markdown references. A marker is
 * either glued to a word ("ambtenaren1") or a bare number on its own line followed by the rest of the sentence on
 * an indented line. A marker only becomes {@code [^n]} when a body with that number follows it; otherwise the
 * digit might be part of the text, so it is left alone (glued) or dropped and reported (bare).
 */
public final class FootnoteExtractor {
    private static final Pattern BARE_NUMBER = Pattern.compile("\\d{1,2}");
    private static final Pattern NUMBERED_BODY = Pattern.compile("(\\d{1,2})\\s+(\\S.*)");
    /** A digit glued to a lower-case word, optionally after a closing quote: "ambtenaren1", "‘nabijheid’2". */
    private static final Pattern GLUED = Pattern.compile("(?<=\\p{Ll}{2}[’'”)]?)(\\d{1,2})(?=[\\s,.;:)]|$)");
    /** How far above a page end a numbered body may start. */
    private static final int BOTTOM = 8;
    /** How far below its marker a body may be (a page and a bit). */
    private static final int REACH = 120;

    public record Result(List<SourceLine> lines, BitSet pageEnds, List<Footnote> footnotes) {
    }

    private FootnoteExtractor() {
    }

    public static Result extract(PageLayout.Result layout, ImportReport report) {
        List<SourceLine> in = layout.lines();
        Set<Integer> gluedSeen = new HashSet<>();
        List<SourceLine> text = new ArrayList<>();
        List<Integer> origin = new ArrayList<>(); // index in {@code in} of each kept line
        BitSet pageEnds = new BitSet();
        List<Footnote> footnotes = new ArrayList<>();
        List<Integer> bodyAt = new ArrayList<>();
        List<int[]> bareMarkers = new ArrayList<>(); // {index in text, number, source line}
        boolean inZone = false;
        Footnote open = null;
        for (int i = 0; i < in.size(); i++) {
            SourceLine line = in.get(i);
            if (layout.pageEnds().get(i)) {
                inZone = false;
                open = null;
            }
            if (layout.separators().get(i)) {
                inZone = true;
            }
            String t = line.trimmed();
            boolean bare = BARE_NUMBER.matcher(t).matches() && i + 1 < in.size() && !in.get(i + 1).isBreak();
            Matcher numbered = NUMBERED_BODY.matcher(t);
            int number = -1;
            String bodyText = null;
            if (bare && inZone) {
                number = Integer.parseInt(t);
                bodyText = in.get(++i).trimmed();
            } else if (!bare && numbered.matches() && !line.isBreak()
                    && (inZone || gluedSeen.contains(Integer.parseInt(numbered.group(1))) && nearPageEnd(layout, i))) {
                number = Integer.parseInt(numbered.group(1));
                bodyText = numbered.group(2).strip();
            }
            if (bodyText != null) {
                open = new Footnote(footnotes.size() + 1, number, bodyText, line.number());
                footnotes.add(open);
                bodyAt.add(text.size());
                inZone = true; // the lines below a first body are footnotes too, up to the page end
                continue;
            }
            if (open != null && !line.isBreak()) {
                int k = footnotes.size() - 1;
                open = new Footnote(open.label(), open.number(), Hyphenation.joinPlain(open.text(), t), open.line());
                footnotes.set(k, open);
                continue;
            }
            if (open != null) {
                open = null;
                continue;
            }
            if (bare) {
                bareMarkers.add(new int[] {text.size(), Integer.parseInt(t), line.number()});
                // The rest of the sentence is on the next, indented line: glue it to the line before the marker.
                SourceLine next = in.get(++i);
                int last = lastText(text);
                String marker = marker(t);
                if (last >= 0) {
                    SourceLine prev = text.get(last);
                    text.set(last, new SourceLine(prev.number(), prev.text().stripTrailing() + marker + " " + next.trimmed()));
                } else {
                    text.add(new SourceLine(next.number(), next.trimmed()));
                    origin.add(i);
                }
                continue;
            }
            Matcher glued = GLUED.matcher(line.text());
            while (glued.find()) {
                gluedSeen.add(Integer.parseInt(glued.group(1)));
            }
            if (layout.pageEnds().get(i)) {
                pageEnds.set(text.size());
            }
            text.add(line);
            origin.add(i);
        }
        resolveMarkers(text, footnotes, bodyAt, report);
        return new Result(text, pageEnds, footnotes);
    }

    /** How a bare marker is carried in a line until its body is known. */
    static String marker(String number) {
        return "\u0000" + number + "\u0000";
    }

    private static boolean nearPageEnd(PageLayout.Result layout, int i) {
        int end = layout.pageEnds().nextSetBit(i + 1);
        return (end < 0 ? layout.lines().size() : end) - i <= BOTTOM;
    }

    private static int lastText(List<SourceLine> text) {
        for (int k = text.size() - 1; k >= 0; k--) {
            if (!text.get(k).isBreak()) {
                return k;
            }
        }
        return -1;
    }

    /** Rewrites bare and glued markers to {@code [^label]} of the next body with the same number. */
    private static void resolveMarkers(List<SourceLine> text, List<Footnote> footnotes, List<Integer> bodyAt,
            ImportReport report) {
        Set<Integer> referenced = new HashSet<>();
        for (int k = 0; k < text.size(); k++) {
            SourceLine line = text.get(k);
            final int at = k;
            StringBuilder out = new StringBuilder();
            Matcher bare = Pattern.compile("\\u0000(\\d{1,2})\\u0000").matcher(line.text());
            while (bare.find()) {
                Footnote target = nextBody(footnotes, bodyAt, Integer.parseInt(bare.group(1)), at);
                if (target == null) {
                    report.add(line.number(), ImportReport.Kind.UNMATCHED_FOOTNOTE,
                            "losse voetnootverwijzing " + bare.group(1) + " zonder voetnoottekst; weggelaten");
                    bare.appendReplacement(out, "");
                } else {
                    referenced.add(target.label());
                    bare.appendReplacement(out, "[^" + target.label() + "]");
                }
            }
            bare.appendTail(out);
            String s = out.toString();
            Matcher glued = GLUED.matcher(s);
            StringBuilder out2 = new StringBuilder();
            while (glued.find()) {
                Footnote target = nextBody(footnotes, bodyAt, Integer.parseInt(glued.group(1)), at);
                if (target == null) {
                    glued.appendReplacement(out2, glued.group(1));
                } else {
                    referenced.add(target.label());
                    glued.appendReplacement(out2, "[^" + target.label() + "]");
                }
            }
            glued.appendTail(out2);
            text.set(k, new SourceLine(line.number(), out2.toString()));
        }
        for (Footnote f : footnotes) {
            if (!referenced.contains(f.label())) {
                report.add(f.line(), ImportReport.Kind.UNMATCHED_FOOTNOTE,
                        "voetnoottekst " + f.number() + " zonder verwijzing in de tekst");
            }
        }
    }

    private static Footnote nextBody(List<Footnote> footnotes, List<Integer> bodyAt, int number, int at) {
        for (int k = 0; k < footnotes.size(); k++) {
            if (footnotes.get(k).number() == number && bodyAt.get(k) >= at && bodyAt.get(k) - at <= REACH) {
                return footnotes.get(k);
            }
        }
        return null;
    }
}
