package dev.confcal.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.confcal.testing.TestServer;
import java.io.IOException;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 400 clients ask for a 10 MB feed and, once its answer has begun, never read it, while a probe asks for
 * {@code /healthz} ten times a second: every probe is answered within a second, and other clients are served.
 * Large bodies are written in chunks without holding a thread, and each connection's socket buffer is bounded.
 * (The burst of 400 requests itself is measured in {@code bench/}: probes sent during it wait for the CPU.)
 * Run with {@code mvn -P load test}.
 */
@Tag("load")
class SlowReadersTest {

    @TempDir
    Path dir;

    @Test
    void fourHundredClientsThatNeverReadATenMegabyteFeedLeaveHealthzAnswering() throws Exception {
        Path notes = dir.resolve("big.md");
        Files.writeString(notes, bigNotes());
        try (TestServer server = new TestServer(notes)) {
            HttpResponse<byte[]> whole = server.get("/calendar.ics");
            assertThat(whole.body().length).isGreaterThan(10_000_000);
            List<Socket> stalled = new ArrayList<>();
            try {
                for (int i = 0; i < 400; i++) {
                    Socket socket = new Socket("localhost", server.app.port());
                    socket.setReceiveBufferSize(4096);
                    socket.getOutputStream().write("GET /calendar.ics HTTP/1.1\r\nHost: localhost\r\n\r\n"
                            .getBytes(StandardCharsets.US_ASCII));
                    stalled.add(socket);
                }
                for (Socket socket : stalled) { // every response has begun; from here on nobody reads
                    socket.setSoTimeout(30_000);
                    assertThat(new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII))
                            .isEqualTo("HTTP/1.1 200");
                }
                long slowest = 0;
                for (int probe = 0; probe < 50; probe++) {
                    long start = System.nanoTime();
                    HttpResponse<byte[]> health = server.get("/healthz");
                    long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
                    assertThat(health.statusCode()).isEqualTo(200);
                    slowest = Math.max(slowest, millis);
                    Thread.sleep(100);
                }
                assertThat(slowest).as("the slowest of 50 probes, in ms").isLessThan(1_000);
                assertThat(server.get("/sessions/S0x1.ics").statusCode()).isEqualTo(200);
            } finally {
                for (Socket socket : stalled) {
                    close(socket);
                }
            }
        }
    }

    /** About 4,000 sessions with long notes: a full feed of more than 10 MB. */
    static String bigNotes() {
        StringBuilder notes = new StringBuilder("## 2023-09-27\n\n");
        for (int hour = 0; hour < 20; hour++) {
            notes.append("### ").append(hour).append(":00\n\n");
            for (int i = 0; i < 200; i++) {
                notes.append("[Talk ").append(hour).append('-').append(i).append(" - Ann Lee, Acme](https://x2023.sched.com/event/S")
                        .append(hour).append('x').append(i).append(")\n\n").append("notes ".repeat(400)).append("\n\n");
            }
        }
        return notes.toString();
    }

    private static void close(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }
}
