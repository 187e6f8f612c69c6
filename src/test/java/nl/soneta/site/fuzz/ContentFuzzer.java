package nl.soneta.site.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import nl.soneta.site.content.ContentKind;
import nl.soneta.site.content.ContentSchema;
import nl.soneta.site.content.FieldSpec;
import nl.soneta.site.content.FieldType;

/**
 * Writes bad content files from a seed: the same category, seed and number give the same bytes, so every failure
 * can be made again alone. Each case is bad on purpose and, where it can be known, says on which lines the
 * mistake is, so the fuzz run can check that the diagnostic points there.
 */
final class ContentFuzzer {
    /** Ten million bytes: the large file issue 9 asks for. */
    static final int HUGE_FILE_BYTES = 10_000_000;
    static final String BROKEN_LINK = "[kapot](bestaat-niet.md)";

    /** Valid values for every field of the schema; they refer to the fixture items {@link FuzzTree} writes. */
    private static final Map<String, String> VALID = Map.ofEntries(
            Map.entry("title", "\"Fuzz\""), Map.entry("summary", "\"Een korte samenvatting.\""),
            Map.entry("draft", "false"), Map.entry("publishDate", "2026-01-01"), Map.entry("expiryDate", "2030-01-01"),
            Map.entry("order", "3"), Map.entry("kind", "belangenorganisatie"), Map.entry("themes", "[fuzz-thema]"),
            Map.entry("audiences", "[ouderen]"), Map.entry("districts", "[almere-haven]"),
            Map.entry("website", "https://www.voorbeeld.nl/"), Map.entry("email", "info@voorbeeld.nl"),
            Map.entry("phone", "036 123 4567"), Map.entry("address", "\"Stadhuisplein 1\""),
            Map.entry("checked", "2026-11-01"), Map.entry("sources", "[fuzz-bron]"), Map.entry("date", "2026-11-01"),
            Map.entry("organisations", "[fuzz-org]"), Map.entry("start", "2027-01-14T19:30"),
            Map.entry("end", "2027-01-14T21:30"), Map.entry("location", "Stadhuis"),
            Map.entry("registration", "https://www.voorbeeld.nl/aanmelden"), Map.entry("report", "fuzz-bron"),
            Map.entry("publisher", "Testnet"), Map.entry("pdf", "fuzz.pdf"), Map.entry("number", "7"),
            Map.entry("news", "[fuzz-nieuws]"), Map.entry("events", "[fuzz-agenda]"));

    /** Values that no field of the type accepts. */
    private static final Map<FieldType, List<String>> WRONG = Map.of(
            FieldType.TEXT, List.of("[een, twee]", "{a: b}", "[]", "{}", "[[x]]"),
            FieldType.NUMBER, List.of("drie", "3.5", "1e3", "0x10", "[1]", "{n: 1}", "\"\"\"", "twaalf", "3 4", "- 1"),
            FieldType.FLAG, List.of("ja", "yes", "1", "[true]", "{a: b}", "waar", "TRUE!", "nee"),
            FieldType.DATE, List.of("12-03-2026", "2026-02-30", "2026-13-01", "morgen", "2026/03/12", "[2026-01-01]",
                    "2026-03-12T10:00", "2026-3-1", "{d: 2026-01-01}"),
            FieldType.DATE_TIME, List.of("2026-12-10", "2026-12-10T25:00", "om acht uur", "[2026-12-10T19:30]",
                    "2026-12-10 19:30:99", "{t: 1}", "19:30"),
            FieldType.WEB_ADDRESS, List.of("www.almere.nl", "javascript:alert(1)", "ftp://x.nl/", "https://",
                    "[https://a.nl/]", "\"http://exa mple.com\"", "data:text/html,x", "//almere.nl"),
            FieldType.EMAIL, List.of("info@", "geen adres", "@voorbeeld.nl", "[a@b.nl]", "info@voorbeeld", "{a: b}"),
            FieldType.PHONE, List.of("bel ons", "12", "[036 123 4567]", "{a: b}", "nummer volgt"),
            FieldType.LIST, List.of("{a: b}", "[[a]]", "[{a: b}]", "[\"\"]", "[bestaat-niet]", "[ ' ' ]"));

    private static final String[] HUGE_NUMBERS = {"99999999999999999999", "-2147483649", "2147483648", "1e999",
            "-1e400", "9".repeat(400), "0b" + "1".repeat(100), "+9223372036854775808", "1_000_000_000_000", ".inf",
            "-.inf", ".nan", "123456789012345678901234567890.5"};
    private static final String[] HUGE_DATES = {"99999-01-01", "2026-01-99999", "-999999999-01-01", "2026-99999999999-01",
            "10000000000-12-31", "2026-12-10T99999:00"};
    private static final String[] INVALID_UTF8 = {"ff", "fe", "c0af", "e08080", "eda080", "f4908080", "80", "c3",
            "e282", "f09f", "f8888080", "fc8480808080", "eb", "c328"};
    private static final String[] MARKDOWN_TOKENS = {"*", "**", "_", "__", "[", "]", "(", ")", "![", "<", ">", "`", "``",
            "<div>", "</div>", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "&#0;", "&#99999999;",
            "&#xD800;", "&amp", "[^1]", "[^x]:", "|", "|---|", "\\", "~~", "$", "{#id}", "[a][b]", "[b]: /x",
            "<!--", "-->", "<?php", "]]>", "https://", "www.", "@", "#", "[x](javascript:alert(1))", "[x](<y z>)",
            "![a](b \"c\")", "\u00a0", "\u200b", "\u202e", "\ud83d\ude00", "é", "ß", "Ω", "word", "woord"};
    private static final String[] LINE_STARTS = {"> ", "- ", "* ", "+ ", "1. ", "# ", "###### ", "    ", "| a | b |",
            "---", "***", "=== ", "Term", ": def", "[^1]: x", ""};

    private final SplittableRandom random;
    private final FuzzCategory category;
    private final long seed;
    private final String path;

    private ContentFuzzer(FuzzCategory category, long seed, int number) {
        this.random = new SplittableRandom(seed);
        this.category = category;
        this.seed = seed;
        this.path = "%s/fuzz-" + number + ".md";
    }

    static FuzzCase generate(FuzzCategory category, long seed, int number) {
        return new ContentFuzzer(category, seed, number).generate();
    }

    private FuzzCase generate() {
        return switch (category) {
            case TRUNCATED_YAML -> truncated();
            case TABS -> tabs();
            case WRONG_TYPES -> wrongType();
            case HUGE_NUMBERS -> hugeNumber();
            case DEEP_NESTING -> random.nextBoolean() ? deepYaml() : deepMarkdown();
            case ALIAS_BOMB -> aliasBomb();
            case BINARY_JUNK -> binaryJunk();
            case INVALID_UTF8 -> invalidUtf8();
            case BOM -> bom();
            case LINE_ENDINGS -> lineEndings();
            case LONG_LINES -> longLine();
            case MARKDOWN_JUNK -> markdownJunk();
            case HUGE_FILE -> hugeFile(seed % 2 == 0 ? HUGE_FILE_BYTES : nl.soneta.site.content.SourceReader.MAX_FILE_BYTES + 1);
        };
    }

    // ---- front matter --------------------------------------------------------------------------------------

    /** A valid front matter of a kind as lines, the fields in random order; the title may be asked to come last. */
    private List<String> validFields(ContentKind kind, boolean allFields) {
        List<String> lines = new ArrayList<>();
        for (FieldSpec field : ContentSchema.fields(kind)) {
            if (field.required() || (allFields && random.nextInt(3) == 0)) {
                lines.add(field.name() + ": " + VALID.get(field.name()));
            }
        }
        shuffle(lines);
        return lines;
    }

    private FuzzCase truncated() {
        ContentKind kind = anyKind();
        List<String> lines = validFields(kind, true);
        lines.removeIf(l -> l.startsWith("title:"));
        // Cutting anywhere before the closing quote of the last line leaves a quote open or the title missing or cut.
        lines.add("title: \"" + words(1 + random.nextInt(6)) + "\"");
        String yaml = String.join("\n", lines);
        String cut = yaml.substring(0, random.nextInt(yaml.length() - 1));
        String text = random.nextInt(4) == 0 ? "---\n" + cut : "---\n" + cut + "\n---\n" + paragraph();
        return textCase(kind, text, 0, 0, "cut at " + cut.length() + " of " + yaml.length());
    }

    private FuzzCase tabs() {
        ContentKind kind = anyKind();
        List<String> lines = validFields(kind, true);
        int at = random.nextInt(lines.size() + 1);
        String line = switch (random.nextInt(4)) {
            case 0 -> "\t" + lines.get(Math.min(at, lines.size() - 1));
            case 1 -> "themes:\n\t- fuzz-thema";
            case 2 -> "  \t" + lines.get(Math.min(at, lines.size() - 1));
            default -> "audiences:\n  - ouderen\n\t- jongeren";
        };
        if (at < lines.size()) {
            lines.remove(at);
        }
        lines.add(at, line);
        String yaml = String.join("\n", lines);
        int tabLine = lineOf(yaml, yaml.indexOf('\t')) + 2;
        return textCase(kind, "---\n" + yaml + "\n---\n" + paragraph(), tabLine, tabLine, "tab in indentation");
    }

    private FuzzCase wrongType() {
        ContentKind kind = anyKind();
        List<FieldSpec> fields = ContentSchema.fields(kind);
        FieldSpec wrong = fields.get(random.nextInt(fields.size()));
        String value = random.nextInt(12) == 0 ? ContentSchema.PLACEHOLDER : pick(WRONG.get(wrong.type()));
        return plantedField(kind, wrong.name(), value, "'" + wrong.name() + "' (" + wrong.type() + ") = " + value);
    }

    private FuzzCase hugeNumber() {
        ContentKind kind = random.nextBoolean() ? ContentKind.NIEUWSBRIEF : ContentKind.HOOFDSTUK;
        return switch (random.nextInt(4)) {
            case 0 -> plantedField(kind, kind == ContentKind.NIEUWSBRIEF ? "number" : "order", pick(HUGE_NUMBERS), "huge number");
            case 1 -> plantedField(ContentKind.NIEUWS, "date", pick(HUGE_DATES), "huge date");
            case 2 -> plantedField(ContentKind.AGENDA, "start", pick(HUGE_DATES) + "T19:30", "huge date and time");
            default -> plantedBody(ContentKind.PAGINA, pick(HUGE_NUMBERS) + ". lijst\n\n" + "9".repeat(1 + random.nextInt(5000))
                    + ") item\n\n[^" + pick(HUGE_NUMBERS) + "]\n\n" + "&#" + pick(HUGE_NUMBERS) + ";", "huge numbers in the body");
        };
    }

    /** A valid front matter with one field set to {@code value}; the mistake is on that field's line. */
    private FuzzCase plantedField(ContentKind kind, String name, String value, String what) {
        List<String> lines = validFields(kind, true);
        lines.removeIf(l -> l.startsWith(name + ":"));
        int at = random.nextInt(lines.size() + 1);
        String planted = name + ": " + value;
        lines.add(at, planted);
        int line = 2 + at;
        // A quote that is never closed is reported where the YAML ends, with the line where it began in the message.
        int last = value.chars().filter(c -> c == '"').count() % 2 == 1 ? lines.size() + 2
                : line + (int) planted.chars().filter(c -> c == '\n').count();
        return textCase(kind, "---\n" + String.join("\n", lines) + "\n---\n" + paragraph(), line, last, what);
    }

    private FuzzCase deepYaml() {
        int depth = 21 + random.nextInt(random.nextInt(8) == 0 ? 50_000 : 2_000);
        String value = switch (random.nextInt(4)) {
            case 0 -> "[".repeat(depth);
            case 1 -> "[".repeat(depth) + "x" + "]".repeat(depth);
            case 2 -> "{a: ".repeat(depth) + "b" + "}".repeat(depth);
            default -> "\n" + blockNesting(Math.min(depth, 3_000));
        };
        return plantedField(ContentKind.PAGINA, random.nextBoolean() ? "title" : "summary", value, "YAML " + depth + " deep");
    }

    private String blockNesting(int depth) {
        StringBuilder yaml = new StringBuilder();
        for (int i = 1; i <= depth; i++) {
            yaml.append(" ".repeat(i)).append(random.nextBoolean() ? "a:" : "-").append(i == depth ? " x" : "").append('\n');
        }
        return yaml.toString().stripTrailing();
    }

    private FuzzCase deepMarkdown() {
        int depth = 33 + random.nextInt(random.nextInt(8) == 0 ? 20_000 : 1_000);
        String body = switch (random.nextInt(6)) {
            case 0 -> ">".repeat(depth) + " diep";
            case 1 -> "> ".repeat(depth) + "diep";
            case 2 -> "- ".repeat(depth) + "diep";
            case 3 -> nestedList(Math.min(depth, 2_000));
            case 4 -> "1. ".repeat(depth) + "diep";
            default -> " ".repeat(depth * 2) + "- diep";
        };
        return plantedBody(ContentKind.PAGINA, body, "Markdown " + depth + " deep");
    }

    private String nestedList(int depth) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            body.append("  ".repeat(i)).append(random.nextBoolean() ? "- " : "1. ").append("niveau ").append(i).append('\n');
        }
        return body.toString();
    }

    private FuzzCase aliasBomb() {
        // A news item reads themes and summary, so an alias there is followed, not only refused as an unknown field.
        StringBuilder yaml = new StringBuilder("title: \"Bom\"\ndate: 2026-11-01\n");
        String what;
        switch (random.nextInt(4)) {
            case 0 -> {
                int levels = 3 + random.nextInt(8);
                int fanOut = 3 + random.nextInt(8);
                yaml.append("lol0: &l0 [").append(String.join(", ", java.util.Collections.nCopies(fanOut, "\"lol\""))).append("]\n");
                for (int level = 1; level <= levels; level++) {
                    yaml.append("lol").append(level).append(": &l").append(level).append(" [");
                    for (int i = 0; i < fanOut; i++) {
                        yaml.append(i > 0 ? ", " : "").append("*l").append(level - 1);
                    }
                    yaml.append("]\n");
                }
                yaml.append("themes: *l").append(levels).append('\n');
                what = "billion laughs " + levels + "x" + fanOut;
            }
            case 1 -> {
                yaml.append("themes: &a [fuzz-thema, *a]\n");
                what = "alias inside its own anchor";
            }
            case 2 -> {
                yaml.append("summary: *nergens\n");
                what = "alias without anchor";
            }
            default -> {
                yaml.append("basis: &b {title: x}\n<<: *b\nthemes: &t [fuzz-thema]\naudiences: *t\n");
                what = "merge key and list alias";
            }
        }
        return textCase(ContentKind.NIEUWS, "---\n" + yaml + "---\n" + paragraph(), 0, 0, what);
    }

    // ---- bytes ---------------------------------------------------------------------------------------------

    private FuzzCase binaryJunk() {
        if (random.nextInt(3) == 0) {
            byte[] junk = new byte[1 + random.nextInt(random.nextInt(10) == 0 ? 200_000 : 2_000)];
            random.nextBytes(junk);
            return new FuzzCase(category, seed, path.formatted("paginas"), junk, Map.of(), 0, 0, "random bytes");
        }
        // Junk placed in a valid file, starting with a byte that cannot be text, so the first problem is where it starts.
        String text = validFile(ContentKind.PAGINA);
        int at = random.nextInt(text.length());
        byte[] junk = new byte[1 + random.nextInt(500)];
        random.nextBytes(junk);
        junk[0] = (byte) (random.nextBoolean() ? 0x00 : 0xFF);
        FuzzCase spliced = splice(text, at, junk, "junk inserted");
        // A NUL is text as far as UTF-8 goes: invalid bytes after it are then reported first, further on.
        return junk[0] == 0 ? new FuzzCase(category, seed, spliced.path(), spliced.bytes(), Map.of(), spliced.firstLine(),
                spliced.lineCount(), spliced.what()) : spliced;
    }

    private FuzzCase invalidUtf8() {
        String text = random.nextInt(4) == 0 ? validFile(ContentKind.PAGINA).replace("samenvatting", "cliënt")
                : validFile(anyKind());
        int at = random.nextInt(text.length() + 1);
        return splice(text, at, java.util.HexFormat.of().parseHex(pick(INVALID_UTF8)), "invalid UTF-8");
    }

    /** Inserts {@code bytes} at a character offset; the mistake is on that character's line. */
    private FuzzCase splice(String text, int at, byte[] bytes, String what) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(text.substring(0, at).getBytes(StandardCharsets.UTF_8));
        out.writeBytes(bytes);
        out.writeBytes(text.substring(at).getBytes(StandardCharsets.UTF_8));
        int line = lineOf(text, at) + 1;
        return new FuzzCase(category, seed, path.formatted("paginas"), out.toByteArray(), Map.of(), line, line, what);
    }

    private FuzzCase bom() {
        FuzzCase planted = random.nextBoolean() ? plantedField(ContentKind.NIEUWS, "date", "morgen", "")
                : plantedBody(ContentKind.NIEUWS, paragraph(), "");
        String text = new String(planted.bytes(), StandardCharsets.UTF_8);
        return switch (random.nextInt(5)) {
            case 0 -> retext(planted, "\uFEFF" + text, "BOM, then a mistake");
            case 1 -> retext(planted, "\uFEFF\uFEFF" + text, 1, 1, "two BOMs");
            case 2 -> retext(planted, text.replace("\nsummary:", "\n\uFEFFsummary:").replace("\n\n", "\n\uFEFF\n"),
                    "BOM at the start of lines, then a mistake");
            case 3 -> new FuzzCase(category, seed, planted.path(), concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                    text.getBytes(StandardCharsets.UTF_16LE)), Map.of(), 1, 1, "UTF-16 with BOM");
            default -> new FuzzCase(category, seed, planted.path(), concat(new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF},
                    text.getBytes(Charsets.UTF_32BE)), Map.of(), 1, 1, "UTF-32 with BOM");
        };
    }

    private FuzzCase lineEndings() {
        FuzzCase planted = switch (random.nextInt(3)) {
            case 0 -> wrongType();
            case 1 -> plantedBody(anyKind(), paragraph() + "\n\n" + paragraph(), "");
            default -> plantedBody(ContentKind.PAGINA, markdownSoup(200), "");
        };
        String text = new String(planted.bytes(), StandardCharsets.UTF_8);
        int style = random.nextInt(3);
        StringBuilder out = new StringBuilder();
        String previousBreak = "";
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            out.append(lines[i]);
            if (i < lines.length - 1) {
                String lineBreak = style == 0 ? "\r\n" : style == 1 ? "\r" : pick(List.of("\r\n", "\r", "\n"));
                // A lone \r before an empty line's \n would read as one \r\n: keep the line count as generated.
                if (lineBreak.equals("\n") && previousBreak.equals("\r") && lines[i].isEmpty()) {
                    lineBreak = "\r\n";
                }
                out.append(lineBreak);
                previousBreak = lineBreak;
            }
        }
        String[] names = {"CRLF", "CR", "mixed"};
        return retext(planted, out.toString(), names[style] + " line endings, " + planted.what());
    }

    private FuzzCase longLine() {
        int length = 1_000 + random.nextInt(random.nextInt(20) == 0 ? 2_000_000 : 20_000);
        return switch (random.nextInt(5)) {
            case 0 -> plantedField(ContentKind.PAGINA, "title", "\"" + "lang ".repeat(length / 5) + "\"" + " extra", "long title");
            case 1 -> plantedField(ContentKind.PAGINA, "summary", "[" + "een, ".repeat(length / 5) + "twee]", "long list");
            case 2 -> plantedField(ContentKind.PAGINA, "k" + "e".repeat(length), "x", "long key");
            case 3 -> plantedBody(ContentKind.PAGINA, words(length / 6), "long body line");
            // Links that never close cost the Markdown parser time by the square of the paragraph's length.
            default -> plantedBody(ContentKind.PAGINA, "[a](<".repeat(Math.min(length, 4_000) / 5), "long line of open links");
        };
    }

    private FuzzCase markdownJunk() {
        return plantedBody(anyKind(), markdownSoup(10 + random.nextInt(random.nextInt(20) == 0 ? 5_000 : 400)), "Markdown junk");
    }

    private String markdownSoup(int tokens) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < tokens; i++) {
            if (random.nextInt(12) == 0) {
                body.append(random.nextInt(3) == 0 ? "\n\n" : "\n").append(pick(List.of(LINE_STARTS)));
            } else {
                body.append(random.nextInt(3) == 0 ? "" : " ");
            }
            String token = random.nextInt(3) == 0 ? pick(List.of("woord", "Almere", "tekst", "1", "x")) : pick(List.of(MARKDOWN_TOKENS));
            // A code fence at the start of a line would, rightly, take the rest of the body, the broken link included.
            boolean lineStart = body.substring(body.lastIndexOf("\n") + 1).isBlank();
            body.append(lineStart && (token.startsWith("`") || token.startsWith("~")) ? "x" + token : token);
        }
        return body.toString();
    }

    /** A file of {@code size} bytes: valid front matter, then paragraphs, with a broken link at the end. */
    private FuzzCase hugeFile(int size) {
        StringBuilder text = new StringBuilder(size + 100).append("---\ntitle: \"Groot\"\nsummary: \"Heel groot.\"\n---\n");
        int line = 5;
        while (text.length() < size - 200) {
            text.append(words(40 + random.nextInt(200))).append("\n\n");
            line += 2;
        }
        text.append(BROKEN_LINK).append('\n');
        int expected = size > nl.soneta.site.content.SourceReader.MAX_FILE_BYTES ? 1 : line;
        while (text.length() < size) {
            text.append('\n');
        }
        return new FuzzCase(category, seed, path.formatted("paginas"), text.toString().getBytes(StandardCharsets.UTF_8),
                Map.of(), expected, expected, size + " bytes");
    }

    // ---- bodies and helpers --------------------------------------------------------------------------------

    /**
     * A valid front matter and a body of {@code junk}, then a blank line and a broken link: a diagnostic must come
     * from the junk's lines or from the link's, so junk that shifts line numbers or swallows text is noticed.
     */
    private FuzzCase plantedBody(ContentKind kind, String junk, String what) {
        String front = "---\n" + String.join("\n", validFields(kind, false)) + "\n---\n";
        int junkLine = lineOf(front, front.length()) + 1;
        // The lines that end an HTML comment or processing instruction that the junk may have opened at a line start.
        String text = front + junk + "\n\n--> ?>\n\n" + BROKEN_LINK + "\n";
        return textCase(kind, text, junkLine, lineOf(text, text.length() - 1) + 1, what);
    }

    private String validFile(ContentKind kind) {
        return "---\n" + String.join("\n", validFields(kind, true)) + "\n---\n" + paragraph() + "\n";
    }

    private FuzzCase textCase(ContentKind kind, String text, int firstLine, int lastLine, String what) {
        Map<String, String> companions = Map.of();
        String file;
        if (kind == ContentKind.HOOFDSTUK) {
            String folder = path.formatted("publicaties").replace(".md", "");
            file = folder + "/deel.md";
            companions = Map.of(folder + "/index.md", FuzzTree.PUBLICATION);
        } else {
            file = path.formatted(kind.collection().folder());
        }
        return new FuzzCase(category, seed, file, text.getBytes(StandardCharsets.UTF_8), companions, firstLine, lastLine, what);
    }

    private FuzzCase retext(FuzzCase planted, String text, String what) {
        return retext(planted, text, planted.firstLine(), planted.lastLine(), what);
    }

    private FuzzCase retext(FuzzCase planted, String text, int firstLine, int lastLine, String what) {
        return new FuzzCase(category, seed, planted.path(), text.getBytes(StandardCharsets.UTF_8), planted.companions(),
                firstLine, lastLine, what);
    }

    private ContentKind anyKind() {
        return ContentKind.values()[random.nextInt(ContentKind.values().length)];
    }

    private String paragraph() {
        return words(5 + random.nextInt(40));
    }

    private String words(int count) {
        String[] words = {"de", "buurt", "Almere", "vrijwilligers", "helpen", "elkaar", "met", "zorg", "en", "wonen",
                "ouderen", "cliënt", "samen", "tekst"};
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(i > 0 ? " " : "").append(words[random.nextInt(words.length)]);
        }
        return text.append('.').toString();
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private <T> void shuffle(List<T> values) {
        for (int i = values.size() - 1; i > 0; i--) {
            java.util.Collections.swap(values, i, random.nextInt(i + 1));
        }
    }

    private static int lineOf(String text, int offset) {
        int line = 0;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static final class Charsets {
        static final java.nio.charset.Charset UTF_32BE = java.nio.charset.Charset.forName("UTF-32BE");
    }
}
