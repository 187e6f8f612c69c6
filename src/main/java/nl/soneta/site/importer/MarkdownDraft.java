package nl.soneta.site.importer;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the blocks as a publication draft: front matter that passes the site's check (a publication needs
 * title, date and publisher; {@code draft: true} keeps it off the site until an editor has been through it),
 * then the body and the footnote definitions.
 */
public final class MarkdownDraft {
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("januari", 1),
            Map.entry("februari", 2), Map.entry("maart", 3), Map.entry("april", 4), Map.entry("mei", 5),
            Map.entry("juni", 6), Map.entry("juli", 7), Map.entry("augustus", 8), Map.entry("september", 9),
            Map.entry("oktober", 10), Map.entry("november", 11), Map.entry("december", 12));
    private static final Pattern DUTCH_DATE = Pattern.compile(
            "\\b(\\d{1,2}) (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) (\\d{4})\\b");
    private static final Pattern NUMBERED_START = Pattern.compile("^(\\d{1,2})([.)]\\s)");

    private MarkdownDraft() {
    }

    /** The title: the first heading, else the first paragraph if it is short, else a placeholder. */
    public static String title(List<Block> blocks) {
        for (Block b : blocks) {
            if (b.type() == Block.Type.HEADING) {
                return b.text();
            }
        }
        return blocks.stream().filter(b -> b.text().length() <= 80).map(Block::text).findFirst()
                .orElse("Geïmporteerd document");
    }

    /** The first Dutch date in the text ("3 november 2023"), if any. */
    public static Optional<LocalDate> firstDate(List<Block> blocks) {
        for (Block b : blocks) {
            Matcher m = DUTCH_DATE.matcher(b.text());
            while (m.find()) {
                try {
                    return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), MONTHS.get(m.group(2)),
                            Integer.parseInt(m.group(1))));
                } catch (java.time.DateTimeException e) {
                    // "31 februari": not a date, look further
                }
            }
        }
        return Optional.empty();
    }

    public static String write(String title, LocalDate date, List<Block> blocks, List<Footnote> footnotes) {
        StringBuilder md = new StringBuilder();
        md.append("---\n")
                .append("title: ").append(yamlString(title)).append('\n')
                .append("date: ").append(date).append('\n')
                .append("publisher: \"onbekend\"\n")
                .append("summary: \"\"\n")
                .append("draft: true\n")
                .append("---\n");
        Block previous = null;
        for (Block raw : blocks) {
            // Extracts keep the double spaces of justified text; Markdown would keep them in headings.
            Block b = raw.withText(raw.text().replaceAll("[ \\t\\u00A0]{2,}", " ").strip());
            boolean sameList = previous != null && previous.type() == Block.Type.ITEM && b.type() == Block.Type.ITEM;
            if (!sameList) {
                md.append('\n');
            }
            switch (b.type()) {
                case HEADING -> md.append("#".repeat(b.level())).append(' ').append(b.text()).append('\n');
                case PARAGRAPH -> md.append(NUMBERED_START.matcher(b.text()).replaceFirst("$1\\\\$2")).append('\n');
                case ITEM -> md.append(item(b, previous)).append('\n');
            }
            previous = b;
        }
        if (!footnotes.isEmpty()) {
            md.append('\n');
            for (Footnote f : footnotes) {
                md.append("[^").append(f.label()).append("]: ").append(f.text()).append('\n');
            }
        }
        return md.toString();
    }

    private static String item(Block b, Block previous) {
        // Children of a numbered item must be indented past "1. ", children of a bullet past "- ".
        String indent = b.level() == 0 ? ""
                : previous != null && previous.type() == Block.Type.ITEM && previous.level() == 0 && previous.number() > 0
                        ? "   " : "  ";
        String marker = b.number() > 0 ? b.number() + "." : "-";
        return indent + marker + " " + b.text();
    }

    static String yamlString(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
