package nl.soneta.site.publish;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import nl.soneta.site.content.ContentCollection;
import nl.soneta.site.render.OutputFile;
import nl.soneta.site.site.BaseUrl;
import nl.soneta.site.site.NewsItem;
import nl.soneta.site.site.Site;
import nl.soneta.site.site.SiteConfig;
import nl.soneta.site.site.SitePaths;
import nl.soneta.site.site.SiteZone;

/** The news as an RSS 2.0 and an Atom feed, newest first, with the same items in both. */
public final class NewsFeeds {
    /** Readers only show recent items; a cap keeps the file small however long the archive grows. */
    static final int SIZE = 50;
    /** Atom needs an updated date even without news; a fixed one keeps the build reproducible. */
    private static final ZonedDateTime NO_NEWS = Instant.EPOCH.atZone(SiteZone.ALMERE);

    private NewsFeeds() {
    }

    public static List<OutputFile> files(Site site) {
        SiteConfig config = site.config();
        BaseUrl baseUrl = config.baseUrl();
        List<Feed.Entry> entries = site.news().stream().limit(SIZE).map(news -> entry(news, site, baseUrl)).toList();
        Feed feed = new Feed(config.newsFeedTitle(), config.description(), config.title(), config.language(),
                baseUrl.absolute(SitePaths.list(ContentCollection.NEWS)),
                entries.isEmpty() ? NO_NEWS : entries.get(0).date(), entries);
        return List.of(file(SitePaths.NEWS_RSS, RssFeed.xml(feed, baseUrl.absolute(SitePaths.NEWS_RSS))),
                file(SitePaths.NEWS_ATOM, AtomFeed.xml(feed, baseUrl.absolute(SitePaths.NEWS_ATOM))));
    }

    private static Feed.Entry entry(NewsItem news, Site site, BaseUrl baseUrl) {
        // News has a day, not a time: the item appears at the start of that day in Almere.
        ZonedDateTime date = news.date().atStartOfDay(SiteZone.ALMERE);
        List<String> themes = site.themes(news.themes()).stream().map(theme -> theme.item().title()).toList();
        return new Feed.Entry(news.item().title(), news.item().hasSummary() ? news.item().summary() : "",
                baseUrl.absolute(news.item().path()), date, themes);
    }

    private static OutputFile file(String sitePath, String xml) {
        return new OutputFile(SitePaths.outputFile(sitePath), xml.getBytes(StandardCharsets.UTF_8));
    }
}
