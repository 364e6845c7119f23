package dev.confcal.web;

import static dev.confcal.testing.TestServer.header;
import static dev.confcal.testing.TestServer.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.confcal.testing.TestServer;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Anonymous clients can send anything: they get a 4xx, never a 5xx, and never slow the server for others. */
class HostileRequestsTest {

    @TempDir
    static Path dir;
    static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        Path notes = dir.resolve("notes.md");
        Files.writeString(notes, """
                ---
                title: "Evil\\"\\r\\nSet-Cookie: session=stolen; x=\\"y"
                tracks:
                  wasm: [wasm]
                ---
                ## 2023-09-27

                ### 10:00

                [Wasm talk - Ann Lee, Acme](https://conf2023.sched.com/event/A1)
                """);
        server = new TestServer(notes, null, new WebOptions(null, false, false, 1 << 18));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/calendar.ics?q=%C3%28", "/sessions.json?q=%FF%FE",
            "/calendar.ics?day=2023-09-27%00", "/calendar.ics?starred=%E2%80%AEtrue", "/calendar.ics?lang=%0d%0aX-Evil:1",
            "/calendar.ics?download=1%0d%0aSet-Cookie:x=y", "/tracks/.ics",
            "/sessions/%00.ics", "/sessions/..%2f..%2fetc%2fpasswd.ics", "/%2e%2e/%2e%2e/etc/passwd",
            "/calendar.ics/../../pom.xml", "/static/..%2f..%2fpom.xml", "/WEB-INF/web.xml", "/sessions/",
    })
    void hostileUrlsAre4xxWithoutLeakingAnything(String url) throws Exception {
        HttpResponse<byte[]> response = server.get(url);
        assertThat(response.statusCode()).as(url).isBetween(400, 499);
        assertThat(text(response)).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("root:")
                .doesNotContain("<project");
        assertThat(response.headers().map()).doesNotContainKey("set-cookie").doesNotContainKey("x-evil");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/calendar.ics?q=%ZZ", "/calendar.ics?q=%", "/calendar.ics?q=%C3", "/?day=%G0"})
    void malformedEscapesAre400(String target) throws Exception {
        try (Socket socket = new Socket("localhost", server.app.port())) {
            socket.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            socket.setSoTimeout(5_000);
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 400").containsPattern("query string: (malformed %-escape|%-escaped bytes that are not UTF-8)");
        }
    }

    @Test
    void emptyParametersAreHarmless() throws Exception {
        assertThat(server.get("/calendar.ics?&&").statusCode()).isEqualTo(200);
        assertThat(server.get("/calendar.ics?q=wasm&").statusCode()).isEqualTo(200);
    }

    @Test
    void aHugeQueryIsRefusedByLength() throws Exception {
        assertThat(server.get("/calendar.ics?q=" + "a".repeat(20_000)).statusCode()).isEqualTo(414);
        HttpResponse<byte[]> repeated = server.get("/calendar.ics?" + "q=a&".repeat(500));
        assertThat(repeated.statusCode()).isEqualTo(400);
        assertThat(text(repeated)).isEqualTo("parameter \"q\": at most 20 keywords\n");
    }

    @Test
    void otherMethodsAreRefused() throws Exception {
        for (String method : List.of("POST", "PUT", "DELETE", "PATCH", "TRACE")) {
            assertThat(server.send(method, "/calendar.ics").statusCode()).as(method).isBetween(400, 499);
        }
    }

    @Test
    void theDownloadFileNameCannotCarryAHeader() throws Exception {
        HttpResponse<byte[]> response = server.get("/calendar.ics?download=1");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(header(response, "Content-Disposition"))
                .isEqualTo("attachment; filename=\"evil-set-cookie-session-stolen-x-y.ics\"");
        assertThat(response.headers().map()).doesNotContainKey("set-cookie");
        assertThat(text(response)).contains("X-WR-CALNAME:Evil\"\\nSet-Cookie: session=stolen\\; x=\"y\r\n");
    }

    @Test
    void manyDistinctFiltersKeepTheCacheBounded() throws Exception {
        for (int i = 0; i < 1_000; i++) {
            assertThat(server.get("/calendar.ics?q=w" + i + "&alarm=" + (i % 1441)).statusCode()).isEqualTo(200);
        }
        var health = JsonViews.JSON.readTree(server.get("/healthz").body());
        // 1,000 feeds of about 1 KB each (and their gzip) do not fit in the 256 KB the cache may hold
        assertThat(health.get("cachedResponses").asInt()).isBetween(1, 600);
    }

    @Test
    void slowClientsDoNotHoldUpOthers() throws Exception {
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 200; i++) { // half a request each, then silence
                Socket socket = new Socket("localhost", server.app.port());
                OutputStream out = socket.getOutputStream();
                out.write("GET /calendar.ics HTTP/1.1\r\nHost: localhost\r\nX-Slow: ".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                slow.add(socket);
            }
            for (int i = 0; i < 20; i++) { // whole requests whose answers are never read
                Socket socket = new Socket("localhost", server.app.port());
                socket.getOutputStream().write("GET /calendar.ics HTTP/1.1\r\nHost: localhost\r\n\r\n"
                        .getBytes(StandardCharsets.US_ASCII));
                slow.add(socket);
            }
            long start = System.nanoTime();
            HttpResponse<byte[]> response = server.get("/calendar.ics");
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        } finally {
            for (Socket socket : slow) {
                socket.close();
            }
        }
    }

    @Test
    void garbageInsteadOfHttpIsRefused() throws Exception {
        try (Socket socket = new Socket("localhost", server.app.port())) {
            socket.getOutputStream().write("\u0000\u0001BEGIN:VCALENDAR\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            InputStream in = socket.getInputStream();
            socket.setSoTimeout(5_000);
            String answer = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            assertThat(answer).startsWith("HTTP/1.1 4");
        }
    }
}
