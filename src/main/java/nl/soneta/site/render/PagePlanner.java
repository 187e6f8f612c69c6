package nl.soneta.site.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import nl.soneta.site.content.ContentCollection;
import nl.soneta.site.markdown.RenderedBodies;
import nl.soneta.site.site.Chapter;
import nl.soneta.site.site.Entry;
import nl.soneta.site.site.EntryKind;
import nl.soneta.site.site.Event;
import nl.soneta.site.site.Item;
import nl.soneta.site.site.NewsItem;
import nl.soneta.site.site.Newsletter;
import nl.soneta.site.site.Organisation;
import nl.soneta.site.site.Page;
import nl.soneta.site.site.Publication;
import nl.soneta.site.site.Site;
import nl.soneta.site.site.SitePaths;
import nl.soneta.site.site.Theme;
import nl.soneta.site.render.view.ChapterView;
import nl.soneta.site.render.view.EventView;
import nl.soneta.site.render.view.FilterOption;
import nl.soneta.site.render.view.HomeView;
import nl.soneta.site.render.view.ListView;
import nl.soneta.site.render.view.NewsView;
import nl.soneta.site.render.view.NewsletterView;
import nl.soneta.site.render.view.NotFoundView;
import nl.soneta.site.render.view.OrganisationView;
import nl.soneta.site.render.view.PageView;
import nl.soneta.site.render.view.PublicationView;
import nl.soneta.site.render.view.SearchView;
import nl.soneta.site.render.view.SituationLink;
import nl.soneta.site.render.view.ThemeView;

/** Decides which pages the site has and what each one shows, as typed views for the templates. */
final class PagePlanner {
    static final String NOT_FOUND_PATH = "/404.html";
    private static final int HOME_LIST_SIZE = 3;
    private static final int HOME_ORGANISATIONS = 6;

    private final Site site;
    private final RenderedBodies bodies;
    private final Assets assets;
    private final Cards cards;
    private final SearchLinks search;
    private final StructuredData structuredData;
    private final LocalDate today;
    private final Reports reports;
    private final List<PageJob> jobs = new ArrayList<>();

    PagePlanner(Site site, RenderedBodies bodies, Assets assets, LocalDate today, SearchLinks search) {
        this.site = site;
        this.search = search;
        this.bodies = bodies;
        this.assets = assets;
        this.cards = new Cards(site, today);
        this.today = today;
        this.structuredData = new StructuredData(site.config());
        this.reports = new Reports(site, bodies);
    }

    List<PageJob> plan() {
        home();
        site.pages().forEach(this::page);
        themes();
        site.themes().forEach(this::theme);
        jobs.addAll(new DirectoryPages(site, cards, assets, (t, d, p, c) -> frame(t, d, p, c, "website")).plan());
        site.organisations().forEach(this::organisation);
        jobs.addAll(new NewsArchivePages(site, cards, this).plan());
        site.news().forEach(this::news);
        jobs.addAll(new AgendaPages(site, cards, this).plan());
        site.events().forEach(this::event);
        list(ContentCollection.PUBLICATIONS, "Publicaties", "Verslagen, adviezen en rapporten over het sociaal domein in Almere.",
                "", site.publications(), cards::of, "Er zijn nog geen publicaties.");
        site.publications().forEach(this::publication);
        list(ContentCollection.NEWSLETTERS, "Nieuwsbrief",
                "De nieuwsbrief van SONETA verschijnt tien keer per jaar. Hier leest u alle nummers.",
                "", site.newsletters(), cards::of, "Er is nog geen nieuwsbrief verschenen.");
        site.newsletters().forEach(this::newsletter);
        search();
        jobs.add(new PageJob(NOT_FOUND_PATH, "notfound.jte", new NotFoundView(
                frame("Pagina niet gevonden", site.config().description(), NOT_FOUND_PATH, List.of(), "website"))));
        return List.copyOf(jobs);
    }

    private void home() {
        List<Event> upcoming = site.events().stream().filter(e -> !cards.isPast(e)).limit(HOME_LIST_SIZE).toList();
        var view = new HomeView(frame(site.config().title(), site.config().description(), SitePaths.HOME, List.of(), "website"),
                bodies.intro(), situations(), site.themes(),
                site.organisations().stream().limit(HOME_ORGANISATIONS).map(cards::of).toList(),
                site.organisations().size(),
                site.news().stream().limit(HOME_LIST_SIZE).map(cards::of).toList(),
                upcoming.stream().map(cards::of).toList());
        jobs.add(new PageJob(SitePaths.HOME, "home.jte", view));
    }

    /** Situations whose theme is published; a theme that is still a draft has no page to link to. */
    private List<SituationLink> situations() {
        return site.config().situations().stream()
                .flatMap(s -> site.themes(List.of(s.theme())).stream()
                        .map(t -> new SituationLink(s.title(), s.text(), t.item().path(), t.item().title())))
                .toList();
    }

    private void page(Page page) {
        jobs.add(new PageJob(page.item().path(), "page.jte",
                new PageView(itemFrame(page.item(), List.of(), "website"), page, bodies.of(page))));
    }

    private void themes() {
        String path = SitePaths.list(ContentCollection.THEMES);
        var view = new ListView(frame("Thema's", "De thema's waar SONETA aan werkt.", path, trail(), "website"),
                "Kies een thema. U ziet dan welke organisaties helpen, en het nieuws, de bijeenkomsten en publicaties over dat thema.",
                "", site.themes().stream().map(cards::of).toList(), Pagination.single(path), "Er zijn nog geen thema's.",
                Optional.empty());
        jobs.add(new PageJob(path, "list.jte", view));
    }

    private void theme(Theme theme) {
        var view = new ThemeView(itemFrame(theme.item(), sectionTrail(ContentCollection.THEMES, "Thema's"), "website"),
                theme, bodies.of(theme),
                site.organisationsWithTheme(theme).stream().map(cards::of).toList(),
                site.newsWithTheme(theme).stream().map(cards::of).toList(),
                site.eventsWithTheme(theme).stream().map(cards::of).toList(),
                site.publicationsWithTheme(theme).stream().map(cards::of).toList());
        jobs.add(new PageJob(theme.item().path(), "theme.jte", view));
    }

    private void organisation(Organisation o) {
        PageFrame frame = itemFrame(o.item(), sectionTrail(ContentCollection.ORGANISATIONS, "Organisaties"), "website");
        var view = new OrganisationView(frame.withStructuredData(structuredData.of(o, frame.description())),
                o, bodies.of(o), site.themes(o.themes()), site.publications(o.sources()),
                site.newsAbout(o).stream().map(cards::of).toList(),
                site.eventsWith(o).stream().map(cards::of).toList(),
                site.publicationsAbout(o).stream().map(cards::of).toList());
        jobs.add(new PageJob(o.item().path(), "organisation.jte", view));
    }

    private void news(NewsItem n) {
        var view = new NewsView(itemFrame(n.item(), sectionTrail(ContentCollection.NEWS, "Nieuws"), "article"),
                n, bodies.of(n), site.themes(n.themes()), site.organisations(n.organisations()));
        jobs.add(new PageJob(n.item().path(), "news.jte", view));
    }

    private void event(Event e) {
        PageFrame frame = itemFrame(e.item(), sectionTrail(ContentCollection.EVENTS, "Agenda"), "website");
        var view = new EventView(frame.withStructuredData(structuredData.of(e, frame.description())),
                e, bodies.of(e), site.themes(e.themes()), site.organisations(e.organisations()),
                e.report().flatMap(site::publication), cards.isPast(e));
        jobs.add(new PageJob(e.item().path(), "event.jte", view));
    }

    private void publication(Publication p) {
        List<Crumb> trail = sectionTrail(ContentCollection.PUBLICATIONS, "Publicaties");
        List<Card> events = site.events().stream()
                .filter(e -> e.report().filter(p.item().slug()::equals).isPresent()).map(cards::of).toList();
        jobs.add(new PageJob(p.item().path(), "publication.jte", new PublicationView(itemFrame(p.item(), trail, "article"),
                p, bodies.of(p), reports.of(p), site.themes(p.themes()), site.organisations(p.organisations()), events)));
        List<Crumb> chapterTrail = new ArrayList<>(trail);
        chapterTrail.add(new Crumb(p.item().title(), p.item().path()));
        List<Chapter> chapters = p.chapters();
        for (int i = 0; i < chapters.size(); i++) {
            Chapter chapter = chapters.get(i);
            Item item = chapter.item();
            String description = item.hasSummary() ? item.summary() : p.item().summary();
            var view = new ChapterView(frame(item.title(), description, item.path(), chapterTrail, "article")
                    .withPreviewNote(PreviewNote.of(item, today)),
                    p, chapter, bodies.of(chapter), reports.of(p, chapter),
                    i > 0 ? Optional.of(chapters.get(i - 1)) : Optional.empty(),
                    i + 1 < chapters.size() ? Optional.of(chapters.get(i + 1)) : Optional.empty());
            jobs.add(new PageJob(item.path(), "chapter.jte", view));
        }
    }

    private void newsletter(Newsletter n) {
        var view = new NewsletterView(itemFrame(n.item(), sectionTrail(ContentCollection.NEWSLETTERS, "Nieuwsbrief"), "article"),
                n, bodies.of(n), site.news(n.news()).stream().map(cards::of).toList(),
                site.events(n.events()).stream().map(cards::of).toList());
        jobs.add(new PageJob(n.item().path(), "newsletter.jte", view));
    }

    private void search() {
        var view = new SearchView(frame("Zoeken", "Zoek op de website van " + site.config().title() + ".", SitePaths.SEARCH,
                trail(), "website"), site.config().baseUrl().link(search.manifestPath()),
                site.config().baseUrl().link(SitePaths.HOME),
                Arrays.stream(EntryKind.values()).map(k -> new FilterOption(k.slug(), k.label())).toList(),
                site.themes().stream().map(t -> new FilterOption(t.item().slug(), t.item().title())).toList());
        jobs.add(new PageJob(SitePaths.SEARCH, "search.jte", view));
    }

    private <T extends Entry> void list(ContentCollection collection, String title, String introduction, String notice,
                                        List<T> items, Function<T, Card> card, String emptyMessage) {
        jobs.addAll(listPages(new ListPages(SitePaths.list(collection), title, introduction, trail(), emptyMessage)
                .withNotice(notice), items.stream().map(card).toList()));
    }

    /** A list split into pages of the site's page size; page 1 is at the list's own path. */
    List<PageJob> listPages(ListPages list, List<Card> items) {
        int pageSize = site.config().pageSize();
        int pageCount = Math.max(1, (items.size() + pageSize - 1) / pageSize);
        List<PageJob> pages = new ArrayList<>();
        for (int page = 1; page <= pageCount; page++) {
            Pagination pagination = new Pagination(list.path(), page, pageCount);
            String path = pagination.pathOf(page);
            String pageTitle = page == 1 ? list.title() : list.title() + " – pagina " + page + " van " + pageCount;
            List<Crumb> crumbs = page == 1 ? list.trail() : list.trailBelow();
            List<Card> cardsOfPage = items.stream().skip((long) (page - 1) * pageSize).limit(pageSize).toList();
            pages.add(new PageJob(path, "list.jte", new ListView(frame(pageTitle, list.introduction(), path, crumbs, "website"),
                    list.introduction(), page == 1 ? list.notice() : "", cardsOfPage, pagination, list.emptyMessage(),
                    list.archive())));
        }
        return pages;
    }

    private PageFrame itemFrame(Item item, List<Crumb> trail, String openGraphType) {
        String description = item.hasSummary() ? item.summary() : site.config().description();
        return frame(item.title(), description, item.path(), trail, openGraphType)
                .withPreviewNote(PreviewNote.of(item, today));
    }

    PageFrame frame(String title, String description, String path, List<Crumb> trail, String openGraphType) {
        List<Card> related = search.relatedTo(path).stream().map(cards::of).toList();
        return new PageFrame(site.config(), title, description, path, trail, assets, openGraphType, related,
                Optional.empty(), Optional.empty());
    }

    static List<Crumb> trail() {
        return List.of(new Crumb("Home", SitePaths.HOME));
    }

    static List<Crumb> sectionTrail(ContentCollection collection, String title) {
        return List.of(new Crumb("Home", SitePaths.HOME), new Crumb(title, SitePaths.list(collection)));
    }
}
