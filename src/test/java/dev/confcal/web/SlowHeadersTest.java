package dev.confcal.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.confcal.testing.TestServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Issue 23 item 3: a client that trickled a header line every few seconds was never closed (each line reset the
 * idle timeout), so enough of them held every descriptor. A request's headers have a deadline.
 */
class SlowHeadersTest {

    @Test
    void aClientThatTricklesItsHeadersIsClosedAtTheHeaderDeadline() throws Exception {
        try (TestServer server = new TestServer(null); Socket socket = new Socket("localhost", server.app.port())) {
            socket.setSoTimeout(500);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            out.write("GET /healthz HTTP/1.1\r\nHost: localhost\r\n".getBytes(StandardCharsets.US_ASCII));
            long start = System.nanoTime();
            boolean closed = false;
            for (int line = 0; !closed && Duration.ofNanos(System.nanoTime() - start).toSeconds() < 25; line++) {
                try {
                    out.write(("X-Trickle-" + line + ": x\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    closed = in.read() < 0; // the server answers nothing before the headers end: only a close
                } catch (SocketTimeoutException e) {
                    // still open; another line after the pause
                } catch (IOException e) {
                    closed = true; // reset
                }
            }
            Duration open = Duration.ofNanos(System.nanoTime() - start);
            assertThat(closed).as("closed within 25 s").isTrue();
            assertThat(open).isBetween(ConnectionGuard.HEADER_DEADLINE.minusSeconds(1),
                    ConnectionGuard.HEADER_DEADLINE.plusSeconds(3));
        }
    }

    @Test
    void aClientThatSendsItsHeadersAtOnceAndThenWaitsKeepsItsConnection() throws Exception {
        try (TestServer server = new TestServer(null); Socket socket = new Socket("localhost", server.app.port())) {
            socket.setSoTimeout(5_000);
            assertThat(exchange(socket)).startsWith("HTTP/1.1 200");
            Thread.sleep(ConnectionGuard.HEADER_DEADLINE.plusSeconds(2).toMillis()); // idle, not trickling
            assertThat(exchange(socket)).startsWith("HTTP/1.1 200");
        }
    }

    /** One request for /healthz on the connection, and its whole response's head. */
    private static String exchange(Socket socket) throws IOException {
        socket.getOutputStream().write("GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII));
        InputStream in = socket.getInputStream();
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int c = in.read();
            assertThat(c).as("the connection is open").isNotNegative();
            head.append((char) c);
        }
        java.util.regex.Matcher length = java.util.regex.Pattern.compile("(?i)content-length: (\\d+)").matcher(head);
        assertThat(length.find()).isTrue();
        in.readNBytes(Integer.parseInt(length.group(1)));
        return head.toString();
    }
}
