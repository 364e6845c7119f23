package dev.confcal.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.confcal.testing.ServerProcess;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 23 item 3: clients that trickle a header line every 8 s were never closed and connections were not limited:
 * with 1,024 descriptors, 1,100 of them timed out 4 of 5 /healthz probes. A real server process under
 * {@code ulimit -n 1024}, the same attack, probes once a second. Run with {@code mvn -P load test}.
 */
@Tag("load")
class SlowHeadersTest {

    private static final int ATTACKERS = 1_100;

    @TempDir
    Path dir;

    @Test
    void elevenHundredClientsTricklingHeadersUnderAThousandDescriptorsLeaveHealthzAnswering() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.md"), "## 2023-09-27\n\n### 10:00\n\n"
                + "[Talk - Ann Lee, Acme](https://x2023.sched.com/event/A1)\n");
        ServerProcess server = ServerProcess.startWithDescriptors(1024, "--state", dir.resolve("state.json").toString(),
                notes.toString());
        List<Socket> attackers = new CopyOnWriteArrayList<>();
        Thread trickle = new Thread(() -> trickle(server.port(), attackers), "trickle");
        trickle.setDaemon(true);
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            // a server has answered before it is attacked: the first request of a cold JVM on a busy machine took
            // 1.95 s, which is start-up, not the attack
            assertThat(client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/healthz"))
                    .build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
            trickle.start();
            while (attackers.size() < ATTACKERS / 2) {
                Thread.sleep(50);
            }
            List<Long> answeredInMillis = new ArrayList<>();
            for (int probe = 0; probe < 5; probe++) {
                Thread.sleep(1_000);
                long start = System.nanoTime();
                HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create("http://localhost:"
                        + server.port() + "/healthz")).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(health.statusCode()).isEqualTo(200);
                answeredInMillis.add(Duration.ofNanos(System.nanoTime() - start).toMillis());
            }
            System.out.println("probes answered in " + answeredInMillis + " ms, " + attackers.size()
                    + " attacking connections opened");
            assertThat(answeredInMillis).allMatch(millis -> millis < 1_000);
            assertThat(attackers).hasSizeGreaterThan(ATTACKERS - 1);
        } finally {
            trickle.interrupt();
            attackers.forEach(SlowHeadersTest::close);
            server.process().destroy();
            server.process().waitFor();
        }
    }

    /** Opens the attacking connections, then sends each a header line every 8 s, never ending the headers. */
    private static void trickle(int port, List<Socket> attackers) {
        byte[] start = "GET /calendar.ics HTTP/1.1\r\nHost: localhost\r\n".getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < ATTACKERS && !Thread.currentThread().isInterrupted(); i++) {
            try {
                Socket socket = new Socket();
                socket.connect(new InetSocketAddress("localhost", port), 2_000);
                socket.getOutputStream().write(start);
                attackers.add(socket);
            } catch (IOException e) {
                // refused or reset: the next one
            }
        }
        for (int line = 0; !Thread.currentThread().isInterrupted(); line++) {
            for (Socket socket : attackers) {
                try {
                    OutputStream out = socket.getOutputStream();
                    out.write(("X-Slow-" + line + ": x\r\n").getBytes(StandardCharsets.US_ASCII));
                } catch (IOException e) {
                    // closed by the server: as it should be
                }
            }
            try {
                Thread.sleep(8_000);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static void close(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }
}
