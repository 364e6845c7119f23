package dev.confcal.official;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fetcher against a real HTTP server on the loopback address, one behaviour of the far side per test. */
class ExportFetcherTest {

    private static final byte[] EXPORT = ExportReaderTest.schedFixture();
    private static final ExportFetcher.Limits FAST = new ExportFetcher.Limits(Duration.ofSeconds(2),
            Duration.ofMillis(1500), 1 << 20, 5);

    private HttpServer server;
    /** Another host on the loopback network, for redirects that leave the first. */
    private HttpServer elsewhere;
    private final List<String> requests = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/all.ics", exchange -> {
            requests.add(exchange.getRequestHeaders().getFirst("If-None-Match") + " "
                    + exchange.getRequestHeaders().getFirst("If-Modified-Since"));
            String etag = "\"v1\"";
            if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))
                    || "Mon, 25 Sep 2023 12:00:00 GMT".equals(exchange.getRequestHeaders().getFirst("If-Modified-Since"))) {
                exchange.sendResponseHeaders(304, -1);
                exchange.close();
                return;
            }
            exchange.getResponseHeaders().add("ETag", etag);
            exchange.getResponseHeaders().add("Last-Modified", "Mon, 25 Sep 2023 12:00:00 GMT");
            send(exchange, 200, EXPORT);
        });
        server.createContext("/error.ics", exchange -> send(exchange, 500, "oops".getBytes(StandardCharsets.UTF_8)));
        server.createContext("/slow.ics", exchange -> {
            sleep(5_000);
            send(exchange, 200, EXPORT);
        });
        server.createContext("/trickle.ics", exchange -> {
            exchange.sendResponseHeaders(200, EXPORT.length);
            try (OutputStream out = exchange.getResponseBody()) {
                for (byte b : EXPORT) {
                    out.write(b);
                    out.flush();
                    sleep(50);
                }
            } catch (IOException e) {
                // the client gave up, as it should
            }
        });
        server.createContext("/truncated.ics", exchange -> {
            exchange.sendResponseHeaders(200, EXPORT.length);
            OutputStream out = exchange.getResponseBody();
            out.write(EXPORT, 0, EXPORT.length / 3);
            out.flush();
            exchange.getHttpContext().getServer(); // keep the handler honest: no close() of a complete body
            closeConnection(exchange);
        });
        server.createContext("/huge.ics", exchange -> {
            exchange.sendResponseHeaders(200, 0); // chunked, endless
            byte[] chunk = new byte[64 * 1024];
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 10_000; i++) {
                    out.write(chunk);
                }
            } catch (IOException e) {
                // the client hung up once it had enough
            }
        });
        server.createContext("/declared-huge.ics", exchange -> {
            exchange.sendResponseHeaders(200, 10L << 30);
            closeConnection(exchange);
        });
        server.createContext("/garbage.ics", exchange -> send(exchange, 200, new byte[] {(byte) 0xFF, 0, 1, 2, 'x'}));
        server.createContext("/elsewhere.ics", exchange -> {
            exchange.getResponseHeaders().add("Location", "http://127.0.0.2:" + elsewhere.getAddress().getPort() + "/all.ics");
            send(exchange, 302, new byte[0]);
        });
        server.createContext("/same-host.ics", exchange -> {
            exchange.getResponseHeaders().add("Location", "/all.ics");
            send(exchange, 301, new byte[0]);
        });
        server.createContext("/loop.ics", exchange -> {
            exchange.getResponseHeaders().add("Location", "/loop.ics");
            send(exchange, 302, new byte[0]);
        });
        server.start();
        elsewhere = HttpServer.create(new InetSocketAddress("127.0.0.2", 0), 0);
        elsewhere.createContext("/all.ics", exchange -> send(exchange, 200, EXPORT));
        elsewhere.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
        elsewhere.stop(0);
    }

    private int port() {
        return server.getAddress().getPort();
    }

    private ExportSource.Remote derived(String path) {
        return new ExportSource.Remote(URI.create("http://127.0.0.1:" + port() + path), true);
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** Ends the exchange without completing the body: the connection is dropped mid-response. */
    private static void closeConnection(HttpExchange exchange) {
        exchange.close();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private ExportFetcher.Outcome fetch(String path) {
        return new ExportFetcher(FAST).fetch(derived(path), ExportFetcher.Validators.NONE);
    }

    @Test
    void aFirstFetchKeepsTheBodyAndItsValidators() {
        ExportFetcher.Outcome outcome = fetch("/all.ics");
        assertThat(outcome).isInstanceOfSatisfying(ExportFetcher.Fetched.class, fetched -> {
            assertThat(fetched.body()).isEqualTo(EXPORT);
            assertThat(fetched.validators()).isEqualTo(new ExportFetcher.Validators("\"v1\"",
                    "Mon, 25 Sep 2023 12:00:00 GMT"));
        });
        assertThat(requests).containsExactly("null null");
    }

    @Test
    void aRepeatFetchIsConditionalAndAnUnchangedExportComesBackAs304() {
        ExportFetcher fetcher = new ExportFetcher(FAST);
        ExportFetcher.Fetched first = (ExportFetcher.Fetched) fetcher.fetch(derived("/all.ics"),
                ExportFetcher.Validators.NONE);
        assertThat(fetcher.fetch(derived("/all.ics"), first.validators())).isInstanceOf(ExportFetcher.NotModified.class);
        assertThat(fetcher.fetch(derived("/all.ics"), new ExportFetcher.Validators(null,
                "Mon, 25 Sep 2023 12:00:00 GMT"))).isInstanceOf(ExportFetcher.NotModified.class);
        assertThat(requests).containsExactly("null null", "\"v1\" Mon, 25 Sep 2023 12:00:00 GMT",
                "null Mon, 25 Sep 2023 12:00:00 GMT");
    }

    @Test
    void aServerErrorIsAFailureNamedByItsStatus() {
        assertThat(fetch("/error.ics")).isEqualTo(new ExportFetcher.Failed("HTTP 500"));
    }

    @Test
    void aServerThatNeverAnswersIsGivenUpOnAfterTheTotalTimeout() {
        long started = System.nanoTime();
        assertThat(fetch("/slow.ics")).isEqualTo(new ExportFetcher.Failed("no complete answer within 1500 ms"));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));
    }

    @Test
    void aBodyThatTricklesInIsGivenUpOnAfterTheTotalTimeoutToo() {
        long started = System.nanoTime();
        assertThat(fetch("/trickle.ics")).isEqualTo(new ExportFetcher.Failed("no complete answer within 1500 ms"));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));
    }

    @Test
    void aBodyCutOffBeforeItsContentLengthIsAFailureNotAnExport() {
        assertThat(fetch("/truncated.ics")).isInstanceOfSatisfying(ExportFetcher.Failed.class,
                failed -> assertThat(failed.reason()).isEqualTo("the connection closed before the whole export arrived"));
    }

    @Test
    void anEndlessBodyIsAbandonedAtTheSizeLimit() {
        assertThat(fetch("/huge.ics")).isEqualTo(new ExportFetcher.Failed("larger than 1 MB; not read"));
    }

    @Test
    void aDeclaredEnormousBodyIsNotEvenStarted() {
        assertThat(fetch("/declared-huge.ics")).isEqualTo(new ExportFetcher.Failed("larger than 1 MB; not read"));
    }

    @Test
    void garbageIsFetchedButTheReaderRefusesIt() {
        ExportFetcher.Fetched fetched = (ExportFetcher.Fetched) fetch("/garbage.ics");
        assertThat(ExportReader.read("garbage.ics", fetched.body()).usable()).isFalse();
    }

    @Test
    void aDerivedUrlIsNotFollowedToAnotherHost() {
        assertThat(fetch("/elsewhere.ics")).isEqualTo(new ExportFetcher.Failed(
                "redirected to another host or scheme; not followed",
                "redirected to http://127.0.0.2, which is not 127.0.0.1"));
        assertThat(requests).isEmpty();
    }

    @Test
    void anOperatorsOwnUrlMayRedirectToAnotherHost() {
        ExportSource.Remote chosen = new ExportSource.Remote(URI.create("http://127.0.0.1:" + port() + "/elsewhere.ics"),
                false);
        assertThat(new ExportFetcher(FAST).fetch(chosen, ExportFetcher.Validators.NONE))
                .isInstanceOf(ExportFetcher.Fetched.class);
    }

    @Test
    void aRedirectWithinTheHostIsFollowed() {
        assertThat(fetch("/same-host.ics")).isInstanceOf(ExportFetcher.Fetched.class);
    }

    @Test
    void aRedirectLoopEnds() {
        assertThat(fetch("/loop.ics")).isEqualTo(new ExportFetcher.Failed("more than 5 redirects"));
    }

    @Test
    void aClosedPortIsAFailureThatSaysSo() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        ExportFetcher.Outcome outcome = new ExportFetcher(FAST).fetch(new ExportSource.Remote(
                URI.create("http://127.0.0.1:" + closed + "/all.ics"), true), ExportFetcher.Validators.NONE);
        assertThat(outcome).isInstanceOfSatisfying(ExportFetcher.Failed.class,
                failed -> assertThat(failed.reason()).isEqualTo("cannot connect")); // the address only in the log
    }
}
