package dev.confcal.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A schedule platform on the loopback address for tests: serves {@code /all.ics} with an ETag and 304s, and can be
 * told to change the export, fail, cut it off or serve garbage. Tests never reach anything else.
 */
public final class ExportServer implements AutoCloseable {

    /** How the next requests are answered. */
    public enum Mode { OK, ERROR_500, TRUNCATED, GARBAGE, ALWAYS_304 }

    private final HttpServer server;
    private volatile byte[] export;
    private volatile Mode mode = Mode.OK;
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger notModified = new AtomicInteger();

    public ExportServer(byte[] export) throws IOException {
        this.export = export;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/all.ics", this::answer);
        server.start();
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/all.ics");
    }

    public void serve(byte[] export) {
        this.export = export;
    }

    public void mode(Mode mode) {
        this.mode = mode;
    }

    public int requests() {
        return requests.get();
    }

    public int notModified() {
        return notModified.get();
    }

    private void answer(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        byte[] body = export;
        String etag = "\"" + Integer.toHexString(Arrays.hashCode(body)) + "\"";
        switch (mode) {
            case ERROR_500 -> send(exchange, 500, "down".getBytes(StandardCharsets.UTF_8), null);
            case GARBAGE -> send(exchange, 200, "<html>maintenance</html>".getBytes(StandardCharsets.UTF_8), null);
            case TRUNCATED -> send(exchange, 200, Arrays.copyOf(body, body.length / 2), null);
            case ALWAYS_304 -> {
                exchange.sendResponseHeaders(304, -1);
                exchange.close();
            }
            default -> {
                if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                    notModified.incrementAndGet();
                    exchange.sendResponseHeaders(304, -1);
                    exchange.close();
                } else {
                    send(exchange, 200, body, etag);
                }
            }
        }
    }

    private static void send(HttpExchange exchange, int status, byte[] body, String etag) throws IOException {
        if (etag != null) {
            exchange.getResponseHeaders().add("ETag", etag);
        }
        exchange.getResponseHeaders().add("Content-Type", "text/calendar; charset=utf-8");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
