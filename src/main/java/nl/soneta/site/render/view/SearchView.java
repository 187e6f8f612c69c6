package nl.soneta.site.render.view;

import java.util.List;
import nl.soneta.site.render.PageFrame;

/**
 * The search page. The results are made in the browser from the static index; the page itself carries the
 * form, the filters and where the index is.
 *
 * @param indexUrl the URL of the index manifest, which names every other index file
 * @param siteRoot the URL of the site's home page, ending in "/", against which result URLs resolve
 */
public record SearchView(PageFrame frame, String indexUrl, String siteRoot, List<FilterOption> kinds,
                         List<FilterOption> themes) {
}
