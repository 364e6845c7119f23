package dev.confcal.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM (what Docker and Kubernetes send) lets a download in progress finish. The real server in its own
 * process; a client with a small receive window reads a 14 MB feed (more than the socket buffers hold) while the server is told to stop. Run with {@code mvn -P load test}.
 */
@Tag("load")
class GracefulShutdownTest {

    private static final Pattern SERVING = Pattern.compile("at http://localhost:(\\d+)/");

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
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process server = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "dev.confcal.cli.Main",
                "serve", "--quiet", "--port", "0", file.toString()).redirectErrorStream(true).start();
        int port = port(server);

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

    private static int port(Process process) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            Matcher serving = SERVING.matcher(line);
            if (serving.find()) {
                Thread drain = new Thread(() -> out.lines().forEach(l -> { }));
                drain.setDaemon(true);
                drain.start();
                return Integer.parseInt(serving.group(1));
            }
        }
        throw new AssertionError("the server did not start");
    }
}
