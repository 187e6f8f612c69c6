package nl.soneta.site.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dutch paragraphs and words taken from the site's own publications. Real report prose gives the search index
 * a realistic vocabulary, and a fresh clone has it without any outside seed texts.
 *
 * @param paragraphs plain-text paragraphs, free of any character that Markdown would read as markup
 * @param words      every word of four or more letters, repeats included, so that picks follow real frequencies
 */
record DutchText(List<String> paragraphs, List<String> words) {
    private static final int MIN_PARAGRAPH_LENGTH = 80;
    private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n");
    private static final Pattern FOOTNOTE_REFERENCE = Pattern.compile("\\[\\^[^\\]]*\\]");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern EMPHASIS = Pattern.compile("\\*+|__");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Blocks that are not running prose: headings, tables, lists, footnote texts, HTML. */
    private static final Pattern NOT_PROSE = Pattern.compile("(#|\\||- |\\* |\\d+\\. |\\[\\^|<).*", Pattern.DOTALL);
    /** Characters that could still turn a generated page's text into markup; paragraphs with them are left out. */
    private static final Pattern MARKUP = Pattern.compile("[<>\\[\\]|*_`#\\\\{}]");
    private static final Pattern WORD = Pattern.compile("[A-Za-zÀ-ÿ]{4,}");

    DutchText {
        if (paragraphs.isEmpty()) {
            throw new IllegalArgumentException("no Dutch paragraphs to build a corpus from");
        }
        paragraphs = List.copyOf(paragraphs);
        words = List.copyOf(words);
    }

    /** The prose of every Markdown file under {@code content/publicaties}, in file-name order. */
    static DutchText fromPublications(Path contentDir) {
        List<String> paragraphs = new ArrayList<>();
        for (Path file : markdownFiles(contentDir.resolve("publicaties"))) {
            for (String block : BLANK_LINES.split(withoutFrontMatter(read(file)))) {
                prose(block.strip()).ifPresent(paragraphs::add);
            }
        }
        List<String> words = new ArrayList<>();
        for (String paragraph : paragraphs) {
            Matcher word = WORD.matcher(paragraph);
            while (word.find()) {
                words.add(word.group());
            }
        }
        return new DutchText(paragraphs, words);
    }

    private static Optional<String> prose(String block) {
        if (NOT_PROSE.matcher(block).matches()) {
            return Optional.empty();
        }
        StringBuilder joined = new StringBuilder();
        for (String line : block.split("\n")) {
            String text = line.strip();
            joined.append(text.startsWith(">") ? text.substring(1) : text).append(' ');
        }
        String plain = FOOTNOTE_REFERENCE.matcher(joined).replaceAll("");
        plain = LINK.matcher(plain).replaceAll("$1");
        plain = EMPHASIS.matcher(plain).replaceAll("");
        plain = SPACES.matcher(plain).replaceAll(" ").strip();
        boolean usable = plain.length() > MIN_PARAGRAPH_LENGTH && Character.isLetter(plain.charAt(0))
                && !MARKUP.matcher(plain).find();
        return usable ? Optional.of(plain) : Optional.empty();
    }

    private static String withoutFrontMatter(String text) {
        if (!text.startsWith("---\n")) {
            return text;
        }
        int end = text.indexOf("\n---\n", 4);
        return end < 0 ? text : text.substring(end + 5);
    }

    private static List<Path> markdownFiles(Path folder) {
        try (var files = Files.walk(folder)) {
            return files.filter(f -> f.toString().endsWith(".md")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the publications in " + folder, e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
