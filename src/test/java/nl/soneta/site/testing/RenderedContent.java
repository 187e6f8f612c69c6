package nl.soneta.site.testing;

import java.util.Optional;
import java.util.Set;
import nl.soneta.site.content.Diagnostics;
import nl.soneta.site.content.LoadedContent;
import nl.soneta.site.content.ContentLoader;
import nl.soneta.site.markdown.MarkdownStage;
import nl.soneta.site.markdown.RenderedBodies;
import nl.soneta.site.site.ModelOptions;
import nl.soneta.site.site.Site;
import nl.soneta.site.site.SiteModelBuilder;

/** A project's content after the load, model and markdown stages: what the search stage starts from. */
public record RenderedContent(Site site, RenderedBodies bodies) {

    public static RenderedContent of(SiteFixture project) {
        Diagnostics diagnostics = new Diagnostics();
        LoadedContent loaded = new ContentLoader().load(project.root().resolve("content"), project.root(), diagnostics);
        Site site = new SiteModelBuilder(diagnostics).build(loaded, new ModelOptions(false, Optional.empty(), SiteFixture.TODAY))
                .orElseThrow(() -> new IllegalStateException(diagnostics.toString()));
        Set<String> failed = loaded.failedSources();
        RenderedBodies bodies = new MarkdownStage(diagnostics).render(site, failed::contains);
        if (diagnostics.hasErrors()) {
            throw new IllegalStateException("the content has errors: " + diagnostics);
        }
        return new RenderedContent(site, bodies);
    }
}
