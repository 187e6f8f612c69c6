package nl.soneta.site.site;

import nl.soneta.site.content.MarkdownSource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.soneta.site.content.Diagnostics;
import nl.soneta.site.content.Located;
import nl.soneta.site.content.Slugs;
import nl.soneta.site.content.YamlFields;

/** Reads content/site.yaml into {@link SiteConfig}; menu paths are checked later, once all pages are known. */
final class SiteConfigReader {
    static final List<String> KEYS = List.of("title", "tagline", "description", "baseUrl", "language", "pageSize",
            "intro", "menu", "vocabularies", "situations");
    private static final List<String> VOCABULARY_KEYS = List.of("audiences", "districts", "kinds");
    private static final int DEFAULT_PAGE_SIZE = 10;

    private final Diagnostics diagnostics;
    private final List<Located<String>> menuPaths = new ArrayList<>();
    private final List<Located<String>> situationThemes = new ArrayList<>();

    SiteConfigReader(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    List<Located<String>> menuPaths() {
        return menuPaths;
    }

    /** The theme each situation links to, where it was written: checked once all themes are known. */
    List<Located<String>> situationThemes() {
        return situationThemes;
    }

    Optional<SiteConfig> read(YamlFields fields) {
        fields.rejectUnknownKeys(KEYS);
        var title = fields.requiredString("title", "SONETA");
        var tagline = fields.requiredString("tagline", "Sociaal Netwerk Almere");
        var description = fields.requiredString("description", "Het netwerk van vrijwilligersorganisaties in Almere");
        var baseUrl = fields.requiredString("baseUrl", "https://example.github.io/soneta/").flatMap(this::baseUrl);
        String language = fields.string("language").map(Located::value).orElse("nl");
        int pageSize = fields.integer("pageSize").map(this::pageSize).orElse(DEFAULT_PAGE_SIZE);
        String introText = fields.string("intro").map(Located::value).orElse("");
        int introLine = fields.positionOf("intro").map(p -> p.line() + 1).orElse(1);
        List<MenuItem> menu = fields.mappings("menu").stream().map(this::menuItem).flatMap(Optional::stream).toList();
        Vocabularies vocabularies = fields.mapping("vocabularies").map(this::vocabularies)
                .orElse(new Vocabularies(List.of(), List.of(), List.of()));
        List<Situation> situations = fields.mappings("situations").stream().map(this::situation)
                .flatMap(Optional::stream).toList();
        if (title.isEmpty() || tagline.isEmpty() || description.isEmpty() || baseUrl.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SiteConfig(title.get().value(), tagline.get().value(), description.get().value(),
                baseUrl.get(), language, pageSize, new MarkdownSource(introText, fields.file().path(), introLine),
                menu, vocabularies, situations));
    }

    private Optional<BaseUrl> baseUrl(Located<String> text) {
        Optional<BaseUrl> parsed = BaseUrl.parse(text.value());
        if (parsed.isEmpty()) {
            diagnostics.error(text.at(), "'" + text.value() + "' is geen geldig adres voor de site",
                    "schrijf het volledige adres, bijvoorbeeld baseUrl: https://example.github.io/soneta/");
        }
        return parsed;
    }

    private int pageSize(Located<Integer> size) {
        if (size.value() < 1 || size.value() > 100) {
            diagnostics.error(size.at(), "pageSize moet tussen 1 en 100 liggen", "bijvoorbeeld pageSize: 10");
            return DEFAULT_PAGE_SIZE;
        }
        return size.value();
    }

    private Optional<MenuItem> menuItem(YamlFields entry) {
        entry.rejectUnknownKeys(List.of("title", "url"));
        var title = entry.requiredString("title", "Organisaties");
        var url = entry.requiredString("url", "/organisaties/");
        if (title.isEmpty() || url.isEmpty()) {
            return Optional.empty();
        }
        String path = url.get().value();
        if (!path.startsWith("/") || !path.endsWith("/") || path.contains("..") || path.contains("//")) {
            diagnostics.error(url.get().at(), "'" + path + "' is geen pad binnen de site",
                    "schrijf een pad dat begint en eindigt met /, bijvoorbeeld url: /organisaties/");
            return Optional.empty();
        }
        menuPaths.add(url.get());
        return Optional.of(new MenuItem(title.get().value(), path));
    }

    private Optional<Situation> situation(YamlFields entry) {
        entry.rejectUnknownKeys(List.of("title", "text", "theme"));
        var title = entry.requiredString("title", "Ik heb geldzorgen");
        var text = entry.requiredString("text", "U komt moeilijk rond of u hebt schulden.");
        var theme = entry.requiredString("theme", "bestaanszekerheid");
        theme.ifPresent(situationThemes::add);
        if (title.isEmpty() || text.isEmpty() || theme.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Situation(title.get().value(), text.get().value(), theme.get().value()));
    }

    private Vocabularies vocabularies(YamlFields fields) {
        fields.rejectUnknownKeys(VOCABULARY_KEYS);
        return new Vocabularies(terms(fields, "audiences"), terms(fields, "districts"), terms(fields, "kinds"));
    }

    private List<Term> terms(YamlFields fields, String key) {
        List<Term> terms = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (YamlFields entry : fields.mappings(key)) {
            entry.rejectUnknownKeys(List.of("slug", "name"));
            var slug = entry.requiredString("slug", "ouderen");
            var name = entry.requiredString("name", "Ouderen");
            if (slug.isEmpty() || name.isEmpty()) {
                continue;
            }
            if (!Slugs.isValid(slug.get().value())) {
                diagnostics.error(slug.get().at(), "'" + slug.get().value() + "' is geen geldige slug",
                        "gebruik kleine letters, cijfers en koppeltekens, bijvoorbeeld '" + Slugs.slugify(slug.get().value()) + "'");
            } else if (!seen.add(slug.get().value())) {
                diagnostics.error(slug.get().at(), "de slug '" + slug.get().value() + "' staat al in " + key,
                        "elke slug mag één keer voorkomen in een lijst");
            } else {
                terms.add(new Term(slug.get().value(), name.get().value()));
            }
        }
        return List.copyOf(terms);
    }
}
