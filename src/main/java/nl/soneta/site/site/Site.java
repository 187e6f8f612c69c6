package nl.soneta.site.site;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.soneta.site.content.ContentCollection;
import nl.soneta.site.content.MediaFile;

/**
 * The typed, validated site: every collection in display order, lookups by slug, and the reverse links that
 * theme and organisation pages show. Built once, then only read (also from several render threads).
 */
public final class Site {
    private final SiteConfig config;
    private final List<Page> pages;
    private final List<Theme> themes;
    private final List<Organisation> organisations;
    private final List<NewsItem> news;
    private final List<Event> events;
    private final List<Publication> publications;
    private final List<Newsletter> newsletters;
    private final List<MediaFile> media;
    private final Map<String, Publication> publicationsBySlug;
    private final Map<Chapter, Publication> publicationsByChapter = new HashMap<>();
    private final Set<String> leftOutSources;

    public Site(SiteConfig config, List<Page> pages, List<Theme> themes, List<Organisation> organisations,
                List<NewsItem> news, List<Event> events, List<Publication> publications,
                List<Newsletter> newsletters, List<MediaFile> media, Set<String> leftOutSources) {
        this.config = config;
        this.pages = sorted(pages, Comparator.comparing(p -> p.item().slug()));
        this.themes = sorted(themes, Comparator.comparingInt(Theme::order).thenComparing(t -> t.item().title()));
        this.organisations = sorted(organisations, Comparator.comparing((Organisation o) -> o.item().title(),
                DutchOrder.TITLES).thenComparing(o -> o.item().slug()));
        this.news = sorted(news, Comparator.comparing(NewsItem::date).reversed().thenComparing(n -> n.item().slug()));
        this.events = sorted(events, Comparator.comparing(Event::start).thenComparing(e -> e.item().slug()));
        this.publications = sorted(publications,
                Comparator.comparing(Publication::date).reversed().thenComparing(p -> p.item().slug()));
        this.newsletters = sorted(newsletters, Comparator.comparingInt(Newsletter::number).reversed());
        this.media = sorted(media, Comparator.comparing(MediaFile::relativePath));
        this.publicationsBySlug = this.publications.stream().collect(Collectors.toMap(p -> p.item().slug(),
                Function.identity(), (a, b) -> a, LinkedHashMap::new));
        this.publications.forEach(p -> p.chapters().forEach(c -> publicationsByChapter.put(c, p)));
        this.leftOutSources = Set.copyOf(leftOutSources);
    }

    /**
     * Whether {@code source} is a content file of an item left out of this build: a draft, an item before its
     * publishDate or after its expiryDate.
     */
    public boolean isLeftOut(String source) {
        return leftOutSources.contains(source);
    }

    public SiteConfig config() {
        return config;
    }

    public List<Page> pages() {
        return pages;
    }

    public List<Theme> themes() {
        return themes;
    }

    public List<Organisation> organisations() {
        return organisations;
    }

    public List<NewsItem> news() {
        return news;
    }

    public List<Event> events() {
        return events;
    }

    public List<Publication> publications() {
        return publications;
    }

    public List<Newsletter> newsletters() {
        return newsletters;
    }

    public List<MediaFile> media() {
        return media;
    }

    /** The publication a chapter belongs to. */
    public Publication publicationOf(Chapter chapter) {
        Publication publication = publicationsByChapter.get(chapter);
        if (publication == null) {
            throw new IllegalArgumentException("not a chapter of this site: " + chapter.item().path());
        }
        return publication;
    }

    public Optional<Publication> publication(String slug) {
        return Optional.ofNullable(publicationsBySlug.get(slug));
    }

    public List<Theme> themes(Collection<String> slugs) {
        return resolve(slugs, themes);
    }

    public List<Organisation> organisations(Collection<String> slugs) {
        return resolve(slugs, organisations);
    }

    public List<NewsItem> news(Collection<String> slugs) {
        return resolve(slugs, news);
    }

    public List<Event> events(Collection<String> slugs) {
        return resolve(slugs, events);
    }

    public List<Organisation> organisationsWithTheme(Theme theme) {
        return organisations.stream().filter(o -> o.themes().contains(theme.item().slug())).toList();
    }

    public List<NewsItem> newsWithTheme(Theme theme) {
        return news.stream().filter(n -> n.themes().contains(theme.item().slug())).toList();
    }

    public List<Event> eventsWithTheme(Theme theme) {
        return events.stream().filter(e -> e.themes().contains(theme.item().slug())).toList();
    }

    public List<Publication> publicationsWithTheme(Theme theme) {
        return publications.stream().filter(p -> p.themes().contains(theme.item().slug())).toList();
    }

    public List<NewsItem> newsAbout(Organisation organisation) {
        return news.stream().filter(n -> n.organisations().contains(organisation.item().slug())).toList();
    }

    public List<Event> eventsWith(Organisation organisation) {
        return events.stream().filter(e -> e.organisations().contains(organisation.item().slug())).toList();
    }

    /** Publications that name the organisation, and those its facts were taken from. */
    public List<Publication> publicationsAbout(Organisation organisation) {
        return publications.stream()
                .filter(p -> p.organisations().contains(organisation.item().slug())
                        || organisation.sources().contains(p.item().slug()))
                .toList();
    }

    public List<Publication> publications(Collection<String> slugs) {
        return resolve(slugs, publications);
    }

    /** Every item with a page of its own, chapters included, in a fixed order. */
    public List<Entry> entries() {
        return Stream.of(pages, themes, organisations, news, events, publications,
                        publications.stream().flatMap(p -> p.chapters().stream()).toList(), newsletters)
                .flatMap(List::stream)
                .map(Entry.class::cast)
                .toList();
    }

    /** Every path a page of the site can be linked at: home, the collection lists and each item. */
    public Set<String> pagePaths() {
        Set<String> paths = new TreeSet<>();
        paths.add(SitePaths.HOME);
        for (ContentCollection collection : ContentCollection.values()) {
            if (collection != ContentCollection.PAGES) {
                paths.add(SitePaths.list(collection));
            }
        }
        entries().forEach(e -> paths.add(e.item().path()));
        return paths;
    }

    /** Items and media by the file they were read from, for rewriting links between content files. */
    public Map<String, String> pathsBySource(String contentPrefix) {
        Map<String, String> paths = new LinkedHashMap<>();
        entries().forEach(e -> paths.put(e.item().source(), e.item().path()));
        media.forEach(m -> paths.put(contentPrefix + "media/" + m.relativePath(), SitePaths.media(m.relativePath())));
        return paths;
    }

    private static <T> List<T> sorted(List<T> items, Comparator<T> order) {
        return items.stream().sorted(order).toList();
    }

    /**
     * The items of {@code all} named in {@code slugs}, in the collection's display order whatever order the
     * slugs were written in; a slug of an item left out of this build (a draft, or an item outside its
     * publishDate–expiryDate) is skipped: it appears in the list by itself on the day it is published.
     */
    private static <T extends Entry> List<T> resolve(Collection<String> slugs, List<T> all) {
        return all.stream().filter(e -> slugs.contains(e.item().slug())).toList();
    }
}
