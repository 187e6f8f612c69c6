package nl.soneta.site.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import nl.soneta.site.content.ByteStore;
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

    /** The Lucene index, kept open for the related pages, and the site path of the exported manifest. */
    public record Output(SiteIndex index, String manifestPath) implements AutoCloseable {

        /** Deletes the index; its exported files are written already. */
        @Override
        public void close() {
            index.close();
        }
    }

    /** The exported files, all in memory, and what the pages link to: for the preview, which serves from memory. */
    public record Exported(List<OutputFile> files, SearchLinks links) {
    }

    public static SiteIndex index(Site site, RenderedBodies bodies) {
        return index(site, bodies, STEMMER);
    }

    /** With another stemmer: for measuring which one finds better. */
    public static SiteIndex index(Site site, RenderedBodies bodies, Stemmer stemmer) {
        return SiteIndex.build(new SearchDocuments(site, bodies).all(), stemmer);
    }

    /**
     * Indexes the site and hands every exported file to {@code sink} as soon as it is complete.
     *
     * @param sink takes files from several threads at once
     * @param store where the export keeps its parts until all are made (their names carry a hash of all of them)
     */
    public Output run(Site site, RenderedBodies bodies, ByteStore store, Consumer<OutputFile> sink) {
        SiteIndex index = SiteIndex.build(new SearchDocuments(site, bodies).all(), STEMMER, store);
        try {
            return new Output(index, new IndexExport(index, site.themes(), store).writeTo(sink));
        } catch (RuntimeException e) {
            index.close();
            throw e;
        }
    }

    /** What the pages link to: the index manifest and each item's related pages. */
    public static SearchLinks links(Output search, Site site) {
        return new SearchLinks(search.manifestPath(), new RelatedPages(search.index(), site.publications()).all());
    }

    /** Index, export and related pages at once, in memory; the index is deleted after. */
    public static Exported export(Site site, RenderedBodies bodies) {
        List<OutputFile> files = Collections.synchronizedList(new ArrayList<>());
        try (Output output = new SearchStage().run(site, bodies, ByteStore.MEMORY, files::add)) {
            return new Exported(List.copyOf(files), links(output, site));
        }
    }
}
