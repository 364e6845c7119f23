package dev.confcal.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.confcal.cli.Main;
import dev.confcal.testing.ServerProcess;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10 item 9: two servers over one ledger, and the last writer won. A running server holds the ledger's lock
 * for as long as it runs (its checks of the lock must not release it), so a second server or an export over the
 * same ledger stops with exit code 2 and says who holds it. Real processes: a lock within one JVM proves nothing.
 */
class SecondWriterTest {

    @TempDir
    Path dir;

    @Test
    void aSecondServerOrAnExportOverARunningServersLedgerStopsAndNamesIt() throws Exception {
        Path notes = dir.resolve("notes.md");
        Path state = dir.resolve("state.json");
        Files.writeString(notes, "## 2023-09-27\n\n### 10:00\n\n[T - A, B](https://x.sched.com/event/A1)\n");
        ServerProcess first = ServerProcess.start("--poll", "50", "--state", state.toString(), notes.toString());
        try {
            Thread.sleep(500); // ten polls, each of which looks at the lock
            String holder = "is in use by pid " + first.process().pid() + " on host ";

            Map.Entry<Integer, String> second = ServerProcess.refused("--state", state.toString(), notes.toString());
            assertThat(second.getKey()).as(second.getValue()).isEqualTo(2);
            assertThat(second.getValue()).startsWith("confcal: the ledger " + state + " " + holder);

            StringWriter err = new StringWriter();
            int export = Main.run(new String[] {"export", "--out", dir.resolve("out").toString(), "--state",
                    state.toString(), notes.toString()}, new PrintWriter(new StringWriter(), true),
                    new PrintWriter(err, true), Clock.systemUTC());
            assertThat(export).isEqualTo(2);
            assertThat(err.toString()).contains(holder);

            HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + first.port() + "/healthz")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
        } finally {
            first.process().destroy();
            first.process().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
