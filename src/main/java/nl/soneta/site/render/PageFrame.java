package nl.soneta.site.render;

import java.util.List;
import java.util.Optional;
import nl.soneta.site.site.MenuItem;
import nl.soneta.site.site.SecurityPolicy;
import nl.soneta.site.site.SiteConfig;
import nl.soneta.site.site.SitePaths;

/**
 * What the base layout needs to wrap any page: the site settings, the page's title, description and path,
 * its breadcrumb trail, and the fingerprinted assets. Templates write every internal URL through
 * {@link #link}, so the site works under a sub-path.
 *
 * @param related        pages like this one ("Gerelateerd"), found by the search index; empty for lists
 * @param structuredData schema.org JSON-LD of the page, already escaped for a script element; empty for most pages
 * @param previewNote    for an item the real site leaves out (only built with drafts): its label, shown on the page
 */
public record PageFrame(SiteConfig site, String title, String description, String path, List<Crumb> breadcrumbs,
                        Assets assets, String openGraphType, List<Card> related, Optional<String> structuredData,
                        Optional<PreviewNote> previewNote) {

    public PageFrame withStructuredData(String json) {
        return new PageFrame(site, title, description, path, breadcrumbs, assets, openGraphType, related,
                Optional.of(json), previewNote);
    }

    public PageFrame withPreviewNote(Optional<PreviewNote> note) {
        return new PageFrame(site, title, description, path, breadcrumbs, assets, openGraphType, related,
                structuredData, note);
    }

    public String link(String sitePath) {
        return site.baseUrl().link(sitePath);
    }

    /** The Content-Security-Policy for the meta element that opens the head. */
    public String securityPolicy() {
        return SecurityPolicy.CONTENT;
    }

    public String asset(String name) {
        return link(assets.path(name));
    }

    public String canonicalUrl() {
        return site.baseUrl().absolute(path);
    }

    /** Pages that search engines should list: all but the "not found" page and items shown only in a preview. */
    public boolean isIndexable() {
        return !path.endsWith(".html") && previewNote.isEmpty();
    }

    public boolean isHome() {
        return SitePaths.HOME.equals(path);
    }

    /** The text of the browser tab: the page first, so tabs and search results stay distinguishable. */
    public String documentTitle() {
        return isHome() ? site.title() + " – " + site.tagline() : title + " – " + site.title();
    }

    /** The menu entry of the section this page is in, for {@code aria-current}. */
    public boolean isCurrent(MenuItem item) {
        return item.path().equals(path) || (!SitePaths.HOME.equals(item.path()) && path.startsWith(item.path()));
    }

    public String currentValue(MenuItem item) {
        if (item.path().equals(path)) {
            return "page";
        }
        return isCurrent(item) ? "true" : null;
    }
}
