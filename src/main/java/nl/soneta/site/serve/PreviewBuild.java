package nl.soneta.site.serve;

import gg.jte.TemplateException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import nl.soneta.site.build.BuildOptions;
import nl.soneta.site.content.ByteStore;
import nl.soneta.site.content.ContentLoader;
import nl.soneta.site.content.Diagnostics;
import nl.soneta.site.content.LoadCache;
import nl.soneta.site.content.LoadedContent;
import nl.soneta.site.content.SourcePosition;
import nl.soneta.site.markdown.BodyCache;
import nl.soneta.site.markdown.MarkdownStage;
import nl.soneta.site.markdown.RenderedBodies;
import nl.soneta.site.publish.FilesBesidePages;
import nl.soneta.site.publish.ThemeAssets;
import nl.soneta.site.render.OutputFile;
import nl.soneta.site.render.PageJob;
import nl.soneta.site.render.SearchLinks;
import nl.soneta.site.render.SiteRenderer;
import nl.soneta.site.search.SearchStage;
import nl.soneta.site.site.BaseUrl;
import nl.soneta.site.site.Entry;
import nl.soneta.site.site.ModelOptions;
import nl.soneta.site.site.Site;
import nl.soneta.site.site.SiteModelBuilder;
import nl.soneta.site.site.SitePaths;

/**
 * The preview's site, kept in memory between rebuilds so that a rebuild does only what a change needs. See the
 * package description for what is reused and why. Not thread-safe by itself: {@link LivePreview} calls it from
 * one thread; only {@link #searchInput()} / {@link #computeSearch} may run beside a rebuild.
 */
public final class PreviewBuild {
    private final BuildOptions options;
    private final SiteRenderer renderer;
    private final LoadCache parsedFiles = LoadCache.keeping();
    private final BodyCache bodies = new BodyCache();
    private final Map<String, PageJob> jobsByPath = new HashMap<>();
    private final Map<String, byte[]> pagesByFile = new HashMap<>();
    private Map<String, byte[]> files = Map.of();
    private PreviewSite site = PreviewSite.EMPTY;
    private Published last;
    private Optional<SearchStage.Exported> search = Optional.empty();
    private SearchLinks searchLinks = SearchLinks.none();
    private long generation;
    private boolean searchStale;

    public PreviewBuild(BuildOptions options, SiteRenderer renderer) {
        this.options = options;
        this.renderer = renderer;
    }

    /** The state to serve: the last good site, with the errors of the last rebuild if it failed. */
    public PreviewSite site() {
        return site;
    }

    /**
     * Reloads the content and publishes what changed. Only changed files are read and parsed again; Markdown is rendered
     * only for bodies whose text or link targets changed, and a page is rendered only when its view differs
     * from the last rebuild's, or when a template changed.
     *
     * @param changed the files that changed since the last rebuild (any path; only templates are told apart)
     */
    public Rebuild rebuild(Set<Path> changed) {
        long started = System.nanoTime();
        generation++;
        Diagnostics diagnostics = new Diagnostics();
        Optional<BaseUrl> baseUrl = options.baseUrl().flatMap(BaseUrl::parse);
        LoadedContent loaded = new ContentLoader(parsedFiles, ByteStore.MEMORY).load(options.contentDir(), options.root(), diagnostics);
        Optional<Site> model = new SiteModelBuilder(diagnostics).build(loaded, new ModelOptions(options.drafts(), baseUrl, options.today()));
        if (model.isEmpty() || diagnostics.hasErrors()) {
            return failed(diagnostics, started);
        }
        Set<String> failedToLoad = loaded.failedSources();
        RenderedBodies rendered = new MarkdownStage(diagnostics, bodies).render(model.get(), failedToLoad::contains);
        if (diagnostics.hasErrors()) {
            return failed(diagnostics, started);
        }
        boolean firstBuild = search.isEmpty();
        if (firstBuild) {
            SearchStage.Exported exported = SearchStage.export(model.get(), rendered);
            search = Optional.of(exported);
            searchLinks = exported.links();
        } else {
            // titles, summaries, themes and bodies are all indexed: any change to an item makes the index stale
            searchStale |= !model.get().entries().equals(last.site().entries());
        }
        Published input = new Published(model.get(), rendered, ThemeAssets.load(options.assetsDir()));
        return publish(input, diagnostics, changed.stream().anyMatch(this::isTemplate), started);
    }

    /** Whether text changed since the search index was made, so that it and the related pages are out of date. */
    public boolean isSearchStale() {
        return searchStale;
    }

    /** What a search refresh works on: the model and bodies of the last good rebuild, and its generation. */
    public Optional<SearchInput> searchInput() {
        return last == null ? Optional.empty() : Optional.of(new SearchInput(generation, last.site(), last.bodies()));
    }

    /** Builds the index and related pages from {@code input}; slow, so meant to run beside the preview. */
    public static SearchResult computeSearch(SearchInput input) {
        return new SearchResult(input.generation(), SearchStage.export(input.site(), input.bodies()));
    }

    /**
     * Takes a refreshed index and its related pages, re-rendering the pages whose related links changed; does
     * nothing when the site changed meanwhile (the result is stale, and a new refresh will follow) or is broken.
     */
    public Optional<Rebuild> applySearch(SearchResult result) {
        if (result.generation() != generation || last == null || site.isBroken()) {
            // while the content has errors the error page stays up; the next good rebuild asks for a new refresh
            return Optional.empty();
        }
        search = Optional.of(result.exported());
        searchLinks = result.exported().links();
        searchStale = false;
        return Optional.of(publish(last, new Diagnostics(), false, System.nanoTime()));
    }

    private Rebuild publish(Published input, Diagnostics diagnostics, boolean templatesChanged, long started) {
        SearchLinks links = relinked(searchLinks, input.site());
        List<PageJob> jobs = renderer.plan(input.site(), input.bodies(), input.assets().manifest(), options.today(), links);
        Map<String, PageJob> planned = new LinkedHashMap<>();
        jobs.forEach(job -> planned.put(job.path(), job));
        List<PageJob> toRender = jobs.stream()
                .filter(job -> templatesChanged || !job.equals(jobsByPath.get(job.path())))
                .toList();
        Map<String, byte[]> renderedPages = new ConcurrentHashMap<>();
        Consumer<PageJob> render = job -> {
            OutputFile page = renderer.render(job);
            renderedPages.put(page.path(), page.bytes());
        };
        Set<String> templates = new HashSet<>();
        try {
            // one page of each template first, alone: a template compiled at runtime is then compiled by one thread
            toRender.stream().filter(job -> templates.add(job.template())).forEach(render);
            toRender.parallelStream().filter(job -> !renderedPages.containsKey(SitePaths.outputFile(job.path())))
                    .forEach(render);
        } catch (TemplateException e) {
            diagnostics.error(SourcePosition.startOf("theme/templates"), "een template kan niet worden gebruikt: "
                    + e.getMessage() + rootCause(e), "herstel de template en sla hem opnieuw op");
            return failed(diagnostics, started);
        }
        Set<String> removed = new TreeSet<>(jobsByPath.keySet());
        removed.removeAll(planned.keySet());
        removed.forEach(path -> pagesByFile.remove(SitePaths.outputFile(path)));
        pagesByFile.putAll(renderedPages);
        jobsByPath.clear();
        jobsByPath.putAll(planned);

        List<OutputFile> pages = jobs.stream()
                .map(job -> SitePaths.outputFile(job.path()))
                .map(file -> new OutputFile(file, pagesByFile.get(file)))
                .toList();
        Map<String, byte[]> next = new TreeMap<>();
        pages.forEach(page -> next.put(page.path(), page.bytes()));
        List<OutputFile> others = new ArrayList<>(search.map(SearchStage.Exported::files).orElse(List.of()));
        others.addAll(input.assets().files());
        others.addAll(renderer.newsletterMail(input.site(), input.bodies()));
        others.addAll(FilesBesidePages.of(input.site(), pages.stream().map(OutputFile::path).toList()));
        others.forEach(file -> next.put(file.path(), file.bytes()));
        int changedFiles = changedFiles(files, next);
        files = next;
        Map<String, Path> media = new TreeMap<>();
        input.site().media().forEach(m -> media.put(SitePaths.outputFile(SitePaths.media(m.relativePath())), m.file()));
        site = new PreviewSite(Map.copyOf(next), Map.copyOf(media), List.of());
        last = input;
        Set<String> renderedPaths = new TreeSet<>();
        toRender.forEach(job -> renderedPaths.add(job.path()));
        return new Rebuild(diagnostics, renderedPaths, removed, changedFiles, since(started));
    }

    private Rebuild failed(Diagnostics diagnostics, long started) {
        site = site.withErrors(diagnostics.all().stream().filter(d -> d.isError()).toList());
        return new Rebuild(diagnostics, Set.of(), Set.of(), 0, since(started));
    }

    /**
     * The related pages of the last search refresh, pointed at the current version of each item (so a renamed
     * title shows at once), leaving out items that are gone. Keeping the choice of related pages fixed between
     * refreshes means an edit re-renders only the pages that show the edited item, not every page whose ranking
     * a changed word might shift.
     */
    private static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause == e ? "" : " (" + cause + ")";
    }

    private static SearchLinks relinked(SearchLinks links, Site site) {
        Map<String, Entry> byPath = new HashMap<>();
        site.entries().forEach(e -> byPath.put(e.item().path(), e));
        Map<String, List<Entry>> related = new HashMap<>();
        links.relatedByPath().forEach((path, entries) -> related.put(path, entries.stream()
                .map(e -> byPath.get(e.item().path())).filter(Objects::nonNull).toList()));
        return new SearchLinks(links.manifestPath(), related);
    }

    private static int changedFiles(Map<String, byte[]> before, Map<String, byte[]> after) {
        Set<String> paths = new TreeSet<>(before.keySet());
        paths.addAll(after.keySet());
        return (int) paths.stream().filter(p -> !Arrays.equals(before.get(p), after.get(p))).count();
    }

    private boolean isTemplate(Path file) {
        return file.toAbsolutePath().normalize().startsWith(options.root().resolve("theme").resolve("templates"));
    }

    private static Duration since(long started) {
        return Duration.ofNanos(System.nanoTime() - started);
    }

    /** The inputs of the last good publish, kept to re-publish when the search refresh arrives. */
    private record Published(Site site, RenderedBodies bodies, ThemeAssets assets) {
    }

    public record SearchInput(long generation, Site site, RenderedBodies bodies) {
    }

    public record SearchResult(long generation, SearchStage.Exported exported) {
    }
}
