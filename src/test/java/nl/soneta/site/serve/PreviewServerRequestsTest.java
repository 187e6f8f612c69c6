package nl.soneta.site.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.soneta.site.build.BuildOptions;
import nl.soneta.site.testing.FixtureSites;
import nl.soneta.site.testing.RawHttp;
import nl.soneta.site.testing.SiteFixture;
import nl.soneta.site.testing.TraversalPaths;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the preview server answers to requests no browser sends, written raw on a socket: paths that climb out of
 * the site ({@link TraversalPaths}), paths to the project's own files, and methods other than GET on every kind of
 * path. The site is served from memory, so nothing outside it can be read; these tests hold that to account with
 * canary files beside the project and in it, whose text no answer may contain. And how fast it answers the requests
 * a browser does send.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PreviewServerRequestsTest {
    private static final String CANARY = "KANARIE-7f3a9c-NIET-SERVEREN";

    private Path root;
    private LivePreview preview;
    private List<String> secrets;
    private Path canary;

    @BeforeAll
    void start(@TempDir Path temp) throws IOException {
        root = temp.resolve("project");
        FixtureSites.complete(root);
        // beside the project, in it, and posing as its build file
        canary = temp.resolve("canary.txt").toAbsolutePath();
        Files.writeString(canary, CANARY + "-buiten");
        Files.writeString(root.resolve("canary.txt"), CANARY + "-project");
        Files.writeString(root.resolve("pom.xml"), "<project>" + CANARY + "-pom</project>");
        secrets = List.of(CANARY, "root:x:0:0", "baseUrl: https://example.test/", "title: Over ons");
        BuildOptions options = new BuildOptions(root, root.resolve("target/preview"), Optional.of("http://localhost:8080/"),
                true, SiteFixture.TODAY);
        preview = LivePreview.start(options, 0, rebuild -> { });
    }

    @AfterAll
    void stop() throws IOException {
        preview.close();
    }

    @Test
    void noPathReachesOutsideTheSite() {
        List<String> wrong = new ArrayList<>();
        List<String> paths = TraversalPaths.all(preview.port(), "/", canary.toString());
        for (String path : paths) {
            RawHttp.Response response = RawHttp.send(preview.port(), "GET", path);
            if (response.status() != 404 && response.status() != 400) {
                wrong.add(abbreviated(path) + " -> " + response.status());
            }
            leaks(response).ifPresent(secret -> wrong.add(abbreviated(path) + " leaked " + secret));
        }
        System.out.println("preview: " + paths.size() + " traversal requests, all 404 or 400");
        assertEquals(List.of(), wrong);
    }

    @Test
    void theSiteItselfIsServedAsBefore() {
        assertEquals(200, RawHttp.send(preview.port(), "GET", "/organisaties/ouderenbond/").status());
        assertEquals(200, RawHttp.send(preview.port(), "GET", "/media/verslag-2026.pdf").status());
        RawHttp.Response folder = RawHttp.send(preview.port(), "GET", "/organisaties");
        assertEquals(302, folder.status());
        assertEquals(Optional.of("/organisaties/"), folder.header("Location"));
        // the absolute form a proxy sends names the same page (RFC 9112, 3.2.2)
        assertEquals(200, RawHttp.send(preview.port(), "GET",
                "http://127.0.0.1:" + preview.port() + "/organisaties/ouderenbond/").status());
    }

    @Test
    void aRedirectNeverLeavesTheSiteOrSplitsTheAnswer() {
        for (String path : List.of("//example.org/organisaties", "/%2f%2fexample.org", "/organisaties%0d%0aSet-Cookie:%20x=1",
                "/organisaties%0aLocation:%20http://example.org/")) {
            RawHttp.Response response = RawHttp.send(preview.port(), "GET", path);
            assertFalse(response.header("Set-Cookie").isPresent(), path);
            response.header("Location").ifPresent(location -> assertTrue(location.startsWith("/") && !location.startsWith("//"),
                    path + " -> " + location));
            assertTrue(response.status() > 0 && response.status() < 500, path + " -> " + response.status());
        }
    }

    @Test
    void onlyGetAndHeadAreServedOnEveryKindOfPath() {
        List<String> paths = List.of("/", "/organisaties/ouderenbond/", "/404.html", "/bestaat-niet/", "/media/verslag-2026.pdf",
                PreviewServer.RELOAD_SCRIPT, PreviewServer.EVENTS, PreviewServer.PREFIX, PreviewServer.PREFIX + "onbekend",
                PreviewServer.EVENTS + "/", PreviewServer.RELOAD_SCRIPT + "/x", PreviewServer.PREFIX + "..%2fpom.xml");
        List<String> wrong = new ArrayList<>();
        for (String path : paths) {
            for (String method : List.of("POST", "PUT", "DELETE", "PATCH", "TRACE")) {
                RawHttp.Response response = RawHttp.send(preview.port(), method, path);
                if (response.status() != 405 || !response.header("Allow").equals(Optional.of("GET, HEAD"))) {
                    wrong.add(method + " " + path + " -> " + response.status() + " " + response.header("Allow"));
                }
                leaks(response).ifPresent(secret -> wrong.add(method + " " + path + " leaked " + secret));
            }
            RawHttp.Response options = RawHttp.send(preview.port(), "OPTIONS", path);
            if (options.status() != 204 || !options.header("Allow").equals(Optional.of("GET, HEAD"))) {
                wrong.add("OPTIONS " + path + " -> " + options.status() + " " + options.header("Allow"));
            }
            RawHttp.Response head = RawHttp.send(preview.port(), "HEAD", path);
            if (head.status() < 200 || head.status() >= 500 || !head.body().isEmpty()) {
                wrong.add("HEAD " + path + " -> " + head.status() + " with " + head.body().length() + " bytes of body");
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void headAnswersWhatGetWouldWithoutTheBody() {
        for (String path : List.of("/organisaties/ouderenbond/", "/bestaat-niet/", PreviewServer.RELOAD_SCRIPT, PreviewServer.EVENTS)) {
            RawHttp.Response head = RawHttp.send(preview.port(), "HEAD", path);
            assertEquals(path.equals("/bestaat-niet/") ? 404 : 200, head.status(), path);
            assertTrue(head.header("Content-Type").isPresent(), path);
            assertEquals("", head.body(), path);
        }
    }

    @Test
    void badRequestLinesAreRefusedAndTheServerKeepsServing() {
        // broken HTTP: refused by the JDK's server before the preview sees it, or by the preview for the version
        for (String request : List.of("GET\r\n\r\n", "GET /\r\n\r\n", "GET / HTTP/9.9\r\n\r\n", "\r\n\r\n",
                "GET / HTTP/1.1 extra\r\n\r\n")) {
            RawHttp.Response response = RawHttp.send(preview.port(), request);
            assertTrue(Set.of(-1, 400, 505).contains(response.status()), request.strip() + " -> " + response.text());
        }
        // well-formed HTTP asking for something that is not a path
        for (String target : List.of("/%", "/%zz", "*", "mailto:iemand@example.org", "urn:isbn:0451450523",
                "http://example.org")) {
            RawHttp.Response response = RawHttp.send(preview.port(), "GET", target);
            // 404 where the JDK's server finds no context for a target without a path; for one without a path at
            // all (mailto:, urn:) it closes the connection before the preview sees the request
            assertTrue(Set.of(-1, 400, 404).contains(response.status()), target + " -> " + response.text());
            assertTrue(leaks(response).isEmpty(), target);
        }
        assertEquals(200, RawHttp.send(preview.port(), "GET", "/").status());
    }

    @Test
    void answersOneRequestAfterAnotherWithoutWaitingForTheClient() throws Exception {
        // one connection, one request after another, as a browser loads a page's files; with Nagle's algorithm on,
        // each answer waited about 40 ms for the client's delayed acknowledgement of its headers
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + preview.port() + "/organisaties/")).build();
        long[] millis = new long[25];
        for (int i = 0; i < millis.length; i++) {
            long started = System.nanoTime();
            assertEquals(200, http.send(request, HttpResponse.BodyHandlers.ofByteArray()).statusCode());
            millis[i] = (System.nanoTime() - started) / 1_000_000;
        }
        Arrays.sort(millis);
        assertTrue(millis[millis.length / 2] < 35, "median " + millis[millis.length / 2] + " ms: " + Arrays.toString(millis));
    }

    @Test
    void eventStreamsOfClosedPagesAreLetGoAndOpenOnesKept() throws Exception {
        try (PreviewServer server = new PreviewServer(() -> PreviewSite.EMPTY, 0, Duration.ofMillis(50))) {
            server.start();
            for (int page = 0; page < 20; page++) {
                // a page that opens the stream and goes away
                try (Socket closed = openEvents(server.port())) {
                    readUntil(closed, ": verbonden");
                }
            }
            try (Socket open = openEvents(server.port())) {
                readUntil(open, ": verbonden");
                long limit = System.nanoTime() + Duration.ofSeconds(20).toNanos();
                while (server.listening() > 1 && System.nanoTime() < limit) {
                    Thread.sleep(20);
                }
                assertEquals(1, server.listening(), "the streams of the 20 closed pages are let go, the open one kept");
                readUntil(open, ":\n\n"); // and it keeps getting the heartbeat
            }
        }
    }

    private static Socket openEvents(int port) throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.setSoTimeout(10_000);
        socket.getOutputStream().write(("GET " + PreviewServer.EVENTS + " HTTP/1.1\r\nHost: x\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        return socket;
    }

    private static void readUntil(Socket socket, String expected) throws IOException {
        StringBuilder read = new StringBuilder();
        byte[] buffer = new byte[256];
        while (read.indexOf(expected) < 0) {
            int n = socket.getInputStream().read(buffer);
            if (n < 0) {
                throw new AssertionError("the stream ended before " + expected + ": " + read);
            }
            read.append(new String(buffer, 0, n, StandardCharsets.US_ASCII));
        }
    }

    private Optional<String> leaks(RawHttp.Response response) {
        return secrets.stream().filter(response.text()::contains).findFirst();
    }

    private static String abbreviated(String path) {
        return path.length() <= 80 ? path : path.substring(0, 60) + "…(" + path.length() + " characters)";
    }
}
