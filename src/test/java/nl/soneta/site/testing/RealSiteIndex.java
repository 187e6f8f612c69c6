package nl.soneta.site.testing;

import nl.soneta.site.search.SearchStage;
import nl.soneta.site.search.SiteIndex;

/** The Lucene index of the real content, built by the same stages as a site build: the search reference. */
public final class RealSiteIndex {
    private static SiteIndex index;

    private RealSiteIndex() {
    }

    /** Built once per test JVM and shared: building takes seconds, and nothing changes it. */
    public static synchronized SiteIndex get() {
        if (index == null) {
            RenderedContent content = RenderedContent.of(SiteFixture.project());
            index = SearchStage.index(content.site(), content.bodies());
        }
        return index;
    }
}
