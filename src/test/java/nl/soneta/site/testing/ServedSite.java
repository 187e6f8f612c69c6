package nl.soneta.site.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.regex.Pattern;
import nl.soneta.site.build.BuildResult;

/**
 * A site built for, and served by, a {@link StaticHost} on the loopback address under the sub-path
 * {@value #BASE_PATH}: what a visitor of a GitHub Pages project site gets, for tests that use a real browser.
 */
public final class ServedSite implements AutoCloseable {
    public static final String BASE_PATH = "/soneta-site/";
    private static final Pattern SECURITY_POLICY_META = Pattern.compile("<meta http-equiv=\"Content-Security-Policy\"[^>]*>");

    private static ServedSite realContent;

    private final StaticHost host;
    private final Path folder;
    private final BuiltSite site;

    private ServedSite(StaticHost host, Path folder) {
        this.host = host;
        this.folder = folder;
        this.site = new BuiltSite(folder.resolve("site"), BASE_PATH.substring(0, BASE_PATH.length() - 1));
    }

    /**
     * The real SONETA content, built once per test JVM and shared by the browser test classes: a build of the
     * whole site takes seconds, and no test changes it. It stays served until the JVM exits.
     */
    public static synchronized ServedSite realContent() {
        if (realContent == null) {
            realContent = build(SiteFixture.project(), false);
            Runtime.getRuntime().addShutdownHook(new Thread(realContent::close));
        }
        return realContent;
    }

    /** Builds {@code fixture} for a new host; {@code gzip} makes the host compress as static hosts do. */
    public static ServedSite build(SiteFixture fixture, boolean gzip) {
        Path folder;
        try {
            folder = Files.createTempDirectory("served-site-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StaticHost host = gzip ? StaticHost.serveGzipped(folder.resolve("site"), BASE_PATH)
                : StaticHost.serve(folder.resolve("site"), BASE_PATH);
        ServedSite served = new ServedSite(host, folder);
        BuildResult result = fixture.build(folder.resolve("site"), host.baseUrl());
        if (!result.succeeded()) {
            served.close();
            throw new IllegalStateException("the site does not build:\n"
                    + String.join("\n", result.diagnostics().all().stream().map(d -> d.format()).toList()));
        }
        return served;
    }

    /**
     * The same built site on a host of its own, with the Content-Security-Policy taken out: the meta element of every
     * page and the {@code _headers} file. A test that runs there proves the HTML itself is safe, not only that the
     * policy blocks what it carries.
     */
    public ServedSite withoutSecurityPolicy() {
        Path copy;
        try {
            copy = Files.createTempDirectory("served-site-");
            FileTrees.copy(site.root(), copy.resolve("site"));
            Files.deleteIfExists(copy.resolve("site/_headers"));
            try (var files = Files.walk(copy.resolve("site"))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                    String html = Files.readString(file);
                    Files.writeString(file, SECURITY_POLICY_META.matcher(html).replaceAll(""));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ServedSite(StaticHost.serve(copy.resolve("site"), BASE_PATH), copy);
    }

    public StaticHost host() {
        return host;
    }

    public BuiltSite site() {
        return site;
    }

    /** The browser URL of a site path such as {@code /zoeken/?q=x}. */
    public String url(String sitePath) {
        return host.url(sitePath);
    }

    /** The path a link in the site has for a site path: {@code /soneta-site/themas/}. */
    public String link(String sitePath) {
        return BASE_PATH + sitePath.substring(1);
    }

    @Override
    public void close() {
        host.close();
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
