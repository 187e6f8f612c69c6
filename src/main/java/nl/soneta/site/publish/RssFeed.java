package nl.soneta.site.publish;

import java.time.format.DateTimeFormatter;

/** A {@link Feed} as RSS 2.0. */
final class RssFeed {
    /** RFC 822 with four-digit years, as RSS 2.0 asks; always English day and month names. */
    private static final DateTimeFormatter RFC_822 = DateTimeFormatter.RFC_1123_DATE_TIME;

    private RssFeed() {
    }

    static String xml(Feed feed, String selfUrl) {
        StringBuilder xml = new StringBuilder(Xml.DECLARATION)
                .append("<rss version=\"2.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\">\n<channel>\n");
        Xml.element(xml, "  ", "title", feed.title());
        Xml.element(xml, "  ", "link", feed.link());
        Xml.element(xml, "  ", "description", feed.description());
        Xml.element(xml, "  ", "language", feed.language());
        Xml.element(xml, "  ", "lastBuildDate", RFC_822.format(feed.updated()));
        // Lets a reader find the feed again from a copy of the file (the RSS Advisory Board's advice).
        xml.append("  <atom:link href=\"").append(Xml.escape(selfUrl))
                .append("\" rel=\"self\" type=\"application/rss+xml\"/>\n");
        for (Feed.Entry entry : feed.entries()) {
            xml.append("  <item>\n");
            Xml.element(xml, "    ", "title", entry.title());
            Xml.element(xml, "    ", "link", entry.url());
            if (entry.hasSummary()) {
                Xml.element(xml, "    ", "description", entry.summary());
            }
            Xml.element(xml, "    ", "pubDate", RFC_822.format(entry.date()));
            xml.append("    <guid isPermaLink=\"true\">").append(Xml.escape(entry.url())).append("</guid>\n");
            entry.categories().forEach(category -> Xml.element(xml, "    ", "category", category));
            xml.append("  </item>\n");
        }
        return xml.append("</channel>\n</rss>\n").toString();
    }
}
