package dev.confcal.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.confcal.testing.ServerProcess;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM (what Docker and Kubernetes send) lets a download in progress finish. The real server in its own
 * process; a client with a small receive window reads a 14 MB feed (more than the socket buffers hold) while the server is told to stop. Run with {@code mvn -P load test}.
 */
@Tag("load")
class GracefulShutdownTest {

    @TempDir
    Path dir;

    @Test
    void aDownloadInProgressFinishesAfterSigterm() throws Exception {
        StringBuilder notes = new StringBuilder("## 2023-09-27\n\n");
        for (int hour = 0; hour < 24; hour++) {
            notes.append("### ").append(hour).append(":00\n\n");
            for (int i = 0; i < 200; i++) {
                notes.append("[Talk ").append(hour).append('-').append(i).append(" - Ann Lee, Acme](https://x2023.sched.com/event/H")
                        .append(hour).append('x').append(i).append(")\n\n").append("notes ".repeat(400)).append("\n\n");
            }
        }
        Path file = dir.resolve("big.md");
        Files.writeString(file, notes);
        ServerProcess started = ServerProcess.start(file.toString());
        Process server = started.process();
        int port = started.port();

        try (Socket socket = new Socket("localhost", port)) {
            socket.setReceiveBufferSize(64 * 1024);
            socket.getOutputStream().write("GET /calendar.ics HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            received.write(buffer, 0, in.read(buffer));
            server.destroy(); // SIGTERM
            Thread.sleep(300);
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                received.write(buffer, 0, n); // the small receive window kept the server mid-write until now
            }
            String response = received.toString(StandardCharsets.UTF_8);
            int length = Integer.parseInt(response.replaceFirst("(?s).*?\r\nContent-Length: (\\d+)\r\n.*", "$1"));
            assertThat(length).isGreaterThan(10_000_000);
            String body = response.substring(response.indexOf("\r\n\r\n") + 4);
            assertThat(body.getBytes(StandardCharsets.UTF_8)).hasSize(length);
            assertThat(body).endsWith("END:VCALENDAR\r\n");
        } finally {
            assertThat(server.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }
    }
}
