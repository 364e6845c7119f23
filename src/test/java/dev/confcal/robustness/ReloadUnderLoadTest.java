package dev.confcal.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.confcal.testing.RoundTrip;
import dev.confcal.publish.ledger.Ledger;
import dev.confcal.notes.NotesParser;
import dev.confcal.publish.NotesSource;
import dev.confcal.publish.LiveEdition;
import dev.confcal.web.WebApp;
import dev.confcal.web.WebOptions;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bounded load test on loopback (run with {@code mvn -P load test}): clients poll the feeds while the notes
 * are rewritten every 100 ms — atomically, in place, broken, truncated, emptied. No 5xx, every 200 is a whole
 * calendar, no SEQUENCE ever goes back, and the ledger on disk always parses.
 */
@Tag("load")
class ReloadUnderLoadTest {

    private static final Duration RUN = Duration.ofSeconds(Long.getLong("load.seconds", 20));
    private static final List<String> PATHS = List.of("/calendar.ics", "/starred.ics", "/calendar.ics?q=istio",
            "/sessions/1PTJt.ics", "/sessions.json?starred=true", "/healthz", "/");

    @TempDir
    Path dir;

    @Test
    void rewritingTheNotesUnderLoadLosesNothingAndBreaksNothing() throws Exception {
        String seed = NotesSource.bundled().read();
        Path notes = dir.resolve("notes.md");
        Path state = dir.resolve("state.json");
        Files.writeString(notes, seed);
        LiveEdition live = LiveEdition.load(NotesSource.of(notes), NotesParser.create(), Ledger.open(state, w -> { }),
                Clock.systemUTC());
        live.watch(Duration.ofMillis(50));
        Javalin app = WebApp.create(live, new WebOptions(null, false, false, 8 << 20)).start(0);
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        AtomicInteger oks = new AtomicInteger();
        AtomicInteger ledgerReads = new AtomicInteger();
        AtomicInteger edits = new AtomicInteger();
        long deadline = System.nanoTime() + RUN.toNanos();
        ExecutorService threads = Executors.newFixedThreadPool(6);
        try {
            threads.submit(() -> rewrite(notes, seed, deadline, edits, failures));
            threads.submit(() -> readLedger(state, deadline, ledgerReads, failures));
            for (int c = 0; c < 4; c++) {
                int clientNumber = c;
                threads.submit(() -> poll(client, app.port(), clientNumber, deadline, oks, failures));
            }
            threads.shutdown();
            assertThat(threads.awaitTermination(RUN.toSeconds() + 60, TimeUnit.SECONDS)).isTrue();
        } finally {
            threads.shutdownNow();
            app.stop();
            live.close();
        }
        assertThat(failures).isEmpty();
        // the server served for real: 215–1,570 on an idle 2-core machine, 187 once beside three other builds
        assertThat(oks.get()).as("successful responses").isGreaterThan(50);
        assertThat(edits.get()).as("edits of the notes").isGreaterThan((int) RUN.toSeconds() * 5);
        assertThat(ledgerReads.get()).isGreaterThan(10);
        new ObjectMapper().readTree(Files.readAllBytes(state));
    }

    private static void rewrite(Path notes, String seed, long deadline, AtomicInteger edits,
                                ConcurrentLinkedQueue<String> failures) {
        try {
            for (int i = 0; System.nanoTime() < deadline; i++) {
                String edited = seed.replace("混沌测试", "混沌测试 edit " + i);
                switch (i % 6) {
                    case 0, 3 -> atomically(notes, edited);
                    case 1 -> Files.writeString(notes, edited); // in place: a reader may see half of it
                    case 2 -> atomically(notes, edited.replace("### 11:00am", "### 25:00"));
                    case 4 -> Files.writeString(notes, edited.substring(0, edited.length() / 2));
                    default -> Files.writeString(notes, "");
                }
                edits.incrementAndGet();
                Thread.sleep(100);
            }
            atomically(notes, seed);
        } catch (Exception e) {
            failures.add("writer: " + e);
        }
    }

    private static void atomically(Path notes, String text) throws Exception {
        Path temp = notes.resolveSibling("notes.md.tmp");
        Files.writeString(temp, text, StandardCharsets.UTF_8);
        Files.move(temp, notes, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void readLedger(Path state, long deadline, AtomicInteger reads,
                                   ConcurrentLinkedQueue<String> failures) {
        ObjectMapper json = new ObjectMapper();
        try {
            while (System.nanoTime() < deadline) {
                if (Files.exists(state)) {
                    json.readTree(Files.readAllBytes(state)); // throws on a half-written ledger
                    reads.incrementAndGet();
                }
                Thread.sleep(50);
            }
        } catch (Exception e) {
            failures.add("ledger: " + e);
        }
    }

    private static void poll(HttpClient client, int port, int clientNumber, long deadline, AtomicInteger oks,
                             ConcurrentLinkedQueue<String> failures) {
        Map<String, Integer> sequences = new HashMap<>();
        try {
            for (int i = clientNumber; System.nanoTime() < deadline; i++) {
                String path = PATHS.get(i % PATHS.size());
                HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(10)).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() >= 500) {
                    failures.add(path + " answered " + response.statusCode());
                    continue;
                }
                if (response.statusCode() == 200 && path.contains(".ics")) {
                    for (RoundTrip.Event event : RoundTrip.events(response.body())) {
                        Integer before = sequences.put(event.uid(), event.sequence());
                        if (before != null && event.sequence() < before) {
                            failures.add(event.uid() + " went back from SEQUENCE " + before + " to " + event.sequence());
                        }
                    }
                }
                oks.incrementAndGet();
            }
        } catch (Throwable e) {
            failures.add("client " + clientNumber + ": " + e);
        }
    }

    @Test
    void tenThousandDistinctFilterCombinationsKeepTheCacheBounded() throws Exception {
        LiveEdition live = LiveEdition.load(NotesSource.bundled(), NotesParser.create(), Ledger.inMemory(),
                Clock.systemUTC());
        long cacheBytes = 1 << 20;
        Javalin app = WebApp.create(live, new WebOptions(null, false, false, cacheBytes)).start(0);
        HttpClient client = HttpClient.newHttpClient();
        try {
            for (int i = 0; i < 10_000; i++) {
                String query = "?q=k" + i + "&alarm=" + (i % 1441) + (i % 2 == 0 ? "&starred=true" : "&lang=en");
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + app.port() + "/calendar.ics" + query)).build(),
                        HttpResponse.BodyHandlers.discarding());
                assertThat(response.statusCode()).isEqualTo(200);
            }
            HttpResponse<byte[]> health = client.send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + app.port() + "/healthz")).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            int smallest = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.port()
                    + "/calendar.ics?q=nothing-matches")).build(), HttpResponse.BodyHandlers.ofByteArray()).body().length;
            assertThat(10_000L * smallest).as("the feeds asked for do not all fit").isGreaterThan(2 * cacheBytes);
            assertThat(new ObjectMapper().readTree(health.body()).get("cachedResponses").asInt())
                    .isBetween(1, (int) (cacheBytes / smallest));
        } finally {
            app.stop();
        }
    }
}
