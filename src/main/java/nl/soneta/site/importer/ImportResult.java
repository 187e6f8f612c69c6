package nl.soneta.site.importer;

import java.util.List;

/** The draft, the report, and the figures the command prints as a summary. */
public record ImportResult(String title, String markdown, ImportReport report, int wordsIn, List<Block> blocks,
        List<Footnote> footnotes) {

    public long paragraphs() {
        return blocks.stream().filter(b -> b.type() == Block.Type.PARAGRAPH).count();
    }

    public long headings() {
        return blocks.stream().filter(b -> b.type() == Block.Type.HEADING).count();
    }

    /** Lists, not items: a run of consecutive items is one list. */
    public long lists() {
        long lists = 0;
        Block previous = null;
        for (Block b : blocks) {
            if (b.type() == Block.Type.ITEM && (previous == null || previous.type() != Block.Type.ITEM)) {
                lists++;
            }
            previous = b;
        }
        return lists;
    }
}
