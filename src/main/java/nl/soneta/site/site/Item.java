package nl.soneta.site.site;

/**
 * What every content item has.
 *
 * @param path   the item's URL path inside the site, such as {@code /organisaties/de-schoor/}
 * @param source the file it was read from, relative to the project root
 */
public record Item(String slug, String title, String summary, String path, String source, boolean draft,
                   MarkdownSource body) {

    public boolean hasSummary() {
        return summary != null && !summary.isBlank();
    }
}
