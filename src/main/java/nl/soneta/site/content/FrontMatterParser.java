package nl.soneta.site.content;

import java.util.Optional;

/** Splits {@code ---}-delimited YAML front matter from the Markdown body and parses the YAML. */
public final class FrontMatterParser {
    private static final String FENCE = "---";
    private final YamlParser yaml = new YamlParser();
    private final ByteStore bodies;

    public FrontMatterParser() {
        this(ByteStore.MEMORY);
    }

    /** @param bodies where the Markdown bodies are kept until the Markdown stage */
    public FrontMatterParser(ByteStore bodies) {
        this.bodies = bodies;
    }

    public Optional<FrontMatter> parse(SourceFile file, Diagnostics diagnostics) {
        String text = file.text();
        int firstLineEnd = lineEnd(text, 0);
        if (!text.substring(0, firstLineEnd).strip().equals(FENCE)) {
            diagnostics.error(file.at(1, 1), "het bestand begint niet met front matter",
                    "zet op de eerste regel '---', dan de velden (zoals title: …), dan weer een regel '---'");
            return Optional.empty();
        }
        int yamlStart = Math.min(firstLineEnd + 1, text.length());
        int cursor = yamlStart;
        int line = 2;
        while (cursor < text.length()) {
            int end = lineEnd(text, cursor);
            if (text.substring(cursor, end).stripTrailing().equals(FENCE)) {
                String body = text.substring(Math.min(end + 1, text.length()));
                int bodyFirstLine = line + 1;
                Optional<YamlFields> fields = yaml.parseMapping(file, text.substring(yamlStart, cursor), 2, diagnostics);
                Optional<Diagnostic> tooCostly = BodyLimits.check(file, body, bodyFirstLine);
                tooCostly.ifPresent(diagnostics::add);
                return tooCostly.isPresent() ? Optional.empty()
                        : fields.map(f -> new FrontMatter(file, f, new MarkdownSource(body, file.path(), bodyFirstLine, bodies)));
            }
            cursor = end + 1;
            line++;
        }
        diagnostics.error(file.at(1, 1), "de front matter wordt niet afgesloten",
                "zet een regel met alleen '---' onder het laatste veld");
        return Optional.empty();
    }

    private static int lineEnd(String text, int from) {
        int newline = text.indexOf('\n', from);
        return newline < 0 ? text.length() : newline;
    }
}
