package nl.soneta.site.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

/**
 * News items made of real Dutch text, shaped like the pages of shared/tools/gen_corpus.py (which made the corpus
 * of the Hugo and Pagefind figures in the issues): 2-5 sections, each a heading, paragraphs and sometimes a list,
 * a table or a link to another item; 1-3 themes; a summary; about 4 KB a page.
 * Items come from one random sequence, so the same seed always gives the same items in the same order.
 */
final class SyntheticNews {
    private static final LocalDate FIRST_DATE = LocalDate.of(2015, 1, 1);
    private static final int DATE_RANGE_DAYS = 3800;
    private static final int SUMMARY_LENGTH = 160;
    private static final int LIST_ITEM_LENGTH = 120;
    private static final int TABLE_CELL_LENGTH = 60;
    private static final int TABLE_ROWS = 4;

    private final DutchText text;
    private final List<String> themes;
    private final int total;
    private final Random random;

    /**
     * @param themes the slugs items may carry: the real site's themes, so the model accepts them
     * @param total  how many items there will be: the range that links between items point into
     */
    SyntheticNews(DutchText text, List<String> themes, int total, long seed) {
        this.text = text;
        this.themes = List.copyOf(themes);
        this.total = total;
        this.random = new Random(seed);
    }

    /** The file name of item {@code number} (1-based) in content/nieuws/. */
    static String fileName(int number) {
        return String.format(Locale.ROOT, "page-%05d.md", number);
    }

    /** The Markdown file, front matter included, of the next item. */
    String next() {
        String title = sentenceCase(words(between(3, 7)));
        LocalDate date = FIRST_DATE.plusDays(random.nextInt(DATE_RANGE_DAYS + 1));
        List<String> itemThemes = sampleOfThemes(between(1, 3));
        List<String> blocks = new ArrayList<>();
        int sections = between(2, 5);
        for (int s = 0; s < sections; s++) {
            blocks.add("## " + sentenceCase(words(between(2, 5))));
            int paragraphs = between(1, 4);
            for (int p = 0; p < paragraphs; p++) {
                blocks.add(paragraph());
            }
            extra().ifPresent(blocks::add);
        }
        String summary = prefix(paragraph(), SUMMARY_LENGTH).replace('"', '\'');
        return "---\n"
                + "title: \"" + title + "\"\n"
                + "date: " + date + "\n"
                + "themes: [" + String.join(", ", itemThemes) + "]\n"
                + "summary: \"" + summary + "\"\n"
                + "---\n\n"
                + String.join("\n\n", blocks) + "\n";
    }

    /** Half of the sections end in a list, a table or a link, in gen_corpus.py's proportions 3:1:1. */
    private Optional<String> extra() {
        double kind = random.nextDouble();
        if (kind < 0.3) {
            List<String> items = new ArrayList<>();
            int count = between(2, 5);
            for (int i = 0; i < count; i++) {
                items.add("- " + prefix(paragraph(), LIST_ITEM_LENGTH));
            }
            return Optional.of(String.join("\n", items));
        }
        if (kind < 0.4) {
            StringBuilder table = new StringBuilder("| Onderwerp | Aantal | Toelichting |\n|---|---:|---|");
            for (int row = 0; row < TABLE_ROWS; row++) {
                table.append("\n| ").append(word()).append(" | ").append(between(1, 999)).append(" | ")
                        .append(prefix(paragraph(), TABLE_CELL_LENGTH)).append(" |");
            }
            return Optional.of(table.toString());
        }
        if (kind < 0.5) {
            // A relative link to the other item's file, which the build's link checker resolves.
            return Optional.of("Lees ook [" + word() + "](" + fileName(between(1, total)) + ").");
        }
        return Optional.empty();
    }

    private List<String> sampleOfThemes(int count) {
        List<String> shuffled = new ArrayList<>(themes);
        Collections.shuffle(shuffled, random);
        return shuffled.subList(0, Math.min(count, shuffled.size()));
    }

    private String words(int count) {
        List<String> picked = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            picked.add(word());
        }
        return String.join(" ", picked);
    }

    private String word() {
        return text.words().get(random.nextInt(text.words().size()));
    }

    private String paragraph() {
        return text.paragraphs().get(random.nextInt(text.paragraphs().size()));
    }

    private int between(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    private static String prefix(String paragraph, int length) {
        return paragraph.substring(0, Math.min(length, paragraph.length())).strip();
    }

    /** "Minima Nieuwe FINANCIEEL" → "Minima nieuwe financieel", as Python's str.capitalize does in gen_corpus.py. */
    private static String sentenceCase(String words) {
        String lower = words.toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
