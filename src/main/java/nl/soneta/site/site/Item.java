package nl.soneta.site.site;

import nl.soneta.site.content.MarkdownSource;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What every content item has.
 *
 * @param path        the item's URL path inside the site, such as {@code /organisaties/de-schoor/}
 * @param source      the file it was read from, relative to the project root
 * @param publishDate the first day the item is on the site, if it waits for one
 * @param expiryDate  the last day the item is on the site, if it has one
 */
public record Item(String slug, String title, String summary, String path, String source, boolean draft,
                   Optional<LocalDate> publishDate, Optional<LocalDate> expiryDate, MarkdownSource body) {

    public boolean hasSummary() {
        return summary != null && !summary.isBlank();
    }
}
