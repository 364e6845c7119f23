package dev.confcal.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.confcal.testing.RoundTrip;
import dev.confcal.testing.ServerProcess;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 23 item 5, with real processes: a ledger on a volume reached through a symlink (as a container's mounts
 * and a ConfigMap's are). Saves go through the link to its target, so SEQUENCE keeps growing across restarts, and a
 * second server is refused however it names the ledger: its target, another link, or a hard link.
 */
class StateThroughLinksTest {

    private static final String NOTES = "## 2023-09-27\n\n### 10:00\n\n[T - A, B](https://x.sched.com/event/A1)\n\n%s\n";

    @TempDir
    Path dir;

    @Test
    void aLedgerBehindASymlinkKeepsItsSequenceAndHasOneWriterHoweverItIsNamed() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.md"), NOTES.formatted("first"));
        Path volume = Files.createDirectories(dir.resolve("volume"));
        Path real = volume.resolve("state.json");
        Path link = Files.createSymbolicLink(dir.resolve("state.json"), real);
        for (String version : new String[] {"second", "third"}) {
            ServerProcess server = ServerProcess.start("--poll", "50", "--settle", "0", "--state", link.toString(),
                    notes.toString());
            try {
                Files.writeString(notes, NOTES.formatted(version));
                waitForSequence(server, version.equals("second") ? 1 : 2);
            } finally {
                stop(server);
            }
        }
        assertThat(Files.isSymbolicLink(link)).as("the link is still a link").isTrue();
        assertThat(Files.readString(real)).contains("\"sequence\" : 2");

        ServerProcess first = ServerProcess.start("--state", link.toString(), notes.toString());
        try {
            Path hard = Files.createLink(dir.resolve("hard.json"), real);
            Path other = Files.createSymbolicLink(dir.resolve("other.json"), Path.of("volume/state.json"));
            for (Path name : new Path[] {real, other, hard}) {
                Map.Entry<Integer, String> second = ServerProcess.refused("--state", name.toString(), notes.toString());
                assertThat(second.getKey()).as(name + ": " + second.getValue()).isEqualTo(2);
            }
            Files.delete(hard);
        } finally {
            stop(first);
        }
    }

    private static void waitForSequence(ServerProcess server, int sequence) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            HttpResponse<byte[]> feed = client.send(HttpRequest.newBuilder(URI.create("http://localhost:"
                    + server.port() + "/calendar.ics")).build(), HttpResponse.BodyHandlers.ofByteArray());
            if (RoundTrip.events(feed.body()).get(0).sequence() == sequence) {
                return;
            }
            assertThat(System.nanoTime()).as("SEQUENCE %d within 20 s", sequence).isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private static void stop(ServerProcess server) throws InterruptedException {
        server.process().destroy();
        server.process().waitFor(10, TimeUnit.SECONDS);
    }
}
