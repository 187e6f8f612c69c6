package nl.soneta.site.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.GZIPOutputStream;
import nl.soneta.site.serve.ContentTypes;
import nl.soneta.site.serve.LoopbackServers;

/**
 * A static host for tests, like GitHub Pages serving a project site: the built folder appears under a sub-path
 * such as {@code /soneta-site/} on the loopback address, with the content types browsers insist on (module
 * scripts must be {@code text/javascript}), no caching (so the browser's resource timing reports every byte) and,
 * when asked, gzip for clients that accept it. Everything outside the folder is a plain 404. Like Netlify and
 * Cloudflare Pages, it sends the headers that a {@code _headers} file at the root of the folder names for a path
 * ({@link HeaderRules}), so the browser tests see the security headers a visitor of such a host gets.
 *
 * <p>The port is known as soon as the host exists and files are read per request, so a site can be built for
 * {@link #baseUrl()} after the host has started.
 */
public final class StaticHost implements AutoCloseable {
    /** One answered request: its path, status, and the body bytes as sent (after gzip when it was used). */
    public record Served(String path, int status, long bytes, boolean gzipped) {
    }

    private final HttpServer server;
    private final ExecutorService threads;
    private final Path root;
    private final String basePath;
    private final boolean gzip;
    private final List<Served> log = new ArrayList<>();

    private StaticHost(Path root, String basePath, boolean gzip) throws IOException {
        if (!basePath.startsWith("/") || !basePath.endsWith("/")) {
            throw new IllegalArgumentException("the sub-path starts and ends with '/': " + basePath);
        }
        this.root = root.toAbsolutePath().normalize();
        this.basePath = basePath;
        this.gzip = gzip;
        this.server = LoopbackServers.create(0, 0);
        // A browser opens several connections at once; the default single thread would serialise them.
        this.threads = Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "static-host");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Serves {@code root} (which may be built later) under {@code basePath}, such as {@code /soneta-site/}. */
    public static StaticHost serve(Path root, String basePath) {
        return create(root, basePath, false);
    }

    /** As {@link #serve}, but gzip-compresses every answer whose request accepts gzip, as static hosts do. */
    public static StaticHost serveGzipped(Path root, String basePath) {
        return create(root, basePath, true);
    }

    private static StaticHost create(Path root, String basePath, boolean gzip) {
        try {
            return new StaticHost(root, basePath, gzip);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on the loopback address", e);
        }
    }

    /**
     * Serves a built folder, gzipped, for a tool outside the JVM ({@code .ci/lighthouse}): prints the base URL as the
     * first line of standard output, then serves until the process is stopped. The port is free and chosen here, so
     * the caller builds the site for the printed URL.
     */
    public static void main(String[] args) throws InterruptedException {
        if (args.length != 2) {
            System.err.println("usage: StaticHost FOLDER /SUB-PATH/");
            System.exit(2);
        }
        try (StaticHost host = serveGzipped(Path.of(args[0]), args[1])) {
            System.out.println(host.baseUrl());
            System.out.flush();
            new CountDownLatch(1).await();
        }
    }

    /** {@code http://127.0.0.1:PORT} — an IP literal, so Chromium's host-resolver rules never touch it. */
    public String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The URL to build the site for, ending with the sub-path: {@code http://127.0.0.1:PORT/soneta-site/}. */
    public String baseUrl() {
        return origin() + basePath;
    }

    /** The URL of a site path such as {@code /zoeken/?q=x} (with its leading slash, without the sub-path). */
    public String url(String sitePath) {
        return baseUrl() + sitePath.substring(1);
    }

    /** The requests answered since the last call, in the order they were answered. */
    public synchronized List<Served> takeLog() {
        List<Served> taken = List.copyOf(log);
        log.clear();
        return taken;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            Path file = fileFor(path);
            if (file == null) {
                answer(exchange, path, 404, "text/plain; charset=utf-8", "Not found".getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (Files.isDirectory(file)) {
                // Like GitHub Pages: a folder without its trailing slash redirects, so relative links keep working.
                exchange.getResponseHeaders().set("Location", path + "/");
                record(new Served(path, 301, 0, false));
                exchange.sendResponseHeaders(301, -1);
                return;
            }
            // Read per request, like the files: the site may be built after the host started.
            HeaderRules.read(root.resolve("_headers")).headersFor("/" + path.substring(basePath.length()))
                    .forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
            answer(exchange, path, 200, ContentTypes.of(file.getFileName().toString()), Files.readAllBytes(file));
        }
    }

    /** The regular file (or folder to redirect) a request path names inside the root, or null. */
    private Path fileFor(String path) {
        if (!path.startsWith(basePath) || path.contains("\\")) {
            return null;
        }
        Path file;
        try {
            file = root.resolve(path.substring(basePath.length())).normalize();
        } catch (InvalidPathException nullByte) {
            return null; // a name no file can have, such as one with %00 in it
        }
        if (!file.startsWith(root)) {
            return null;
        }
        if (file.equals(root.resolve("_headers"))) {
            return null; // read by the host, not served, as Netlify and Cloudflare Pages do
        }
        if (path.endsWith("/")) {
            file = file.resolve("index.html");
        }
        return Files.isRegularFile(file) || (Files.isDirectory(file) && !path.endsWith("/")) ? file : null;
    }

    private void answer(HttpExchange exchange, String path, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        String accepts = exchange.getRequestHeaders().getFirst("Accept-Encoding");
        boolean compress = gzip && accepts != null && accepts.contains("gzip");
        if (compress) {
            body = gzip(body);
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            exchange.getResponseHeaders().set("Vary", "Accept-Encoding");
        }
        boolean head = "HEAD".equals(exchange.getRequestMethod());
        // Logged before the body goes out: once the client has the body, it may already read the log.
        record(new Served(path, status, head ? 0 : body.length, compress));
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private synchronized void record(Served served) {
        log.add(served);
    }

    /** gzip at the default level, which is what common static hosts use for on-the-fly compression. */
    public static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3 + 64);
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
