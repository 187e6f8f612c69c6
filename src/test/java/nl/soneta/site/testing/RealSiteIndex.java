package nl.soneta.site.testing;

import java.util.Optional;
import nl.soneta.site.content.ContentLoader;
import nl.soneta.site.content.Diagnostics;
import nl.soneta.site.content.LoadedContent;
import nl.soneta.site.markdown.MarkdownStage;
import nl.soneta.site.markdown.RenderedBodies;
import nl.soneta.site.search.SearchStage;
import nl.soneta.site.search.SiteIndex;
import nl.soneta.site.site.ModelOptions;
import nl.soneta.site.site.Site;
import nl.soneta.site.site.SiteModelBuilder;

/** The Lucene index of the real content, built by the same stages as a site build: the search reference. */
public final class RealSiteIndex {
    private static SiteIndex index;

    private RealSiteIndex() {
    }

    /** Built once per test JVM; nothing changes it. */
    public static synchronized SiteIndex get() {
        if (index == null) {
            Diagnostics diagnostics = new Diagnostics();
            LoadedContent loaded = new ContentLoader().load(SiteFixture.PROJECT.resolve("content"), SiteFixture.PROJECT, diagnostics);
            Optional<Site> site = new SiteModelBuilder(diagnostics).build(loaded, ModelOptions.DEFAULT);
            RenderedBodies bodies = new MarkdownStage(diagnostics).render(site.orElseThrow(), source -> false);
            if (diagnostics.hasErrors()) {
                throw new IllegalStateException("the real content has errors: " + diagnostics.all());
            }
            index = SearchStage.index(site.get(), bodies);
        }
        return index;
    }
}
