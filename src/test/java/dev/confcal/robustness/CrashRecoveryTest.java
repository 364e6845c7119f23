package dev.confcal.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.confcal.testing.RoundTrip;
import dev.confcal.publish.NotesSource;
import dev.confcal.testing.ServerProcess;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real server in its own process, killed with SIGKILL while the notes change several times a second (so
 * while it writes its ledger), then started again: the ledger is whole, and no SEQUENCE a client ever saw goes
 * back. Run with {@code mvn -P load test}.
 */
@Tag("load")
class CrashRecoveryTest {

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path dir;

    private static ServerProcess start(Path notes, Path state) throws Exception {
        ServerProcess server = ServerProcess.start("--poll", "50", "--state", state.toString(), notes.toString());
        assertThat(server.startupLines()).noneMatch(line -> line.contains("unreadable") || line.contains("Exception"));
        return server;
    }

    private Map<String, Integer> sequences(ServerProcess server) throws Exception {
        HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + server.port() + "/calendar.ics")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        Map<String, Integer> sequences = new HashMap<>();
        RoundTrip.events(response.body()).forEach(e -> sequences.put(e.uid(), e.sequence()));
        return sequences;
    }

    @Test
    void killedMidWriteItRestartsWithEverythingItHadPublished() throws Exception {
        String seed = NotesSource.bundled().read();
        Path notes = dir.resolve("notes.md");
        Path state = dir.resolve("state.json");
        Files.writeString(notes, seed);
        Random random = new Random(42);
        Map<String, Integer> seen = new HashMap<>();
        int edit = 0;
        for (int round = 0; round < 5; round++) {
            ServerProcess server = start(notes, state);
            for (Map.Entry<String, Integer> after : sequences(server).entrySet()) {
                assertThat(after.getValue()).as("%s after restart %d", after.getKey(), round)
                        .isGreaterThanOrEqualTo(seen.getOrDefault(after.getKey(), 0));
            }
            long killAt = System.nanoTime() + Duration.ofMillis(300 + random.nextInt(900)).toNanos();
            while (System.nanoTime() < killAt) {
                edit++;
                Path temp = dir.resolve("notes.md.tmp");
                Files.writeString(temp, seed.replace("混沌测试", "混沌测试 " + edit).replace("大规模模拟 Kubelet",
                        "大规模模拟 Kubelet " + (edit / 3)));
                Files.move(temp, notes, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                Thread.sleep(120); // long enough for the watcher to see the edit settle and publish it
                sequences(server).forEach((uid, sequence) -> seen.merge(uid, sequence, Math::max));
            }
            server.process().destroyForcibly(); // SIGKILL: no shutdown hook, no finally
            assertThat(server.process().waitFor(10, TimeUnit.SECONDS)).isTrue();
            JsonNode ledger = new ObjectMapper().readTree(Files.readAllBytes(state));
            assertThat(ledger.get("entries").size()).isEqualTo(34);
        }
        assertThat(seen.get("1PTKK@kccncosschn2023.sched.com")).as("edits were published").isGreaterThan(3);
        ServerProcess last = start(notes, state); // a start clears what the last kill left half-written
        try {
            sequences(last).forEach((uid, sequence) -> assertThat(sequence).as(uid)
                    .isGreaterThanOrEqualTo(seen.getOrDefault(uid, 0)));
        } finally {
            last.process().destroy();
            last.process().waitFor(10, TimeUnit.SECONDS);
        }
        try (var files = Files.list(dir)) {
            assertThat(files.filter(f -> f.getFileName().toString().endsWith(".tmp")
                    && f.getFileName().toString().startsWith(".state"))).isEmpty();
        }
    }
}
