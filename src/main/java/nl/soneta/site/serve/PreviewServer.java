package nl.soneta.site.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
    private static final String STYLESHEET = PREFIX + "preview.css";
    private static final String NOT_FOUND = "404.html";

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "preview-http");
        thread.setDaemon(true);
        return thread;
    });
    private final Supplier<PreviewSite> site;
    private final ReloadEvents events = new ReloadEvents();

    /** @param port the port to listen on, or 0 for any free one */
    public PreviewServer(Supplier<PreviewSite> site, int port) throws IOException {
        this.site = site;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/", this::handle);
        // event streams stay open, so every request needs a thread of its own
        server.setExecutor(threads);
    }

    public void start() {
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Tells every open page to reload. */
    public void reload(long generation) {
        events.reload(generation);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath().replaceAll("/{2,}", "/");
        if (path.equals(EVENTS)) {
            events.open(exchange);
            return;
        }
        try (exchange) {
            if (path.equals(RELOAD_SCRIPT) || path.equals(STYLESHEET)) {
                send(exchange, 200, path.substring(PREFIX.length()), resource(path.substring(PREFIX.length())));
                return;
            }
            PreviewSite current = site.get();
            String file = path.substring(1);
            if (!file.isEmpty() && !file.endsWith("/") && current.files().containsKey(file + "/index.html")) {
                exchange.getResponseHeaders().set("Location", path + "/");
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
    }

    /** The page with the reload script added at the end of its head. */
    static byte[] withReloadScript(byte[] html) {
        String page = new String(html, StandardCharsets.UTF_8);
        int head = page.indexOf("</head>");
        String injected = head < 0 ? SCRIPT_TAG + page : page.substring(0, head) + SCRIPT_TAG + page.substring(head);
        return injected.getBytes(StandardCharsets.UTF_8);
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
