package nl.soneta.site.publish;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import nl.soneta.site.render.OutputFile;
import nl.soneta.site.site.Site;

/**
 * The files a site publishes next to its pages: sitemap, news feeds, calendar, open data and the host's headers. One list, so that
 * a build and the preview server always publish the same set.
 */
public final class FilesBesidePages {
    private FilesBesidePages() {
    }

    /** @param pages the paths of the site's pages in the output folder */
    public static List<OutputFile> of(Site site, Collection<String> pages) {
        List<OutputFile> files = new ArrayList<>(Sitemap.files(pages, site.config().baseUrl()));
        files.addAll(NewsFeeds.files(site));
        files.addAll(CalendarFiles.files(site.events(), site.config()));
        files.addAll(OpenData.files(site));
        files.add(HostHeaders.file(pages));
        return files;
    }
}
