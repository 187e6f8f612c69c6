package nl.soneta.site.site;

import nl.soneta.site.content.MarkdownSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import nl.soneta.site.content.ContentCollection;
import nl.soneta.site.content.ContentFile;
import nl.soneta.site.content.ContentKind;
import nl.soneta.site.content.ContentSchema;
import nl.soneta.site.content.Diagnostics;
import nl.soneta.site.content.LoadedContent;
import nl.soneta.site.content.Located;
import nl.soneta.site.content.MediaFile;
import nl.soneta.site.content.SourcePosition;
import nl.soneta.site.content.Suggestions;
import nl.soneta.site.content.YamlFields;

/**
 * Turns loaded files into the typed {@link Site}: reads each collection's fields, checks vocabularies and
 * references between items (with "bedoelde je …?" hints), URL clashes and menu paths. Every problem is
 * recorded; the site is returned only when the settings could be read, and callers check the diagnostics.
 */
public final class SiteModelBuilder {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[a-zA-Z]{2,}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()-]{6,20}");
    /** Top-level paths that pages may not take, because lists, media and assets live there. */
    private static final Set<String> RESERVED_PAGE_SLUGS = reservedPageSlugs();

    private final Diagnostics diagnostics;
    private final Map<ContentCollection, Set<String>> slugs = new EnumMap<>(ContentCollection.class);
    private Set<String> mediaFiles = Set.of();
    private final Set<String> leftOut = new TreeSet<>();
    private Vocabularies vocabularies = new Vocabularies(List.of(), List.of(), List.of());

    public SiteModelBuilder(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    public Optional<Site> build(LoadedContent content, ModelOptions options) {
        SiteConfigReader configReader = new SiteConfigReader(diagnostics);
        Optional<SiteConfig> config = content.siteSettings().flatMap(configReader::read)
                .map(c -> options.baseUrl().map(c::withBaseUrl).orElse(c));
        config.ifPresent(c -> vocabularies = c.vocabularies());
        mediaFiles = new TreeSet<>(content.media().stream().map(MediaFile::relativePath).toList());
        for (ContentCollection collection : ContentCollection.values()) {
            slugs.put(collection, content.slugs().getOrDefault(collection, Set.of()));
        }

        List<Page> pages = new ArrayList<>();
        List<Theme> themes = new ArrayList<>();
        List<Organisation> organisations = new ArrayList<>();
        List<NewsItem> news = new ArrayList<>();
        List<Event> events = new ArrayList<>();
        List<Publication> publications = new ArrayList<>();
        List<Newsletter> newsletters = new ArrayList<>();
        Map<String, List<Chapter>> chapters = new HashMap<>();
        for (ContentFile file : content.files()) {
            YamlFields fields = file.frontMatter().fields();
            switch (file.collection()) {
                case PAGES -> page(file, fields).ifPresent(pages::add);
                case THEMES -> theme(file, fields).ifPresent(themes::add);
                case ORGANISATIONS -> organisation(file, fields).ifPresent(organisations::add);
                case NEWS -> newsItem(file, fields).ifPresent(news::add);
                case EVENTS -> event(file, fields).ifPresent(events::add);
                case PUBLICATIONS -> {
                    if (file.isChapter()) {
                        chapter(file, fields).ifPresent(c ->
                                chapters.computeIfAbsent(file.parentSlug().orElseThrow(), k -> new ArrayList<>()).add(c));
                    } else {
                        publication(file, fields).ifPresent(publications::add);
                    }
                }
                case NEWSLETTERS -> newsletter(file, fields).ifPresent(newsletters::add);
            }
        }
        List<Publication> withChapters = publications.stream()
                .map(p -> withChapters(p, published(chapters.getOrDefault(p.item().slug(), List.of()), options)))
                .toList();
        Site site = new Site(config.orElse(null), published(pages, options), published(themes, options),
                published(organisations, options), published(news, options), published(events, options),
                published(withChapters, options), published(newsletters, options), content.media(),
                Set.copyOf(leftOut));
        checkUniquePaths(site);
        checkMenu(configReader.menuPaths(), site);
        references(configReader.situationThemes(), ContentCollection.THEMES);
        return config.map(c -> site);
    }

    private Optional<Page> page(ContentFile file, YamlFields fields) {
        fields.rejectUnknownKeys(ContentKind.PAGINA);
        if (RESERVED_PAGE_SLUGS.contains(file.slug())) {
            reservedUrl(file, fields, "de pagina");
        }
        return item(file, fields, SitePaths.item(ContentCollection.PAGES, file.slug())).map(Page::new);
    }

    /** A file whose URL the site itself uses for a list or an archive page. */
    private void reservedUrl(ContentFile file, YamlFields fields, String what) {
        diagnostics.error(fields.file().at(1, 1), what + " '" + file.slug() + "' zou een vaste URL van de site overschrijven",
                "kies een andere bestandsnaam; " + SitePaths.item(file.collection(), file.slug()) + " is al in gebruik");
    }

    private Optional<Theme> theme(ContentFile file, YamlFields fields) {
        fields.rejectUnknownKeys(ContentKind.THEMA);
        int order = fields.integer(ContentSchema.THEME_ORDER).map(Located::value).orElse(Integer.MAX_VALUE);
        return item(file, fields, SitePaths.item(ContentCollection.THEMES, file.slug())).map(i -> new Theme(i, order));
    }

    private Optional<Organisation> organisation(ContentFile file, YamlFields fields) {
        fields.rejectUnknownKeys(ContentKind.ORGANISATIE);
        Optional<Term> kind = fields.string(ContentSchema.KIND).flatMap(k -> term(k, vocabularies.kinds(), "kinds"));
        List<String> themes = references(fields.strings(ContentSchema.ORGANISATION_THEMES), ContentCollection.THEMES);
        List<Term> audiences = terms(fields.strings(ContentSchema.AUDIENCES), vocabularies.audiences(), "audiences");
        List<Term> districts = terms(fields.strings(ContentSchema.DISTRICTS), vocabularies.districts(), "districts");
        Contact contact = new Contact(fields.webAddress(ContentSchema.WEBSITE).map(Located::value),
                checked(fields.string(ContentSchema.EMAIL), EMAIL, "geen geldig e-mailadres",
                        "bijvoorbeeld email: " + ContentSchema.EMAIL.example()),
                checked(fields.string(ContentSchema.PHONE), PHONE, "geen geldig telefoonnummer",
                        "bijvoorbeeld phone: " + ContentSchema.PHONE.example()),
                fields.string(ContentSchema.ADDRESS).map(Located::value));
        Optional<LocalDate> checkedOn = fields.date(ContentSchema.CHECKED).map(Located::value);
        List<String> sources = references(fields.strings(ContentSchema.SOURCES), ContentCollection.PUBLICATIONS);
        return item(file, fields, SitePaths.item(ContentCollection.ORGANISATIONS, file.slug()))
                .flatMap(i -> kind.map(k -> new Organisation(i, k, themes, audiences, districts, contact, checkedOn, sources)));
    }

    private Optional<NewsItem> newsItem(ContentFile file, YamlFields fields) {
        fields.rejectUnknownKeys(ContentKind.NIEUWS);
        if (file.slug().matches("\\d{4}")) {
            reservedUrl(file, fields, "het bericht");
        }
        var date = fields.date(ContentSchema.NEWS_DATE);
        List<String> themes = references(fields.strings(ContentSchema.THEMES), ContentCollection.THEMES);
        List<String> organisations = references(fields.strings(ContentSchema.ORGANISATIONS), ContentCollection.ORGANISATIONS);
        return item(file, fields, SitePaths.item(ContentCollection.NEWS, file.slug()))
                .flatMap(i -> date.map(d -> new NewsItem(i, d.value(), themes, organisations)));
    }

    private Optional<Event> event(ContentFile file, YamlFields fields) {
        fields.rejectUnknownKeys(ContentKind.AGENDA);
        if (SitePaths.item(ContentCollection.EVENTS, file.slug()).equals(SitePaths.PAST_EVENTS)) {
            reservedUrl(file, fields, "de bijeenkomst");
        }
        var start = fields.dateTime(ContentSchema.START);
        var end = fields.dateTime(ContentSchema.END);
        if (start.isPresent() && end.isPresent() && end.get().value().isBefore(start.get().value())) {
            diagnostics.error(end.get().at(), "het einde ligt vóór het begin", "controleer de datum en tijd van 'start' en 'end'");
        }
        var location = fields.string(ContentSchema.LOCATION);
        List<String> themes = references(fields.strings(ContentSchema.THEMES), ContentCollection.THEMES);
        List<String> organisations = references(fields.strings(ContentSchema.ORGANISATIONS), ContentCollection.ORGANISATIONS);
        Optional<String> registration = fields.webAddress(ContentSchema.REGISTRATION).map(Located::value);
        Optional<String> report = fields.string(ContentSchema.REPORT)
                .flatMap(r -> references(List.of(r), ContentCollection.PUBLICATIONS).stream().findFirst());
        return item(file, fields, SitePaths.item(ContentCollection.EVENTS, file.slug()))
                .flatMap(i -> start.flatMap(s -> location.map(l -> new Event(i, s.value(), end.map(Located::value),
                        l.value(), themes, organisations, registration, report))));
    }

    private Optional<Publication> publication(ContentFile file, YamlFields fields) {
        fields.rejectUnknownKeys(ContentKind.PUBLICATIE);
        var date = fields.date(ContentSchema.PUBLICATION_DATE);
        var publisher = fields.string(ContentSchema.PUBLISHER);
        List<String> themes = references(fields.strings(ContentSchema.THEMES), ContentCollection.THEMES);
        List<String> organisations = references(fields.strings(ContentSchema.ORGANISATIONS), ContentCollection.ORGANISATIONS);
        Optional<String> pdf = fields.string(ContentSchema.PDF).flatMap(this::mediaFile);
        return item(file, fields, SitePaths.item(ContentCollection.PUBLICATIONS, file.slug()))
                .flatMap(i -> date.flatMap(d -> publisher.map(p ->
                        new Publication(i, d.value(), p.value(), themes, organisations, pdf, List.of()))));
    }

    private Optional<Chapter> chapter(ContentFile file, YamlFields fields) {
        fields.rejectUnknownKeys(ContentKind.HOOFDSTUK);
        var order = fields.integer(ContentSchema.CHAPTER_ORDER);
        String path = SitePaths.chapter(file.parentSlug().orElseThrow(), file.slug());
        return item(file, fields, path).flatMap(i -> order.map(o -> new Chapter(i, o.value())));
    }

    private Optional<Newsletter> newsletter(ContentFile file, YamlFields fields) {
        fields.rejectUnknownKeys(ContentKind.NIEUWSBRIEF);
        var number = fields.integer(ContentSchema.NUMBER);
        var date = fields.date(ContentSchema.NEWSLETTER_DATE);
        List<String> news = references(fields.strings(ContentSchema.NEWS), ContentCollection.NEWS);
        List<String> events = references(fields.strings(ContentSchema.EVENTS), ContentCollection.EVENTS);
        return item(file, fields, SitePaths.item(ContentCollection.NEWSLETTERS, file.slug()))
                .flatMap(i -> number.flatMap(n -> date.map(d -> new Newsletter(i, n.value(), d.value(), news, events))));
    }

    private Optional<Item> item(ContentFile file, YamlFields fields, String path) {
        var title = fields.string(ContentSchema.TITLE);
        Optional<String> summary = fields.string(ContentSchema.SUMMARY).map(Located::value);
        if (summary.isEmpty() && !fields.has(ContentSchema.SUMMARY.name())) {
            diagnostics.warning(fields.file().at(1, 1), "de samenvatting (summary) ontbreekt",
                    "voeg summary: toe met één of twee zinnen; die staan in overzichten en zoekmachines");
        }
        boolean draft = fields.flag(ContentSchema.DRAFT);
        var publishDate = fields.date(ContentSchema.PUBLISH_DATE);
        var expiryDate = fields.date(ContentSchema.EXPIRY_DATE);
        if (publishDate.isPresent() && expiryDate.isPresent() && expiryDate.get().value().isBefore(publishDate.get().value())) {
            diagnostics.error(expiryDate.get().at(), "de einddatum (expiryDate) ligt vóór de publicatiedatum (publishDate)",
                    "controleer beide datums; het item zou nooit op de site staan");
        }
        var body = file.frontMatter().markdown();
        return title.map(t -> new Item(file.slug(), t.value(), summary.orElse(""), path, file.path(), draft,
                publishDate.map(Located::value), expiryDate.map(Located::value), body));
    }

    private Publication withChapters(Publication publication, List<Chapter> chapters) {
        Map<Integer, Chapter> byOrder = new HashMap<>();
        for (Chapter chapter : chapters) {
            Chapter other = byOrder.putIfAbsent(chapter.order(), chapter);
            if (other != null) {
                diagnostics.error(SourcePosition.startOf(chapter.item().source()),
                        "hoofdstuk " + chapter.order() + " bestaat al: " + other.item().source(),
                        "geef elk hoofdstuk een eigen nummer in 'order'");
            }
        }
        List<Chapter> ordered = chapters.stream()
                .sorted(Comparator.comparingInt(Chapter::order).thenComparing(c -> c.item().slug()))
                .toList();
        return new Publication(publication.item(), publication.date(), publication.publisher(), publication.themes(),
                publication.organisations(), publication.pdf(), ordered);
    }

    private List<String> references(List<Located<String>> values, ContentCollection target) {
        List<String> valid = new ArrayList<>();
        for (Located<String> value : values) {
            if (slugs.get(target).contains(value.value())) {
                if (!valid.contains(value.value())) {
                    valid.add(value.value());
                }
            } else {
                diagnostics.error(value.at(), "onbekende verwijzing '" + value.value() + "' naar " + target.folder(),
                        Suggestions.hint(value.value(), slugs.get(target),
                                "er is geen bestand content/" + target.folder() + "/" + value.value() + ".md; bestaande"));
            }
        }
        return List.copyOf(valid);
    }

    private List<Term> terms(List<Located<String>> values, List<Term> vocabulary, String name) {
        return values.stream().map(v -> term(v, vocabulary, name)).flatMap(Optional::stream).distinct().toList();
    }

    private Optional<Term> term(Located<String> value, List<Term> vocabulary, String name) {
        Optional<Term> term = vocabulary.stream().filter(t -> t.slug().equals(value.value())).findFirst();
        if (term.isEmpty()) {
            List<String> known = vocabulary.stream().map(Term::slug).toList();
            diagnostics.error(value.at(), "'" + value.value() + "' staat niet in de lijst " + name + " in site.yaml",
                    Suggestions.hint(value.value(), known, "kies uit"));
        }
        return term;
    }

    private Optional<String> checked(Optional<Located<String>> value, Pattern pattern, String problem, String hint) {
        return value.flatMap(v -> {
            if (pattern.matcher(v.value()).matches()) {
                return Optional.of(v.value());
            }
            diagnostics.error(v.at(), "'" + v.value() + "' is " + problem, hint);
            return Optional.empty();
        });
    }

    private Optional<String> mediaFile(Located<String> name) {
        if (mediaFiles.contains(name.value())) {
            return Optional.of(SitePaths.media(name.value()));
        }
        diagnostics.error(name.at(), "het bestand content/media/" + name.value() + " bestaat niet",
                Suggestions.hint(name.value(), mediaFiles, "zet het bestand in content/media/; bestaande bestanden"));
        return Optional.empty();
    }

    /**
     * The entries on the site on the build's day; the others (drafts, not yet published, expired) are remembered,
     * so that links to them can be told apart from links to files that do not exist. A preview with drafts shows all.
     */
    private <T extends Entry> List<T> published(List<T> entries, ModelOptions options) {
        if (options.includeDrafts()) {
            return entries;
        }
        List<T> shown = new ArrayList<>();
        for (T entry : entries) {
            if (ItemStatus.of(entry.item(), options.today()) == ItemStatus.PUBLISHED) {
                shown.add(entry);
            } else {
                leftOut.add(entry.item().source());
                if (entry instanceof Publication publication) {
                    publication.chapters().forEach(c -> leftOut.add(c.item().source()));
                }
            }
        }
        return List.copyOf(shown);
    }

    private void checkUniquePaths(Site site) {
        Map<String, String> sourceByPath = new LinkedHashMap<>();
        for (Entry entry : site.entries()) {
            String earlier = sourceByPath.putIfAbsent(entry.item().path(), entry.item().source());
            if (earlier != null) {
                diagnostics.error(SourcePosition.startOf(entry.item().source()),
                        "de URL " + entry.item().path() + " wordt ook gebruikt door " + earlier,
                        "geef een van beide bestanden een andere naam");
            }
        }
    }

    private void checkMenu(List<Located<String>> menuPaths, Site site) {
        Set<String> known = site.pagePaths();
        for (Located<String> path : menuPaths) {
            if (!known.contains(path.value())) {
                diagnostics.error(path.at(), "het menu verwijst naar " + path.value() + ", maar die pagina bestaat niet",
                        Suggestions.hint(path.value(), known, "bestaande pagina's"));
            }
        }
    }

    private static Set<String> reservedPageSlugs() {
        Set<String> reserved = new TreeSet<>(ContentCollection.folders());
        reserved.remove(ContentCollection.PAGES.folder());
        reserved.add("media");
        reserved.add("assets");
        reserved.add(SitePaths.SEARCH.substring(1, SitePaths.SEARCH.length() - 1));
        return Set.copyOf(reserved);
    }
}
