package nl.soneta.site.search;

import java.util.List;
import nl.soneta.site.markdown.RenderedBodies;
import nl.soneta.site.render.OutputFile;
import nl.soneta.site.render.SearchLinks;
import nl.soneta.site.site.Site;

/**
 * The search stage: indexes the rendered text of every item page with Lucene and exports the index as static
 * files for the browser. The related pages, a page feature that uses the same index, are a step of their own.
 */
public final class SearchStage {
    /** Chosen by measured quality on the query set: see SearchQualityTest. */
    public static final Stemmer STEMMER = Stemmer.SNOWBALL;

    /** The Lucene index, kept for the related pages, and the exported files. */
    public record Output(SiteIndex index, List<OutputFile> files) {

        public String manifestPath() {
            return IndexExport.manifestPath(files);
        }
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
        return new Output(index, new IndexExport(index, site.themes()).files());
    }

    /** What the pages link to: the index manifest and each item's related pages. */
    public static SearchLinks links(Output search, Site site) {
        return new SearchLinks(search.manifestPath(), new RelatedPages(search.index(), site.publications()).all());
    }
}
