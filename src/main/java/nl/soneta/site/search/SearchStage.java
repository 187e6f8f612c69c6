package nl.soneta.site.search;

import java.util.List;
import nl.soneta.site.markdown.RenderedBodies;
import nl.soneta.site.render.OutputFile;
import nl.soneta.site.render.SearchLinks;
import nl.soneta.site.site.Site;

/**
 * The search stage: indexes the rendered text of every item page with Lucene, works out the related pages,
 * and exports the index as static files for the browser.
 */
public final class SearchStage {
    /** Chosen by measured quality on the query set: see SearchQualityTest. */
    public static final Stemmer STEMMER = Stemmer.SNOWBALL;

    /** The index files and what the pages link to. */
    public record Output(List<OutputFile> files, SearchLinks links) {
    }

    public static SiteIndex index(Site site, RenderedBodies bodies) {
        return index(site, bodies, STEMMER);
    }

    /** With another stemmer: for measuring which one finds better. */
    public static SiteIndex index(Site site, RenderedBodies bodies, Stemmer stemmer) {
        return SiteIndex.build(new SearchDocuments(site, bodies).all(), stemmer);
    }

    public Output run(Site site, RenderedBodies bodies) {
        SiteIndex index = index(site, bodies);
        List<OutputFile> files = new IndexExport(index, site.themes()).files();
        return new Output(files, new SearchLinks(IndexExport.manifestPath(files),
                new RelatedPages(index, site.publications()).all()));
    }
}
