package nl.soneta.site.render;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import nl.soneta.site.markdown.RenderedBodies;
import nl.soneta.site.site.Site;
import nl.soneta.site.site.SitePaths;

/** Renders every page of the site with the jte templates, in parallel, into output files. */
public final class SiteRenderer {
    private final TemplateEngine engine;

    public SiteRenderer(TemplateEngine engine) {
        this.engine = engine;
    }

    /** The templates of theme/templates, compiled into the jar at build time. */
    public static SiteRenderer precompiled() {
        return new SiteRenderer(TemplateEngine.createPrecompiled(ContentType.Html));
    }

    /** @param today decides which meetings are upcoming and which have taken place */
    public List<OutputFile> render(Site site, RenderedBodies bodies, Assets assets, LocalDate today, SearchLinks search) {
        return new PagePlanner(site, bodies, assets, today, search).plan().parallelStream().map(this::render).toList();
    }

    /** The e-mail edition of every newsletter issue: not pages of the site, so apart from {@link #render}. */
    public List<OutputFile> newsletterMail(Site site, RenderedBodies bodies) {
        return new NewsletterMail(engine, site, bodies).files();
    }

    private OutputFile render(PageJob job) {
        StringOutput output = new StringOutput(8192);
        engine.render(job.template(), job.view(), output);
        return new OutputFile(SitePaths.outputFile(job.path()), output.toString().getBytes(StandardCharsets.UTF_8));
    }
}
