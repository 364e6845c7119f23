package dev.confcal.web;

import io.javalin.config.JavalinConfig;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.LowResourceMonitor;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's side of the server: request limits, timeouts that free a connection whose client stopped reading or
 * sending, graceful stop, and error answers of Jetty's own (400, 414, 431: requests that never reach a route)
 * in plain text with the same security headers as every other response.
 */
final class JettySetup {

    /** A connection with no progress for this long is closed, a response being written to it included. */
    static final Duration IDLE_TIMEOUT = Duration.ofSeconds(30);
    static final int MAX_REQUEST_HEADER = 8 * 1024;
    static final int OUTPUT_BUFFER = 64 * 1024;
    /**
     * Connections waiting to be accepted. Java's default is 50: a burst of a few hundred clients would have
     * the kernel drop the rest of the handshakes, and a health probe among them would wait seconds for a retry.
     */
    static final int ACCEPT_QUEUE = 1024;
    /**
     * The kernel's send buffer per connection (Linux doubles it). Without a bound it grows to megabytes for each
     * client that stops reading: 400 of them made the server copy a gigabyte into socket buffers at once. This
     * still fills a 100 ms round trip at 2.5 MB/s.
     */
    static final int SEND_BUFFER = 128 * 1024;
    /** Every connection's idle timeout while the connection limit is reached (Jetty's NetworkConnectionLimit). */
    static final Duration LIMITED_IDLE_TIMEOUT = Duration.ofSeconds(2);

    private JettySetup() {
    }

    static void apply(JavalinConfig config, CachedFeeds fastPath) {
        ConnectionGuard guard = new ConnectionGuard(ConnectionGuard.hardLimit());
        config.jetty.modifyServer(server -> {
            server.setStopTimeout(10_000); // let in-flight requests finish on SIGTERM
            // Graceful stop, the reserve kept for probes, then cached feeds straight from Jetty; no StatisticsHandler
            // (nothing reads its numbers). Javalin's servlet goes inside the fast path.
            server.setHandler(new GracefulHandler(new ReservedForProbes(guard, fastPath)));
            // Javalin's default cuts every connection's idle timeout to 1 s when threads run low: hundreds of
            // clients that stop reading at once then all fail together. Timeouts stay as set below.
            server.getBeans(LowResourceMonitor.class).forEach(server::removeBean);
            server.setErrorHandler(new PlainErrors());
        });
        config.jetty.addConnector((server, http) -> {
            ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
            connector.setHost(config.jetty.host); // read when the server starts: Javalin.start(port) sets them
            connector.setPort(config.jetty.port);
            connector.setAcceptQueueSize(ACCEPT_QUEUE);
            connector.setAcceptedSendBufferSize(SEND_BUFFER);
            connector.setIdleTimeout(IDLE_TIMEOUT.toMillis());
            connector.addBean(guard); // a Connection.Listener bean: told of every connection
            NetworkConnectionLimit limit = new NetworkConnectionLimit(guard.hard(), connector);
            limit.setEndPointIdleTimeout(LIMITED_IDLE_TIMEOUT.toMillis());
            server.addBean(limit);
            return connector;
        });
        config.jetty.modifyHttpConfiguration(http -> {
            http.setSendServerVersion(false);
            http.setSendDateHeader(true);
            http.setRequestHeaderSize(MAX_REQUEST_HEADER);
            http.setOutputBufferSize(OUTPUT_BUFFER); // a whole feed of a typical conference in one write
            http.setIdleTimeout(IDLE_TIMEOUT.toMillis());
            http.setUriCompliance(UriCompliance.DEFAULT); // ambiguous paths (%2F, %2E%2E, ..;) are refused
        });
    }

    /**
     * Jetty's error answers as one line of plain text, with the security headers; no HTML, no stack. Since Jetty
     * 12.1 a request Jetty cannot parse (400, 414, 431) comes here too: {@code badMessageError}, which served them
     * before, is deprecated for removal and no longer called.
     */
    static final class PlainErrors extends ErrorHandler {

        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            int status = response.getStatus() >= 400 ? response.getStatus() : HttpStatus.INTERNAL_SERVER_ERROR_500;
            if (request.getAttribute(ERROR_STATUS) instanceof Integer code) {
                status = code;
            }
            response.setStatus(status);
            SecurityHeaders.secure(response.getHeaders());
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, MediaTypes.TEXT);
            response.write(true, body(status), callback);
            return true;
        }

        private static ByteBuffer body(int status) {
            String reason = HttpStatus.getMessage(status);
            return ByteBuffer.wrap((status + " " + (reason == null ? "error" : reason).toLowerCase(java.util.Locale.ROOT)
                    + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }

}
