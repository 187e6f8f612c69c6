package nl.soneta.site.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.soneta.site.content.ContentCollection;
import nl.soneta.site.render.view.ArchiveNav;
import nl.soneta.site.render.view.ArchiveNav.ArchiveLink;
import nl.soneta.site.site.NewsItem;
import nl.soneta.site.site.Site;
import nl.soneta.site.site.SitePaths;
import nl.soneta.site.site.Theme;

/**
 * The news list and its archives: one list per year and one per theme that has news, newest first, each linked
 * from the news list so that older news stays easy to find.
 */
final class NewsArchivePages {
    private static final String TITLE = "Nieuws";

    private final Site site;
    private final Cards cards;
    private final PagePlanner planner;

    NewsArchivePages(Site site, Cards cards, PagePlanner planner) {
        this.site = site;
        this.cards = cards;
        this.planner = planner;
    }

    List<PageJob> plan() {
        Map<Integer, List<NewsItem>> years = byYear();
        Map<Theme, List<NewsItem>> themes = byTheme();
        ArchiveNav nav = new ArchiveNav("Nieuwsarchief", List.of(
                new ArchiveNav.Group("Nieuws per jaar", years.entrySet().stream()
                        .map(y -> link(String.valueOf(y.getKey()), y.getValue(), SitePaths.newsYear(y.getKey()))).toList()),
                new ArchiveNav.Group("Nieuws per thema", themes.entrySet().stream()
                        .map(t -> link(t.getKey().item().title(), t.getValue(), SitePaths.newsTheme(t.getKey().item().slug())))
                        .toList())));
        List<Crumb> below = PagePlanner.sectionTrail(ContentCollection.NEWS, TITLE);
        List<PageJob> jobs = new ArrayList<>();
        ListPages all = new ListPages(SitePaths.list(ContentCollection.NEWS), TITLE, "Nieuws uit het netwerk van SONETA.",
                PagePlanner.trail(), "Er is nog geen nieuws.");
        jobs.addAll(pages(site.news().isEmpty() ? all : all.withArchive(nav), site.news()));
        years.forEach((year, news) -> jobs.addAll(pages(new ListPages(SitePaths.newsYear(year), "Nieuws uit " + year,
                "Alle berichten uit " + year + ". Het nieuwste bericht staat bovenaan.", below, "").withArchive(nav), news)));
        themes.forEach((theme, news) -> jobs.addAll(pages(new ListPages(SitePaths.newsTheme(theme.item().slug()),
                "Nieuws over " + theme.item().title(),
                "Alle berichten over het thema " + theme.item().title() + ". Het nieuwste bericht staat bovenaan.",
                below, "").withArchive(nav), news)));
        return jobs;
    }

    private List<PageJob> pages(ListPages list, List<NewsItem> news) {
        return planner.listPages(list, news.stream().map(cards::of).toList());
    }

    /** Newest year first; within a year the site's news order, newest first. */
    private Map<Integer, List<NewsItem>> byYear() {
        Map<Integer, List<NewsItem>> years = new TreeMap<>(Comparator.reverseOrder());
        site.news().forEach(n -> years.computeIfAbsent(n.date().getYear(), y -> new ArrayList<>()).add(n));
        return years;
    }

    /** Themes in the site's theme order, each with its news; a theme without news gets no page. */
    private Map<Theme, List<NewsItem>> byTheme() {
        Map<Theme, List<NewsItem>> themes = new LinkedHashMap<>();
        site.themes().forEach(t -> {
            List<NewsItem> news = site.newsWithTheme(t);
            if (!news.isEmpty()) {
                themes.put(t, news);
            }
        });
        return themes;
    }

    private static ArchiveLink link(String name, List<NewsItem> news, String path) {
        return new ArchiveLink(name + " (" + news.size() + ")", path);
    }
}
