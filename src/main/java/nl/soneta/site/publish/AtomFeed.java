package nl.soneta.site.publish;

import java.time.format.DateTimeFormatter;

/** A {@link Feed} as Atom (RFC 4287). */
final class AtomFeed {
    /** RFC 3339 with the Amsterdam offset, as Atom asks. */
    private static final DateTimeFormatter RFC_3339 = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private AtomFeed() {
    }

    static String xml(Feed feed, String selfUrl) {
        StringBuilder xml = new StringBuilder(Xml.DECLARATION)
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"")
                .append(Xml.escape(feed.language())).append("\">\n");
        Xml.element(xml, "  ", "title", feed.title());
        Xml.element(xml, "  ", "subtitle", feed.description());
        link(xml, "  ", "alternate", "text/html", feed.link());
        link(xml, "  ", "self", "application/atom+xml", selfUrl);
        Xml.element(xml, "  ", "id", feed.link());
        Xml.element(xml, "  ", "updated", RFC_3339.format(feed.updated()));
        // Atom requires an author for every entry; the network itself writes all news.
        xml.append("  <author><name>").append(Xml.escape(feed.author())).append("</name></author>\n");
        for (Feed.Entry entry : feed.entries()) {
            xml.append("  <entry>\n");
            Xml.element(xml, "    ", "title", entry.title());
            link(xml, "    ", "alternate", "text/html", entry.url());
            Xml.element(xml, "    ", "id", entry.url());
            Xml.element(xml, "    ", "published", RFC_3339.format(entry.date()));
            Xml.element(xml, "    ", "updated", RFC_3339.format(entry.date()));
            if (entry.hasSummary()) {
                Xml.element(xml, "    ", "summary", entry.summary());
            }
            entry.categories().forEach(category -> xml.append("    <category term=\"")
                    .append(Xml.escape(category)).append("\"/>\n"));
            xml.append("  </entry>\n");
        }
        return xml.append("</feed>\n").toString();
    }

    private static void link(StringBuilder xml, String indent, String rel, String type, String href) {
        xml.append(indent).append("<link rel=\"").append(rel).append("\" type=\"").append(type)
                .append("\" href=\"").append(Xml.escape(href)).append("\"/>\n");
    }
}
