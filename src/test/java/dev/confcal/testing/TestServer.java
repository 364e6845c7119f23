package dev.confcal.testing;

import dev.confcal.publish.ledger.Ledger;
import dev.confcal.publish.LiveEdition;
import dev.confcal.notes.NotesParser;
import dev.confcal.publish.NotesSource;
import dev.confcal.web.WebApp;
import dev.confcal.web.WebOptions;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

/** The real server on a free port, over a notes file the test may edit, with a clock the test moves. */
public final class TestServer implements AutoCloseable {

    public final MovableClock clock = new MovableClock();
    public final LiveEdition live;
    public final Javalin app;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public TestServer(Path notes, Path state, WebOptions options) throws Exception {
        NotesSource source = notes == null ? NotesSource.bundled() : NotesSource.of(notes);
        Ledger ledger = state == null ? Ledger.inMemory() : Ledger.open(state, w -> { });
        live = LiveEdition.load(source, NotesParser.builder().clock(clock).build(), ledger, clock);
        app = WebApp.create(live, options).start(0);
    }

    /** Starts a live edition of the test's own making (its waiting periods, its parsers) on this server's clock. */
    public interface Start {
        LiveEdition on(MovableClock clock) throws Exception;
    }

    public TestServer(Start start, WebOptions options) throws Exception {
        live = start.on(clock);
        app = WebApp.create(live, options).start(0);
    }

    public TestServer(Path notes) throws Exception {
        this(notes, null, options());
    }

    /** No access log, a 32 MB cache. */
    public static WebOptions options() {
        return new WebOptions(null, false, false, 32 << 20);
    }

    public String url(String pathAndQuery) {
        return "http://localhost:" + app.port() + pathAndQuery;
    }

    public HttpResponse<byte[]> get(String pathAndQuery, String... headers) throws IOException, InterruptedException {
        return send("GET", pathAndQuery, headers);
    }

    public HttpResponse<byte[]> send(String method, String pathAndQuery, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(pathAndQuery)))
                .method(method, HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(20));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    public static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    public static String header(HttpResponse<byte[]> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    @Override
    public void close() {
        app.stop();
        live.close();
    }
}
