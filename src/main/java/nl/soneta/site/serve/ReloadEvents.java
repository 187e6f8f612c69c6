package nl.soneta.site.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The open pages listening for rebuilds, as Server-Sent Events streams. Each stream stays open until its page
 * goes away; a failed write is how a closed page is noticed and dropped.
 */
final class ReloadEvents {
    private final List<OutputStream> listeners = new CopyOnWriteArrayList<>();

    /** Answers an EventSource request and keeps its stream for later events. */
    void open(HttpExchange exchange) throws IOException {
        headers(exchange);
        exchange.sendResponseHeaders(200, 0);
        OutputStream stream = exchange.getResponseBody();
        // a comment line, so that the client sees the stream open at once
        stream.write(": verbonden\n\n".getBytes(StandardCharsets.UTF_8));
        stream.flush();
        listeners.add(stream);
    }

    /** Answers a HEAD request for the stream: what a GET would get, without opening one. */
    void describe(HttpExchange exchange) throws IOException {
        headers(exchange);
        exchange.sendResponseHeaders(200, -1);
    }

    private static void headers(HttpExchange exchange) {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
    }

    /** Sends {@code reload} with a generation number to every open page. */
    void reload(long generation) {
        byte[] event = ("event: reload\ndata: " + generation + "\n\n").getBytes(StandardCharsets.UTF_8);
        for (OutputStream stream : listeners) {
            try {
                stream.write(event);
                stream.flush();
            } catch (IOException gone) {
                listeners.remove(stream);
                closeQuietly(stream);
            }
        }
    }

    void closeAll() {
        listeners.forEach(ReloadEvents::closeQuietly);
        listeners.clear();
    }

    private static void closeQuietly(OutputStream stream) {
        try {
            stream.close();
        } catch (IOException ignored) {
            // the page is gone already
        }
    }
}
