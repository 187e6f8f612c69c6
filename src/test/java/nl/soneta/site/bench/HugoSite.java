package nl.soneta.site.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.soneta.site.testing.FileTrees;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Writes the generated news items of a corpus ({@link CorpusGenerator}) as a Hugo site, for the build benchmark:
 * the Markdown bodies byte for byte, the front matter mapped to Hugo's fields (summary becomes the description,
 * themes the taxonomy {@code themas}), with the minimal theme and config kept in {@code src/test/bench/hugo}.
 */
final class HugoSite {
    private static final String NEWS = "nieuws";

    private final Path template;

    /** @param template the folder with Hugo's config.toml and layouts/ */
    HugoSite(Path template) {
        this.template = template;
    }

    /** Replaces {@code site} by a Hugo site of the first {@code newsItems} generated items of {@code corpus}; returns it. */
    Path write(Path corpus, int newsItems, Path site) {
        FileTrees.delete(site);
        FileTrees.copy(template, site);
        Path from = corpus.resolve("content").resolve(NEWS);
        Path to = site.resolve("content").resolve(NEWS);
        try {
            Files.createDirectories(to);
            for (int number = 1; number <= newsItems; number++) {
                String name = SyntheticNews.fileName(number);
                Files.writeString(to.resolve(name), hugoPage(Files.readString(from.resolve(name), StandardCharsets.UTF_8)),
                        StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the Hugo site in " + site, e);
        }
        return site;
    }

    /** One item as Hugo reads it: the same body under front matter with Hugo's names for our fields. */
    static String hugoPage(String ourPage) {
        if (!ourPage.startsWith("---\n")) {
            throw new IllegalArgumentException("no front matter");
        }
        int end = ourPage.indexOf("\n---\n", 4);
        Map<?, ?> fields = (Map<?, ?>) new Load(LoadSettings.builder().build()).loadFromString(ourPage.substring(4, end));
        List<?> themes = (List<?>) fields.get("themes");
        return "---\n"
                + "title: " + quoted(fields.get("title")) + "\n"
                + "date: " + LocalDate.parse(String.valueOf(fields.get("date"))) + "\n"
                + "description: " + quoted(fields.get("summary")) + "\n"
                + "themas: [" + themes.stream().map(HugoSite::quoted).collect(Collectors.joining(", ")) + "]\n"
                + ourPage.substring(end + 1);
    }

    private static String quoted(Object value) {
        return "\"" + String.valueOf(value).replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
