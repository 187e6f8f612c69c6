package nl.soneta.site.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The open pages listening for rebuilds, as Server-Sent Events streams. Each stream stays open until its page
 * goes away; a failed write is how a closed page is noticed and dropped. The server is not told when a page goes
 * away, so every {@code heartbeat} a comment line goes to every stream: without it, each page view between two
 * saves left an open connection behind, and a long session of browsing without saving ran the process out of file
 * descriptors.
 */
final class ReloadEvents {
    private static final byte[] HEARTBEAT = ":\n\n".getBytes(StandardCharsets.UTF_8);

    private final List<OutputStream> listeners = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "preview-heartbeat");
        thread.setDaemon(true);
        return thread;
    });

    ReloadEvents(Duration heartbeat) {
        heartbeats.scheduleWithFixedDelay(() -> send(HEARTBEAT), heartbeat.toMillis(), heartbeat.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** Answers an EventSource request and keeps its stream for later events. */
    void open(HttpExchange exchange) throws IOException {
        headers(exchange);
        exchange.sendResponseHeaders(200, 0);
        OutputStream stream = exchange.getResponseBody();
        synchronized (this) {
            // a comment line, so that the client sees the stream open at once
            stream.write(": verbonden\n\n".getBytes(StandardCharsets.UTF_8));
            stream.flush();
            listeners.add(stream);
        }
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
        send(("event: reload\ndata: " + generation + "\n\n").getBytes(StandardCharsets.UTF_8));
    }

    /** How many streams are open, as far as the last write to them showed. */
    int listening() {
        return listeners.size();
    }

    /** One event at a time, so that the heartbeat never lands inside a reload event on the same stream. */
    private synchronized void send(byte[] event) {
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

    synchronized void closeAll() {
        heartbeats.shutdownNow();
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
