package nl.soneta.site.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Serves a built site on the loopback address the way a static host does: clean URLs map to index.html,
 * unknown paths get the site's 404 page. Only for previewing on the editor's own machine.
 */
public final class StaticFileServer implements AutoCloseable {
    private final HttpServer server;
    private final Path root;
    private final String basePath;

    /** @param basePath the sub-path the site is built for, such as {@code /soneta}, or empty */
    public StaticFileServer(Path root, String basePath, int port) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.basePath = basePath;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/", this::handle);
    }

    public void start() {
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath().replaceAll("/{2,}", "/");
            if (!path.startsWith(basePath + "/")) {
                redirect(exchange, basePath + "/");
                return;
            }
            Path file = root.resolve(path.substring(basePath.length() + 1)).normalize();
            if (file.startsWith(root) && Files.isDirectory(file) && !path.endsWith("/")) {
                redirect(exchange, path + "/");
                return;
            }
            if (Files.isDirectory(file)) {
                file = file.resolve("index.html");
            }
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                send(exchange, 404, root.resolve("404.html"));
                return;
            }
            send(exchange, 200, file);
        }
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(302, -1);
    }

    private static void send(HttpExchange exchange, int status, Path file) throws IOException {
        byte[] body = Files.isRegularFile(file) ? Files.readAllBytes(file) : "Niet gevonden".getBytes();
        exchange.getResponseHeaders().set("Content-Type", ContentTypes.of(file.getFileName().toString()));
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
        server.stop(0);
    }
}
