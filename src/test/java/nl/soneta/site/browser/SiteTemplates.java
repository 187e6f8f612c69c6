package nl.soneta.site.browser;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import nl.soneta.site.testing.BuiltSite;
import nl.soneta.site.testing.ServedSite;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Every kind of page the real site has, each with one page of the real content that shows it, and a
 * deterministic sample of the built site for checks that cost a second a page: all templates, plus every
 * {@value #STRIDE}th page in path order.
 */
final class SiteTemplates {
    /**
     * A kind of page: its name in reports, the site paths it renders, and the pages of the real content that show
     * it (the first is the one that shows most of it; others show a variant).
     */
    record Template(String name, Pattern paths, List<String> examples) {
        Template(String name, String paths, String... examples) {
            this(name, Pattern.compile(paths), List.of(examples));
        }

        String example() {
            return examples.get(0);
        }
    }

    /** First match wins, so the specific patterns come before the general ones. */
    static final List<Template> ALL = List.of(
            new Template("home", "/", "/"),
            new Template("theme list", "/themas/", "/themas/"),
            new Template("theme", "/themas/[^/]+/", "/themas/eenzaamheid/"),
            new Template("directory", "/organisaties/", "/organisaties/"),
            new Template("partner list", "/organisaties/thema/[^/]+/insluiten\\.html", "/organisaties/thema/eenzaamheid/insluiten.html"),
            new Template("filter page", "/organisaties/(thema|voor|wijk|soort)/[^/]+/", "/organisaties/voor/ouderen/"),
            new Template("organisation", "/organisaties/[^/]+/", "/organisaties/gemeente-almere/"),
            new Template("news list", "/nieuws/", "/nieuws/"),
            new Template("news archive year", "/nieuws/\\d{4}/", "/nieuws/2023/"),
            new Template("news archive theme", "/nieuws/thema/[^/]+/", "/nieuws/thema/sociale-basis/"),
            new Template("news item", "/nieuws/[^/]+/", "/nieuws/2023-11-03-advies-adviesraad-sociale-staat/"),
            new Template("agenda", "/agenda/", "/agenda/"),
            new Template("event", "/agenda/[^/]+/", "/agenda/2023-06-27-dialoogbijeenkomst-sociale-staat-van-almere/"),
            new Template("publication list", "/publicaties/", "/publicaties/"),
            // A report with chapters, and a publication that is one document.
            new Template("publication", "/publicaties/[^/]+/", "/publicaties/evaluatie-burgerkracht/", "/publicaties/thematafel-eenzaamheid/"),
            new Template("chapter", "/publicaties/[^/]+/[^/]+/", "/publicaties/evaluatie-burgerkracht/04-het-begrip-burgerkracht/"),
            new Template("newsletter list", "/nieuwsbrief/", "/nieuwsbrief/"),
            new Template("newsletter", "/nieuwsbrief/[^/]+/", "/nieuwsbrief/nieuwsbrief-2026-11/"),
            new Template("search", "/zoeken/(\\?q=.+)?", "/zoeken/?q=" + SiteTemplates.QUERY_WITH_RESULTS),
            new Template("not found", "/404\\.html", "/404.html"),
            new Template("page", "/[^/]+/", "/over-soneta/"));

    static final int STRIDE = 4;
    /** A query with results of every kind, so that the search page shows all the parts of its result list. */
    static final String QUERY_WITH_RESULTS = "vrijwilligers";

    private SiteTemplates() {
    }

    /** The template that renders a site path such as {@code /organisaties/humanitas/}. */
    static Template of(String sitePath) {
        return ALL.stream().filter(t -> t.paths().matcher(sitePath).matches()).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no template renders " + sitePath));
    }

    /** Opens a page as a visitor sees it: a search once its results (or the word that there are none) are in. */
    static void open(ChromeDriver driver, ServedSite site, String page) {
        driver.get(site.url(page));
        if (page.startsWith("/zoeken/?q=")) {
            String query = URLDecoder.decode(page.substring("/zoeken/?q=".length()), StandardCharsets.UTF_8);
            new SearchPage(driver, site).awaitOutcome(query);
        }
    }

    /**
     * The examples of every template, then every {@value #STRIDE}th page of the built site (sorted by path, the
     * e-mail edition of newsletters left out: it is mail, not a site page), without repeats.
     */
    static List<String> sample(BuiltSite site) {
        Set<String> paths = new LinkedHashSet<>();
        ALL.forEach(t -> paths.addAll(t.examples()));
        List<String> pages = new ArrayList<>();
        for (Path file : site.htmlFiles()) {
            String relative = site.relative(file);
            if (!BuiltSite.isMailEdition(relative)) {
                pages.add("/" + (relative.endsWith("index.html") ? relative.substring(0, relative.length() - "index.html".length()) : relative));
            }
        }
        for (int i = 0; i < pages.size(); i += STRIDE) {
            paths.add(pages.get(i));
        }
        return List.copyOf(paths);
    }
}
