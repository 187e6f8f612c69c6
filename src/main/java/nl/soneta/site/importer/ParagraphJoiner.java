package nl.soneta.site.importer;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns PDF lines into blocks. A PDF breaks a paragraph at every line end and a sentence at every page end;
 * the lines of a paragraph are joined (undoing hyphenation), a sentence cut by a page break is joined across
 * it, and headings and list items start blocks of their own.
 */
public final class ParagraphJoiner {
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?:;]['’”)]?$");
    private static final Pattern NUMBER_DOT = Pattern.compile("(\\d{1,2})[.)]\\s.*");
    /**
     * Lines well short of the text width without end punctuation, several in a row, are more likely the cells
     * of a flattened table than prose (prose lines run to the margin; its short lines end a sentence).
     */
    private static final int SHORT = 30;
    private static final int TABLE_RUN = 5;

    private final Hyphenation hyphenation;
    private final ImportReport report;

    public ParagraphJoiner(Hyphenation hyphenation, ImportReport report) {
        this.hyphenation = hyphenation;
        this.report = report;
    }

    public List<Block> join(List<SourceLine> lines, BitSet pageEnds) {
        int shortWidth = shortWidth(lines);
        List<Block> blocks = new ArrayList<>();
        Block open = null;
        int blockLines = 0;
        int shortRun = 0;
        int shortRunStart = 0;
        boolean tableReported = false;
        for (int i = 0; i < lines.size(); i++) {
            SourceLine line = lines.get(i);
            String t = line.trimmed();
            if (line.isBreak()) {
                closeSingleLine(blocks, open, blockLines);
                open = null;
                continue;
            }
            boolean shortLine = t.length() < Math.max(SHORT, shortWidth) && !SENTENCE_END.matcher(t).matches();
            if (shortLine) {
                if (shortRun++ == 0) {
                    shortRunStart = line.number();
                }
                if (shortRun == TABLE_RUN && !tableReported) {
                    report.add(shortRunStart, ImportReport.Kind.SUSPECTED_TABLE,
                            TABLE_RUN + " of meer korte regels achter elkaar: misschien een tabel, controleer de opmaak");
                    tableReported = true;
                }
            } else {
                shortRun = 0;
                tableReported = false;
            }
            if (t.chars().noneMatch(Character::isLetterOrDigit)) {
                report.add(line.number(), ImportReport.Kind.UNCLASSIFIED, "regel zonder tekst weggelaten: '" + t + "'");
                continue;
            }
            // A sentence cut by a page break (or a paragraph break in an extract) runs on in lower case.
            Block last = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
            if (pageEnds.get(i)) {
                boolean runsOn = last != null && last.type() != Block.Type.HEADING
                        && !SENTENCE_END.matcher(last.text()).matches() && startsLowerCase(t);
                open = runsOn ? last : null;
            }
            int heading = headingLevel(lines, i, t, last);
            ListDetector.Item item = heading > 0 ? null : ListDetector.detect(t);
            if (heading > 0) {
                closeSingleLine(blocks, open, blockLines);
                blocks.add(new Block(Block.Type.HEADING, heading, 0, false, t, line.number()));
                open = null;
            } else if (item != null) {
                closeSingleLine(blocks, open, blockLines);
                int level = item.level();
                if (item.lettered() && last != null && last.type() == Block.Type.ITEM && !last.lettered()
                        && last.number() > 0 && last.level() == 0) {
                    level = 1; // a. b. under 1. 2.
                } else if (item.lettered() && last != null && last.type() == Block.Type.ITEM && last.lettered()) {
                    level = last.level();
                }
                open = new Block(Block.Type.ITEM, level, item.number(), item.lettered(), item.text(), line.number());
                blocks.add(open);
                blockLines = 1;
            } else if (open != null && open.type() == Block.Type.PARAGRAPH && blockLines == 1
                    && HeadingDetector.maybeUnnumbered(open.text()) && open.text().length() < shortWidth
                    && !startsLowerCase(t)) {
                // "Advies aan Almere" over "We onderschrijven…": a short title line, not the start of a sentence.
                closeSingleLine(blocks, open, blockLines);
                open = new Block(Block.Type.PARAGRAPH, 0, 0, false, t, line.number());
                blocks.add(open);
                blockLines = 1;
            } else if (open != null) {
                open = open.withText(hyphenation.join(open.text(), t, line.number(), report));
                blocks.set(blocks.size() - 1, open);
                blockLines++;
            } else {
                open = new Block(Block.Type.PARAGRAPH, 0, 0, false, t, line.number());
                blocks.add(open);
                blockLines = 1;
            }
            if (heading == 0 && endsParagraph(line, shortWidth)) {
                closeSingleLine(blocks, open, blockLines);
                open = null;
            }
        }
        closeSingleLine(blocks, open, blockLines);
        return blocks;
    }

    /**
     * Some extracts have no blank line between paragraphs. A sentence end on a line that is clearly shorter
     * than the text width, or followed by two spaces (how those extracts mark it), ends the paragraph.
     */
    private static boolean endsParagraph(SourceLine line, int shortWidth) {
        String t = line.trimmed();
        if (!t.matches(".*[.!?]['’”)]?$")) {
            return false;
        }
        return line.text().endsWith("  ") || t.length() < shortWidth;
    }

    /** Two thirds of the width of the longer lines (the 90th percentile), the width of a full line of text. */
    private static int shortWidth(List<SourceLine> lines) {
        int[] lengths = lines.stream().filter(l -> !l.isBreak()).mapToInt(l -> l.trimmed().length()).sorted().toArray();
        return lengths.length < 5 ? 0 : lengths[(int) (lengths.length * 0.9)] * 2 / 3;
    }

    /** Numbered lines are list items when a neighbour continues the count, headings otherwise. */
    private static int headingLevel(List<SourceLine> lines, int i, String t, Block last) {
        int level = HeadingDetector.level(t);
        var m = NUMBER_DOT.matcher(t);
        if (level == 2 && m.matches()) {
            int n = Integer.parseInt(m.group(1));
            if (last != null && last.type() == Block.Type.ITEM && last.number() == n - 1) {
                return 0;
            }
            String next = nextText(lines, i);
            if (next != null && next.startsWith((n + 1) + ".")) {
                return 0;
            }
        }
        return level;
    }

    private static String nextText(List<SourceLine> lines, int i) {
        for (int k = i + 1; k < lines.size() && k <= i + 6; k++) {
            String t = lines.get(k).trimmed();
            if (t.matches("\\d{1,2}[.)]\\s.*")) {
                return t;
            }
        }
        return null;
    }

    /** A paragraph of one short line without punctuation may be an unnumbered heading: say so. */
    private void closeSingleLine(List<Block> blocks, Block open, int blockLines) {
        if (open != null && open.type() == Block.Type.PARAGRAPH && blockLines == 1
                && HeadingDetector.maybeUnnumbered(open.text())) {
            report.add(open.line(), ImportReport.Kind.POSSIBLE_HEADING,
                    "korte losse regel '" + open.text() + "' is als tekst overgenomen; misschien een kop");
        }
    }

    private static boolean startsLowerCase(String t) {
        return !t.isEmpty() && Character.isLowerCase(t.codePointAt(0));
    }
}
