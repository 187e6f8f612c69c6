package nl.soneta.site.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import nl.soneta.site.build.BuildOptions;
import nl.soneta.site.render.SiteRenderer;

/**
 * The {@code serve} command's machinery: builds the preview, serves it, watches {@code content/} and
 * {@code theme/}, rebuilds after each save and tells open pages to reload. Rebuilds run one at a time on one
 * thread; saves that arrive during a rebuild are merged into the next one. The search index and the related
 * pages are refreshed beside it, once the editor has paused (see the package description).
 */
public final class LivePreview implements AutoCloseable {
    /** How long the folders must be quiet before a burst of file events counts as one save. */
    static final Duration SAVE_BURST = Duration.ofMillis(40);
    /** How long after the last rebuild the search index is refreshed. */
    static final Duration SEARCH_PAUSE = Duration.ofSeconds(2);

    /** How long closing waits for a rebuild that is running. */
    private static final Duration STOP_WAIT = Duration.ofSeconds(20);

    private final PreviewBuild build;
    private final PreviewServer server;
    private final SourceWatcher watcher;
    private final Consumer<Rebuild> report;
    private final ExecutorService rebuilds = Executors.newSingleThreadExecutor(daemon("preview-rebuild"));
    private final ScheduledExecutorService search = Executors.newSingleThreadScheduledExecutor(daemon("preview-search"));
    private final Thread watching;
    private final Set<Path> pending = new LinkedHashSet<>();
    private final Optional<TemplateSnapshot> templates;
    /** The changes of rebuilds that failed, and so are not shown yet: the next rebuild must take them in again. */
    private final Set<Path> unshown = new LinkedHashSet<>();
    private volatile PreviewSite site;
    private ScheduledFuture<?> searchRefresh;
    private boolean rebuildQueued;
    private boolean wasBroken;
    private long reloads;

    private LivePreview(BuildOptions options, int port, Consumer<Rebuild> report) throws IOException {
        this.report = report;
        Path root = options.root().toAbsolutePath().normalize();
        Path source = root.resolve("theme").resolve("templates");
        SiteRenderer renderer;
        if (Files.isDirectory(source)) {
            TemplateSnapshot snapshot = new TemplateSnapshot(source, root.resolve("target").resolve("jte-preview-templates"));
            snapshot.update();
            this.templates = Optional.of(snapshot);
            renderer = SiteRenderer.compiledAtRuntime(snapshot.folder(), root.resolve("target").resolve("jte-preview"));
        } else {
            // a project without templates of its own uses those built into the program
            this.templates = Optional.empty();
            renderer = SiteRenderer.precompiled();
        }
        this.build = new PreviewBuild(options, renderer);
        Rebuild first = build.rebuild(Set.of());
        this.site = build.site();
        this.wasBroken = !first.succeeded();
        report.accept(first);
        this.server = new PreviewServer(() -> site, port);
        this.watcher = new SourceWatcher(List.of(options.contentDir(), options.root().resolve("theme")), SAVE_BURST);
        this.watching = new Thread(() -> watcher.run(this::changed), "preview-watch");
        watching.setDaemon(true);
    }

    /**
     * Builds the site (with the options' drafts setting), then serves it on {@code port} (0: any free port) and
     * rebuilds on every change until closed; {@code report} receives every rebuild that is shown, the first one
     * included. The project's {@code theme/templates} are compiled at runtime (into {@code target/jte-preview}),
     * so that a template change shows at once; a project without them gets the templates built into the program.
     */
    public static LivePreview start(BuildOptions options, int port, Consumer<Rebuild> report) throws IOException {
        LivePreview preview = new LivePreview(options, port, report);
        preview.server.start();
        preview.watching.start();
        return preview;
    }

    public int port() {
        return server.port();
    }

    private void changed(Set<Path> paths) {
        synchronized (pending) {
            pending.addAll(paths);
            if (rebuildQueued) {
                return;
            }
            rebuildQueued = true;
        }
        rebuilds.execute(this::rebuild);
    }

    private void rebuild() {
        Set<Path> paths;
        synchronized (pending) {
            paths = new LinkedHashSet<>(pending);
            pending.clear();
            rebuildQueued = false;
        }
        paths.addAll(unshown);
        Rebuild result;
        try {
            templates.ifPresent(snapshot -> paths.addAll(snapshot.update()));
            result = build.rebuild(paths);
        } catch (RuntimeException e) {
            // a bug must not stop the preview: show it, and the next save tries again
            unshown.addAll(paths);
            e.printStackTrace();
            return;
        }
        if (!result.succeeded()) {
            unshown.addAll(paths);
            if (changedMeanwhile()) {
                // the files changed while they were read, so the error may be a file caught half-saved or moved
                // away; the rebuild that is queued now decides what to show
                return;
            }
        } else {
            unshown.clear();
        }
        publish(result);
        if (result.succeeded() && build.isSearchStale()) {
            scheduleSearch();
        }
    }

    private void publish(Rebuild result) {
        site = build.site();
        boolean recovered = wasBroken && result.succeeded();
        wasBroken = !result.succeeded();
        report.accept(result);
        if (result.changedAnything() || recovered) {
            server.reload(++reloads);
        }
    }

    /** Whether a change arrived during the last rebuild, or arrives within one save burst after it. */
    private boolean changedMeanwhile() {
        try {
            Thread.sleep(2 * SAVE_BURST.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (pending) {
            return rebuildQueued;
        }
    }

    private synchronized void scheduleSearch() {
        if (searchRefresh != null) {
            searchRefresh.cancel(false);
        }
        searchRefresh = search.schedule(this::refreshSearch, SEARCH_PAUSE.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Indexes on the search thread; the result is applied on the rebuild thread, unless the site changed meanwhile. */
    private void refreshSearch() {
        CompletableFuture.supplyAsync(build::searchInput, rebuilds).join().ifPresent(input -> {
            PreviewBuild.SearchResult result = PreviewBuild.computeSearch(input);
            rebuilds.execute(() -> build.applySearch(result).ifPresent(this::publish));
        });
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public void close() throws IOException {
        watcher.close();
        server.close();
        rebuilds.shutdownNow();
        search.shutdownNow();
        try {
            // a rebuild still running would write compiled templates into the project after the caller is done
            rebuilds.awaitTermination(STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
            search.awaitTermination(STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
