package nl.soneta.site.build;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import nl.soneta.site.content.ContentLoader;
import nl.soneta.site.content.Diagnostics;
import nl.soneta.site.content.LoadCache;
import nl.soneta.site.content.LoadedContent;
import nl.soneta.site.content.ScratchFile;
import nl.soneta.site.content.SourcePosition;
import nl.soneta.site.language.ReadingLevels;
import nl.soneta.site.markdown.MarkdownStage;
import nl.soneta.site.markdown.RenderedBodies;
import nl.soneta.site.publish.FilesBesidePages;
import nl.soneta.site.publish.OutputTree;
import nl.soneta.site.publish.ThemeAssets;
import nl.soneta.site.render.OutputFile;
import nl.soneta.site.render.PageJob;
import nl.soneta.site.render.SearchLinks;
import nl.soneta.site.render.SiteRenderer;
import nl.soneta.site.search.SearchStage;
import nl.soneta.site.site.BaseUrl;
import nl.soneta.site.site.ModelOptions;
import nl.soneta.site.site.Site;
import nl.soneta.site.site.SiteModelBuilder;

/**
 * The whole pipeline, load → model → markdown → (language, on a check) → search (and related pages) → render → publish, with one progress report per stage.
 * Every stage that can still find problems runs, so an editor sees all of them at once; nothing is
 * written unless there are no errors.
 */
public final class SitePipeline {
    private final SiteRenderer renderer;
    private final Progress progress;

    public SitePipeline(SiteRenderer renderer, Progress progress) {
        this.renderer = renderer;
        this.progress = progress;
    }

    /** Builds and writes the site. */
    public BuildResult build(BuildOptions options) {
        return run(options, true);
    }

    /** Loads, validates and renders in memory; writes nothing. */
    public BuildResult check(BuildOptions options) {
        return run(options, false);
    }

    /** The large texts of a run live on a scratch file, so that memory does not grow with the number of pages. */
    private BuildResult run(BuildOptions options, boolean write) {
        try (ScratchFile scratch = ScratchFile.create()) {
            return run(options, write, scratch);
        }
    }

    private BuildResult run(BuildOptions options, boolean write, ScratchFile scratch) {
        long started = System.nanoTime();
        Diagnostics diagnostics = new Diagnostics();
        if (write) {
            recoverOutput(options);
        }
        Optional<BaseUrl> baseUrl = options.baseUrl().flatMap(text -> parseBaseUrl(text, diagnostics));

        Optional<Model> model = model(options, baseUrl, diagnostics, scratch);
        if (model.isEmpty()) {
            return result(diagnostics, 0, 0, 0, started);
        }
        Site site = model.get().site();
        Set<String> failedToLoad = model.get().failedToLoad();
        RenderedBodies bodies = timed("markdown", () -> new MarkdownStage(diagnostics, scratch).render(site, failedToLoad::contains),
                b -> b.bySource().size() + " bodies");
        if (diagnostics.hasErrors()) {
            return result(diagnostics, 0, 0, 0, started);
        }
        // Only a check reports reading levels; a build does not spend the time.
        ReadingLevels levels = write ? ReadingLevels.NONE : timed("language",
                () -> ReadingLevels.measure(site, bodies), r -> r.pages().size() + " pages measured");
        try (OutputTree.Staging staging = write ? new OutputTree(options.out()).stage() : null) {
            // files go to disk as soon as they are made, so memory does not grow with the number of pages; a check
            // makes them all the same, since a template that fails on some item must fail the check, not the publish
            Consumer<OutputFile> sink = staging == null ? file -> { } : staging::write;
            SearchLinks links = search(site, bodies, scratch, sink);
            ThemeAssets assets = ThemeAssets.load(options.assetsDir());
            List<PageJob> jobs = timed("plan", () -> renderer.plan(site, bodies, assets.manifest(), options.today(), links),
                    j -> j.size() + " pages");
            List<String> pages = timed("render", () -> renderer.render(jobs, sink), p -> p.size() + " pages");
            if (staging == null) {
                return new BuildResult(diagnostics, pages.size(), 0, 0, Duration.ofNanos(System.nanoTime() - started), levels);
            }
            List<OutputFile> files = new ArrayList<>(renderer.newsletterMail(site, bodies));
            files.addAll(assets.files());
            files.addAll(FilesBesidePages.of(site, pages));
            long bytes = timed("write", () -> {
                files.parallelStream().forEach(staging::write);
                site.media().parallelStream().forEach(staging::copy);
                staging.swapIn();
                return staging.bytes();
            }, b -> staging.files() + " files, " + (b + 1023) / 1024 + " KB");
            return result(diagnostics, pages.size(), staging.files(), bytes, started);
        }
    }

    /** Indexes the site, hands the index files to {@code sink} and works out what each page links to. */
    private SearchLinks search(Site site, RenderedBodies bodies, ScratchFile scratch, Consumer<OutputFile> sink) {
        AtomicInteger files = new AtomicInteger();
        Consumer<OutputFile> counted = file -> {
            files.incrementAndGet();
            sink.accept(file);
        };
        try (SearchStage.Output search = timed("search", () -> new SearchStage().run(site, bodies, scratch, counted),
                s -> files.get() + " index files")) {
            return timed("related", () -> SearchStage.links(search, site), l -> l.relatedByPath().size() + " pages");
        }
    }

    /** The site model and which content files failed to load; the loaded files themselves are not kept. */
    private record Model(Site site, Set<String> failedToLoad) {
    }

    private Optional<Model> model(BuildOptions options, Optional<BaseUrl> baseUrl, Diagnostics diagnostics,
                                  ScratchFile scratch) {
        LoadedContent loaded = timed("load", () -> new ContentLoader(LoadCache.NONE, scratch).load(options.contentDir(), options.root(), diagnostics),
                l -> l.files().found() + " files, " + l.media().size() + " media");
        Optional<Site> site = timed("model", () -> new SiteModelBuilder(diagnostics)
                        .build(loaded, new ModelOptions(options.drafts(), baseUrl, options.today())),
                s -> s.map(x -> x.entries().size() + " items").orElse("no site settings"));
        return site.map(s -> new Model(s, loaded.failedSources()));
    }

    private static void recoverOutput(BuildOptions options) {
        try {
            new OutputTree(options.out()).recoverInterruptedSwap();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot restore the previous site in " + options.out(), e);
        }
    }

    private Optional<BaseUrl> parseBaseUrl(String text, Diagnostics diagnostics) {
        Optional<BaseUrl> parsed = BaseUrl.parse(text);
        if (parsed.isEmpty()) {
            diagnostics.error(SourcePosition.startOf("--base-url"), "'" + text + "' is geen geldig adres",
                    "geef een volledig adres, bijvoorbeeld --base-url https://example.github.io/soneta/");
        }
        return parsed;
    }

    private <T> T timed(String stage, Supplier<T> work, Function<T, String> summary) {
        long start = System.nanoTime();
        T value = work.get();
        progress.stage(stage, summary.apply(value), Duration.ofNanos(System.nanoTime() - start));
        return value;
    }

    private static BuildResult result(Diagnostics diagnostics, int pages, int files, long bytes, long started) {
        return new BuildResult(diagnostics, pages, files, bytes, Duration.ofNanos(System.nanoTime() - started));
    }
}
