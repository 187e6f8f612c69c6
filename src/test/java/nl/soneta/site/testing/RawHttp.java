package nl.soneta.site.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * HTTP/1.1 requests written byte for byte on a socket, for paths that a real client would clean up first: Java's
 * HttpClient, like browsers, refuses or normalizes {@code ..}, backslashes and bad escapes, so it cannot ask a
 * server for {@code /..%2f..%2fpom.xml} as an attacker's script would.
 */
public final class RawHttp {
    private static final int TIMEOUT_MILLIS = 10_000;

    private RawHttp() {
    }

    /** What came back: the status (-1 when the server closed the connection without one) and every byte. */
    public record Response(int status, byte[] bytes) {
        public String text() {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }

        /** The first value of a header, by its name in any case. */
        public Optional<String> header(String name) {
            String head = text().split("\r\n\r\n", 2)[0];
            return Arrays.stream(head.split("\r\n")).skip(1)
                    .filter(line -> line.toLowerCase(Locale.ROOT).startsWith(name.toLowerCase(Locale.ROOT) + ":"))
                    .map(line -> line.substring(name.length() + 1).strip())
                    .findFirst();
        }

        /** Everything after the headers. */
        public String body() {
            String[] parts = text().split("\r\n\r\n", 2);
            return parts.length < 2 ? "" : parts[1];
        }
    }

    /** Sends {@code METHOD target HTTP/1.1} with a Host header and {@code Connection: close}, and reads to the end. */
    public static Response send(int port, String method, String target) {
        return send(port, method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n"
                + (method.equals("POST") || method.equals("PUT") ? "Content-Length: 5\r\n\r\nhallo" : "\r\n"));
    }

    /** Sends {@code request} (request line and headers, ending in an empty line) and reads the answer to its end. */
    public static Response send(int port, String request) {
        String closing = request.replaceFirst("\r\n", "\r\nConnection: close\r\n");
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            out.write(closing.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            byte[] bytes = readToEnd(socket.getInputStream());
            return new Response(status(bytes), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("no answer to " + request.lines().findFirst().orElse(""), e);
        }
    }

    private static byte[] readToEnd(InputStream in) throws IOException {
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                read.write(buffer, 0, n);
            }
        } catch (SocketTimeoutException stillOpen) {
            // an answer that never ends (an event stream): what came so far is the answer
        } catch (IOException reset) {
            if (read.size() == 0) {
                throw reset;
            }
        }
        return read.toByteArray();
    }

    private static int status(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        if (!text.startsWith("HTTP/1.")) {
            return -1;
        }
        String[] statusLine = text.split("\r\n", 2)[0].split(" ");
        return statusLine.length < 2 ? -1 : Integer.parseInt(statusLine[1]);
    }
}
