package nl.soneta.site.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import nl.soneta.site.testing.Chromium;
import nl.soneta.site.testing.StaticHost;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The guards the search tests rely on can fail: the host answers like a static host, and a console error or a
 * request to another host on a page is actually seen.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserHarnessTest {
    private Path folder;
    private StaticHost host;
    private StaticHost gzipHost;
    private Chromium chromium;

    @BeforeAll
    void start(@TempDir Path temp) throws IOException {
        folder = temp;
        Files.createDirectories(folder.resolve("site/sub"));
        Files.writeString(folder.resolve("site/index.html"), """
                <!DOCTYPE html><html lang="nl"><head><title>t</title><link rel="icon" href="data:,">
                <script type="module" src="app.js"></script></head><body><p>Hallo</p></body></html>""");
        Files.writeString(folder.resolve("site/app.js"), "document.body.dataset.ran = 'yes';\n".repeat(200));
        Files.writeString(folder.resolve("site/data.json"), "{\"a\": 1}");
        Files.writeString(folder.resolve("site/throws.js"), "throw new Error('boom from a module');");
        Files.writeString(folder.resolve("secret.txt"), "not part of the site");
        Files.writeString(folder.resolve("site/sub/index.html"), """
                <!DOCTYPE html><html lang="nl"><head><title>t</title><link rel="icon" href="data:,"></head>
                <body><script src="missing.js"></script><script type="module" src="../throws.js"></script><img alt="" src="http://example.com/x.png"></body></html>""");
        host = StaticHost.serve(folder.resolve("site"), "/soneta-site/");
        gzipHost = StaticHost.serveGzipped(folder.resolve("site"), "/soneta-site/");
    }

    @AfterAll
    void stop() {
        host.close();
        gzipHost.close();
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void theHostServesTheFolderUnderItsSubPathWithTypesAndWithoutCaching() throws IOException {
        HttpURLConnection script = open(host.url("/app.js"));
        assertEquals(200, script.getResponseCode());
        assertEquals("text/javascript; charset=utf-8", script.getContentType());
        assertEquals("no-store", script.getHeaderField("Cache-Control"));
        assertEquals("application/json", open(host.url("/data.json")).getContentType());
        assertEquals("text/html; charset=utf-8", open(host.url("/sub/")).getContentType());
        assertEquals(301, open(host.url("/sub")).getResponseCode());
        assertEquals(host.baseUrl().substring(host.origin().length()) + "sub/", open(host.url("/sub")).getHeaderField("Location"));
        assertEquals(404, open(host.origin() + "/app.js").getResponseCode(), "outside the sub-path");
        assertEquals(404, open(host.url("/nothing.js")).getResponseCode());
        assertEquals(404, open(host.url("/../secret.txt")).getResponseCode(), "next to the served folder");
    }

    @Test
    void theGzipHostCompressesOnlyForClientsThatAcceptIt() throws IOException {
        byte[] plain = Files.readAllBytes(folder.resolve("site/app.js"));
        HttpURLConnection zipped = open(gzipHost.url("/app.js"));
        zipped.setRequestProperty("Accept-Encoding", "gzip");
        assertEquals("gzip", zipped.getHeaderField("Content-Encoding"));
        byte[] body;
        try (InputStream in = new GZIPInputStream(zipped.getInputStream())) {
            body = in.readAllBytes();
        }
        assertEquals(new String(plain, StandardCharsets.UTF_8), new String(body, StandardCharsets.UTF_8));
        List<StaticHost.Served> log = gzipHost.takeLog();
        StaticHost.Served served = log.get(log.size() - 1);
        assertTrue(served.gzipped() && served.bytes() < plain.length / 10, served.toString());

        HttpURLConnection identity = open(gzipHost.url("/app.js"));
        assertEquals(null, identity.getHeaderField("Content-Encoding"));
        assertEquals(plain.length, identity.getInputStream().readAllBytes().length);
    }

    @Test
    void theBrowserRunsModulesFromTheHostAndReportsConsoleErrorsAndForeignRequests() {
        chromium = Chromium.start();
        chromium.driver().get(host.url("/"));
        assertEquals("yes", chromium.driver().executeScript("return document.body.dataset.ran"));
        assertEquals(List.of(), chromium.takeConsoleErrors());
        assertEquals(List.of(), chromium.requestsOutside(host.origin()));

        chromium.driver().get(host.url("/sub/"));
        List<String> errors = chromium.takeConsoleErrors();
        assertTrue(errors.stream().anyMatch(e -> e.contains("missing.js")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.contains("example.com")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.contains("boom from a module")), errors.toString());
        assertEquals(List.of(), chromium.takeConsoleErrors(), "taking the errors empties the log");
    }

    private static HttpURLConnection open(String url) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
        connection.setInstanceFollowRedirects(false);
        return connection;
    }
}
