package nl.soneta.site.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * Serves the preview on the loopback address the way a static host serves the built site (clean URLs map to
 * index.html, unknown paths get the site's 404 page), from memory, with two additions that exist only here: every
 * HTML response loads {@code /_soneta/reload.js}, which listens on {@code /_soneta/events} and reloads the page
 * after a rebuild; and while the content has errors, HTML requests get the {@link ErrorPage} instead.
 */
public final class PreviewServer implements AutoCloseable {
    static final String PREFIX = "/_soneta/";
    public static final String EVENTS = PREFIX + "events";
    static final String RELOAD_SCRIPT = PREFIX + "reload.js";
    /** What the preview adds to each page: one external module, no inline script. */
    static final String SCRIPT_TAG = "<script type=\"module\" src=\"" + RELOAD_SCRIPT + "\"></script>";
    private static final byte[] SCRIPT = SCRIPT_TAG.getBytes(StandardCharsets.UTF_8);
    private static final byte[] HEAD_END = "</head>".getBytes(StandardCharsets.UTF_8);
    private static final String STYLESHEET = PREFIX + "preview.css";
    private static final String NOT_FOUND = "404.html";

    private static final String METHODS = "GET, HEAD";
    /**
     * Threads that answer requests. Answers come from memory and an event stream holds no thread (its handler
     * returns once the stream is open), so a few threads serve hundreds of open pages; more requests wait in line.
     */
    private static final int THREADS = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
    /** Connections the system may hold before they are accepted: a page and its files arrive at once from many tabs. */
    private static final int BACKLOG = 512;

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(THREADS, runnable -> {
        Thread thread = new Thread(runnable, "preview-http");
        thread.setDaemon(true);
        return thread;
    });
    /** How often open event streams get a comment line, which is how streams of closed pages are noticed. */
    private static final Duration HEARTBEAT = Duration.ofSeconds(15);

    private final Supplier<PreviewSite> site;
    private final ReloadEvents events;

    /** @param port the port to listen on, or 0 for any free one */
    public PreviewServer(Supplier<PreviewSite> site, int port) throws IOException {
        this(site, port, HEARTBEAT);
    }

    PreviewServer(Supplier<PreviewSite> site, int port, Duration heartbeat) throws IOException {
        this.site = site;
        this.events = new ReloadEvents(heartbeat);
        this.server = LoopbackServers.create(port, BACKLOG);
        server.createContext("/", this::handle);
        server.setExecutor(threads);
    }

    public void start() {
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** How many pages listen for reloads. */
    int listening() {
        return events.listening();
    }

    /** Tells every open page to reload. */
    public void reload(long generation) {
        events.reload(generation);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            answer(exchange);
        } catch (RuntimeException bug) {
            // a bug must not cut the connection off without an answer: say so, and show it in the terminal
            bug.printStackTrace();
            try (exchange) {
                if (exchange.getResponseCode() < 0) {
                    sendText(exchange, 500, "Interne fout in het voorbeeld");
                }
            }
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        boolean http1 = exchange.getProtocol().equals("HTTP/1.1") || exchange.getProtocol().equals("HTTP/1.0");
        Optional<String> path = sitePath(exchange.getRequestURI());
        if (http1 && method.equals("GET") && path.equals(Optional.of(EVENTS))) {
            events.open(exchange); // stays open, for the reload events to come
            return;
        }
        try (exchange) {
            if (!http1) {
                sendText(exchange, 505, "Alleen HTTP/1.1");
            } else if (!method.equals("GET") && !method.equals("HEAD")) {
                // the preview only shows the site: nothing can be sent to it
                exchange.getResponseHeaders().set("Allow", METHODS);
                if (method.equals("OPTIONS")) {
                    exchange.sendResponseHeaders(204, -1);
                } else {
                    sendText(exchange, 405, "Alleen " + METHODS);
                }
            } else if (path.isEmpty()) {
                sendText(exchange, 400, "Onbekend adres");
            } else if (path.get().equals(EVENTS)) {
                events.describe(exchange);
            } else {
                serve(exchange, path.get());
            }
        }
    }

    /**
     * The path a request asks for, decoded, with runs of slashes made one (so a redirect can never point at another
     * host); in absolute form ({@code GET http://host/path}) its path. Empty for targets that name no path, such as
     * {@code mailto:x}. Files are looked up in the site's map by this path and never on disk, so {@code ..} in any
     * spelling only ever finds nothing.
     */
    static Optional<String> sitePath(URI target) {
        String path = target.getPath();
        return path == null || !path.startsWith("/") ? Optional.empty() : Optional.of(oneSlash(path));
    }

    private static String oneSlash(String path) {
        return path.replaceAll("/{2,}", "/");
    }

    private void serve(HttpExchange exchange, String path) throws IOException {
        if (path.equals(RELOAD_SCRIPT) || path.equals(STYLESHEET)) {
            send(exchange, 200, path.substring(PREFIX.length()), resource(path.substring(PREFIX.length())));
            return;
        }
        PreviewSite current = site.get();
        String file = path.substring(1);
        if (!file.isEmpty() && !file.endsWith("/") && current.files().containsKey(file + "/index.html")) {
            // the path as it was sent (still encoded), so the header holds nothing but what the client wrote
            exchange.getResponseHeaders().set("Location", oneSlash(exchange.getRequestURI().getRawPath()) + "/");
            exchange.sendResponseHeaders(302, -1);
            return;
        }
        if (file.isEmpty() || file.endsWith("/")) {
            file += "index.html";
        }
        Optional<byte[]> body = current.file(file).or(() -> media(current, path));
        int status = body.isPresent() ? 200 : 404;
        if (body.isEmpty()) {
            file = NOT_FOUND;
            body = current.file(NOT_FOUND).or(() -> Optional.of("Niet gevonden".getBytes(StandardCharsets.UTF_8)));
        }
        if (file.endsWith(".html") && current.isBroken()) {
            send(exchange, 500, file, withReloadScript(ErrorPage.html(current.errors()).getBytes(StandardCharsets.UTF_8)));
        } else {
            send(exchange, status, file, file.endsWith(".html") ? withReloadScript(body.get()) : body.get());
        }
    }

    /**
     * The page with the reload script added at the end of its head. The page's bytes are copied around it, never
     * decoded and encoded again, so the page arrives exactly as built (and each request costs one copy).
     */
    static byte[] withReloadScript(byte[] html) {
        int at = Math.max(0, indexOf(html, HEAD_END));
        byte[] page = new byte[html.length + SCRIPT.length];
        System.arraycopy(html, 0, page, 0, at);
        System.arraycopy(SCRIPT, 0, page, at, SCRIPT.length);
        System.arraycopy(html, at, page, at + SCRIPT.length, html.length - at);
        return page;
    }

    private static int indexOf(byte[] bytes, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= bytes.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (bytes[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static Optional<byte[]> media(PreviewSite site, String path) {
        Path file = site.media().get(path.substring(1));
        if (file == null || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readAllBytes(file));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = PreviewServer.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("the jar lacks " + name, e);
        }
    }

    private static void sendText(HttpExchange exchange, int status, String text) throws IOException {
        send(exchange, status, "antwoord.txt", (text + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, String file, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", ContentTypes.of(file));
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        events.closeAll();
        server.stop(0);
        threads.shutdownNow();
    }
}
