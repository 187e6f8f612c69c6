package nl.soneta.site.publish;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * What the RSS and the Atom feed both say, with every URL already absolute.
 *
 * @param link    the web page the feed belongs to
 * @param updated the date of the newest entry, never the build time, so that equal input gives equal bytes
 */
record Feed(String title, String description, String author, String language, String link, ZonedDateTime updated,
            List<Entry> entries) {

    /** One news item; {@code url} doubles as its permanent id. */
    record Entry(String title, String summary, String url, ZonedDateTime date, List<String> categories) {

        boolean hasSummary() {
            return !summary.isBlank();
        }
    }
}
