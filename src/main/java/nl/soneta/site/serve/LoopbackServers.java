package nl.soneta.site.serve;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/** The JDK's HTTP server on the loopback address, set up to answer without delay: for the preview and test hosts. */
public final class LoopbackServers {
    /**
     * The JDK's server writes an answer's headers and its body separately. With Nagle's algorithm on, the body waits
     * until the client acknowledges the headers, and clients delay that acknowledgement: about 40 ms added to every
     * answer on Linux, so a page with its files took seconds over a few connections. The server reads this property
     * once, when the first server of the JVM starts, so it is set before any.
     */
    private static final String NO_DELAY = "sun.net.httpserver.nodelay";

    private LoopbackServers() {
    }

    /** A server on 127.0.0.1 at {@code port} (0: any free one) that queues up to {@code backlog} new connections. */
    public static HttpServer create(int port, int backlog) throws IOException {
        if (System.getProperty(NO_DELAY) == null) {
            System.setProperty(NO_DELAY, "true");
        }
        return HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), backlog);
    }
}
