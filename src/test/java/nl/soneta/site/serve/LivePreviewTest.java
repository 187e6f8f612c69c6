package nl.soneta.site.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Stream;
import nl.soneta.site.build.BuildOptions;
import nl.soneta.site.testing.FileTrees;
import nl.soneta.site.testing.FixtureSites;
import nl.soneta.site.testing.SiteFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview end to end: a fixture project with this repository's templates (compiled at runtime, as {@code serve}
 * does), served on a free port, changed on disk the way editors do, and watched by an HTTP client that listens
 * to the reload events and fetches the pages. Waits poll with a time limit; nothing sleeps a fixed time.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LivePreviewTest {
    private static final Duration LIMIT = Duration.ofSeconds(60);

    private final HttpClient http = HttpClient.newHttpClient();
    private final AtomicInteger reloads = new AtomicInteger();
    private final List<Rebuild> rebuilds = new CopyOnWriteArrayList<>();
    private Path root;
    private LivePreview preview;

    @BeforeAll
    void start(@TempDir Path temp) throws Exception {
        root = temp.resolve("project");
        FixtureSites.complete(root);
        FileTrees.copy(SiteFixture.PROJECT.resolve("theme/templates"), root.resolve("theme/templates"));
        BuildOptions options = new BuildOptions(root, root.resolve("target/preview"),
                Optional.of("http://localhost:8080/"), true, SiteFixture.TODAY);
        preview = LivePreview.start(options, 0, rebuilds::add);
        assertTrue(rebuilds.get(0).succeeded(), () -> rebuilds.get(0).diagnostics().all().toString());
        listenForReloads();
    }

    @AfterAll
    void stop() throws IOException {
        preview.close();
    }

    @Test
    void aSavedChangeReloadsOpenPagesWithTheNewContent() throws Exception {
        HttpResponse<String> before = get("/organisaties/ouderenbond/");
        assertEquals(200, before.statusCode());
        assertEquals(1, count(before.body(), PreviewServer.SCRIPT_TAG), "one reload script, in the head");
        assertTrue(before.body().indexOf(PreviewServer.SCRIPT_TAG) < before.body().indexOf("</head>"));
        HttpResponse<String> script = get(PreviewServer.RELOAD_SCRIPT);
        assertTrue(script.headers().firstValue("Content-Type").orElseThrow().startsWith("text/javascript"));
        assertTrue(script.body().contains("new EventSource(\"/_soneta/events\")"));

        replace("content/organisaties/ouderenbond.md", "Wij helpen.", "Wij helpen ouderen thuis.");
        awaitReloadAnd("/organisaties/ouderenbond/", page -> page.contains("Wij helpen ouderen thuis."));
    }

    @Test
    void draftsArePartOfThePreview() throws Exception {
        assertEquals(200, get("/nieuws/concept/").statusCode());
    }

    @Test
    void brokenFrontMatterShowsTheErrorInsteadOfThePageUntilItIsFixed() throws Exception {
        replace("content/organisaties/buurthulp.md", "themes: [eenzaamheid]", "themes: [\"<b>eenzaam</b>\"]");
        HttpResponse<String> error = awaitReloadAnd("/nieuws/nieuws-1/", page -> page.contains("kan niet worden bijgewerkt"));
        assertEquals(500, error.statusCode());
        assertTrue(error.body().contains("<code>content/organisaties/buurthulp.md:5:"), error.body());
        assertTrue(error.body().contains("&lt;b&gt;eenzaam&lt;/b&gt;"), "content is escaped");
        assertFalse(error.body().contains("<b>eenzaam"), "content is escaped");
        assertTrue(error.body().contains("Tip: "), "the hint is shown");
        assertEquals(1, count(error.body(), PreviewServer.SCRIPT_TAG), "the error page reloads too");
        assertFalse(error.body().contains("style="), "no inline style");

        replace("content/organisaties/buurthulp.md", "themes: [\"<b>eenzaam</b>\"]", "themes: [eenzaamheid]");
        awaitReloadAnd("/nieuws/nieuws-1/", page -> page.contains("Nieuws 1") && !page.contains("kan niet worden bijgewerkt"));
    }

    @Test
    void aRenamedOrganisationMovesAndItsListFollows() throws Exception {
        Files.move(root.resolve("content/organisaties/jongerenraad.md"),
                root.resolve("content/organisaties/jongerenraad-almere.md"), StandardCopyOption.ATOMIC_MOVE);
        awaitReloadAnd("/organisaties/jongerenraad-almere/", page -> page.contains("Jongerenraad"));
        assertEquals(404, get("/organisaties/jongerenraad/").statusCode());
        assertTrue(get("/organisaties/").body().contains("href=\"/organisaties/jongerenraad-almere/\""));
    }

    @Test
    void aDeletedNewsItemDisappears() throws Exception {
        Files.delete(root.resolve("content/nieuws/nieuws-5.md"));
        awaitReloadAnd("/nieuws/nieuws-5/", page -> page.contains("niet gevonden") || page.contains("Niet gevonden"));
        assertEquals(404, get("/nieuws/nieuws-5/").statusCode());
    }

    @Test
    void aPublicationInANewFolderAppears() throws Exception {
        Path folder = root.resolve("content/publicaties/advies");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("index.md"), """
                ---
                title: Advies over armoede
                date: 2026-09-01
                publisher: SONETA
                summary: Ons advies.
                ---
                ## Samenvatting

                Meer doen tegen armoede.
                """);
        awaitReloadAnd("/publicaties/advies/", page -> page.contains("Meer doen tegen armoede."));
    }

    @Test
    void aTemplateChangeShowsWithoutARestart() throws Exception {
        replace("theme/templates/notfound.jte", "</h1>", "</h1>\n<p>Proefmarkering van de template.</p>");
        awaitReloadAnd("/bestaat-niet/", page -> page.contains("Proefmarkering van de template."));
    }

    private HttpResponse<String> awaitReloadAnd(String path, Predicate<String> shows) throws Exception {
        int before = reloads.get();
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response = get(path);
            if (reloads.get() > before && shows.test(response.body())) {
                return response;
            }
            Thread.sleep(20);
        }
        throw new AssertionError(path + " did not change within " + LIMIT + "; rebuilds: " + rebuilds);
    }

    private void listenForReloads() {
        HttpRequest request = HttpRequest.newBuilder(uri(PreviewServer.EVENTS)).build();
        http.sendAsync(request, HttpResponse.BodyHandlers.ofLines()).thenAccept(response -> {
            try (Stream<String> lines = response.body()) {
                lines.filter("event: reload"::equals).forEach(line -> reloads.incrementAndGet());
            }
        });
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + preview.port() + path);
    }

    private void replace(String file, String from, String to) {
        SiteFixture.existing(root).replace(file, from, to);
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
