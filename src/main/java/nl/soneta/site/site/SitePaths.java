package nl.soneta.site.site;

import nl.soneta.site.content.ContentCollection;

/** The URL scheme of the site, in one place. Every page path starts and ends with a slash; file paths start with one. */
public final class SitePaths {
    public static final String HOME = "/";
    public static final String PAGINATION_SEGMENT = "pagina";
    public static final String MEDIA = "/media/";
    public static final String ASSETS = "/assets/";
    public static final String SEARCH = "/zoeken/";
    /** The static search index lives under the search page. */
    public static final String SEARCH_INDEX = SEARCH + "index/";
    public static final String NEWS_RSS = "/nieuws/feed.xml";
    public static final String NEWS_ATOM = "/nieuws/atom.xml";
    /** Under the news list: the archives by theme ({@link #newsTheme}). */
    public static final String NEWS_THEME_SEGMENT = "thema";
    /** Meetings that have taken place, once there are more than the agenda itself shows. */
    public static final String PAST_EVENTS = "/agenda/geweest/";
    /** Every meeting of the agenda as one iCalendar file, to subscribe to. */
    public static final String CALENDAR = "/agenda.ics";
    /** Open data for partners: every organisation, at addresses that stay the same from build to build. */
    public static final String ORGANISATIONS_JSON = "/organisaties.json";
    public static final String ORGANISATIONS_CSV = "/organisaties.csv";
    public static final String ORGANISATIONS_SCHEMA = "/organisaties.schema.json";

    private SitePaths() {
    }

    public static String list(ContentCollection collection) {
        return "/" + collection.folder() + "/";
    }

    public static String item(ContentCollection collection, String slug) {
        return collection == ContentCollection.PAGES ? "/" + slug + "/" : list(collection) + slug + "/";
    }

    /** The news of one year, newest first. */
    public static String newsYear(int year) {
        return list(ContentCollection.NEWS) + year + "/";
    }

    /** The news about one theme, newest first. */
    public static String newsTheme(String themeSlug) {
        return list(ContentCollection.NEWS) + NEWS_THEME_SEGMENT + "/" + themeSlug + "/";
    }

    public static String chapter(String publicationSlug, String chapterSlug) {
        return item(ContentCollection.PUBLICATIONS, publicationSlug) + chapterSlug + "/";
    }

    /** A static page of the sociale kaart with the organisations of one theme, doelgroep, wijk or soort. */
    public static String organisationFilter(Facet facet, String slug) {
        return list(ContentCollection.ORGANISATIONS) + facet.key() + "/" + slug + "/";
    }

    /**
     * The organisations of a theme without the site around them, for partners to frame. A file, not a folder,
     * so it stays out of the sitemap and carries noindex like the other {@code .html} pages.
     */
    public static String organisationEmbed(String themeSlug) {
        return organisationFilter(Facet.THEMA, themeSlug) + EMBED_FILE;
    }

    /** The file name of every {@link #organisationEmbed}. */
    public static final String EMBED_FILE = "insluiten.html";

    /** Page 1 of a list is the list's own path; later pages are {@code <list>pagina/<n>/}. */
    public static String listPage(String listPath, int pageNumber) {
        return pageNumber <= 1 ? listPath : listPath + PAGINATION_SEGMENT + "/" + pageNumber + "/";
    }

    /** One meeting as an iCalendar file, inside its page's folder and named after it, so a download has a clear name. */
    public static String calendar(String itemPath, String slug) {
        return itemPath + slug + ".ics";
    }

    /** The e-mail edition of a newsletter issue, next to its web page, for editors to paste into their mailing tool. */
    public static String newsletterMailHtml(String itemPath) {
        return itemPath + "e-mail.html";
    }

    /** The plain-text alternative of {@link #newsletterMailHtml}, for mail programs that show no HTML. */
    public static String newsletterMailText(String itemPath) {
        return itemPath + "e-mail.txt";
    }

    public static String media(String relativePath) {
        return MEDIA + relativePath;
    }

    /** The file that serves a path: clean URLs are folders with an index.html. */
    public static String outputFile(String sitePath) {
        return sitePath.endsWith("/") ? sitePath.substring(1) + "index.html" : sitePath.substring(1);
    }
}
