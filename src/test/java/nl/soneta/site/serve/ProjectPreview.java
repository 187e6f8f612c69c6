package nl.soneta.site.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.soneta.site.build.BuildOptions;
import nl.soneta.site.testing.FileTrees;
import nl.soneta.site.testing.SiteFixture;

/**
 * {@code serve} on a copy of this repository's project (its real content and theme) in a folder of the test, on a
 * free loopback port, with the templates compiled at runtime as {@code serve} does: the copy may be changed freely
 * while it is served.
 */
final class ProjectPreview implements AutoCloseable {
    private final LivePreview preview;
    private final Shown shown;

    private ProjectPreview(LivePreview preview, Shown shown) {
        this.preview = preview;
        this.shown = shown;
    }

    /** The rebuilds the preview has shown, and when each of them began (a {@link System#nanoTime()}). */
    private record Shown(List<Rebuild> rebuilds, List<Long> started) {
        void add(Rebuild rebuild) {
            started.add(System.nanoTime() - rebuild.took().toNanos());
            rebuilds.add(rebuild);
        }
    }

    /** Copies the project's content and theme into {@code folder}/project; call {@link #start} when it is ready. */
    static Path copyProject(Path folder) {
        Path root = folder.resolve("project");
        FileTrees.copy(SiteFixture.PROJECT.resolve("content"), root.resolve("content"));
        FileTrees.copy(SiteFixture.PROJECT.resolve("theme"), root.resolve("theme"));
        return root;
    }

    /** Serves the project in {@code root}, whose first build must succeed. */
    static ProjectPreview start(Path root) {
        Shown shown = new Shown(new CopyOnWriteArrayList<>(), new CopyOnWriteArrayList<>());
        BuildOptions options = new BuildOptions(root, root.resolve("target/preview"), Optional.of("http://localhost:8080/"),
                true, SiteFixture.TODAY);
        try {
            LivePreview preview = LivePreview.start(options, 0, shown::add);
            Rebuild first = shown.rebuilds().get(0);
            if (!first.succeeded()) {
                preview.close();
                throw new IllegalStateException("the project does not build: " + first.diagnostics().all());
            }
            return new ProjectPreview(preview, shown);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int port() {
        return preview.port();
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port() + path);
    }

    /** Every rebuild so far, the first build included. */
    List<Rebuild> rebuilds() {
        return List.copyOf(shown.rebuilds());
    }

    /** Whether the preview has shown a rebuild that began after {@code moment} (a {@link System#nanoTime()}). */
    boolean showedRebuildStartedAfter(long moment) {
        return shown.started().stream().anyMatch(started -> started > moment);
    }

    @Override
    public void close() throws IOException {
        preview.close();
    }
}
