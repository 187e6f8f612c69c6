package nl.soneta.site.render;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import gg.jte.resolve.DirectoryCodeResolver;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
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

    /**
     * The templates of {@code templates}, compiled when first used and again whenever one of them changes: for the
     * preview server. {@code classes} receives the compiled classes.
     */
    public static SiteRenderer compiledAtRuntime(Path templates, Path classes) {
        // the compiled templates must see the view records and jte wherever this class was loaded from (a plain
        // class path, or the isolated loader of exec:java)
        TemplateEngine engine = TemplateEngine.create(new DirectoryCodeResolver(templates), classes, ContentType.Html,
                SiteRenderer.class.getClassLoader());
        // as jte-maven-plugin is configured in pom.xml, so that the preview shows what a build writes
        engine.setTrimControlStructures(true);
        return new SiteRenderer(engine);
    }

    /**
     * Renders the pages in parallel and hands each to {@code sink} (from any thread) as soon as it is done.
     *
     * @return the paths of the pages in the output folder, in the order of {@code jobs}
     */
    public List<String> render(List<PageJob> jobs, Consumer<OutputFile> sink) {
        return jobs.parallelStream().map(job -> {
            OutputFile page = render(job);
            sink.accept(page);
            return page.path();
        }).toList();
    }

    /**
     * Every page of the site, decided but not rendered yet.
     *
     * @param today decides which meetings are upcoming and which have taken place
     */
    public List<PageJob> plan(Site site, RenderedBodies bodies, Assets assets, LocalDate today, SearchLinks search) {
        return new PagePlanner(site, bodies, assets, today, search).plan();
    }

    /** The e-mail edition of every newsletter issue: not pages of the site, so apart from {@link #render}. */
    public List<OutputFile> newsletterMail(Site site, RenderedBodies bodies) {
        return new NewsletterMail(engine, site, bodies).files();
    }

    public OutputFile render(PageJob job) {
        StringOutput output = new StringOutput(8192);
        engine.render(job.template(), job.view(), output);
        return new OutputFile(SitePaths.outputFile(job.path()), output.toString().getBytes(StandardCharsets.UTF_8));
    }
}
