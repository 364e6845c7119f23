package dev.confcal.web;

import static dev.confcal.testing.TestServer.header;
import static dev.confcal.testing.TestServer.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.confcal.testing.TestServer;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The headers RFC 9110, RFC 6266 and SECURITY.md promise, over real HTTP. */
class HttpHeadersTest {

    @TempDir
    static Path dir;
    static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        Path notes = dir.resolve("notes.md");
        Files.writeString(notes, """
                ---
                title: 开源峰会 Open Source Summit 2023
                tracks:
                  wasm: [wasm]
                ---
                ## 2023-09-27

                ### 10:00

                **[Wasm talk - Ann Lee, Acme](https://conf2023.sched.com/event/A1)**

                """ + "Long notes about WebAssembly. ".repeat(100) + "\n");
        server = new TestServer(notes);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theGzipBodyHasItsOwnEtagAndOnlyItsOwnEtagRevalidatesIt() throws Exception {
        HttpResponse<byte[]> plain = server.get("/calendar.ics");
        HttpResponse<byte[]> zipped = server.get("/calendar.ics", "Accept-Encoding", "gzip");
        assertThat(header(zipped, "Content-Encoding")).isEqualTo("gzip");
        assertThat(header(zipped, "ETag")).isNotEqualTo(header(plain, "ETag")).matches("\"[A-Za-z0-9_-]{27}-gz\"");
        assertThat(header(zipped, "Vary")).isEqualTo("Accept-Encoding");
        assertThat(server.get("/calendar.ics", "Accept-Encoding", "gzip", "If-None-Match", header(zipped, "ETag"))
                .statusCode()).isEqualTo(304);
        assertThat(server.get("/calendar.ics", "If-None-Match", header(zipped, "ETag")).statusCode()).isEqualTo(200);
        assertThat(server.get("/calendar.ics", "Accept-Encoding", "gzip", "If-None-Match", header(plain, "ETag"))
                .statusCode()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/calendar.ics", "/healthz", "/nothing", "/calendar.ics?stared=1", "/", "/sessions.json",
            "/static/app.js", "/sessions/A1.ics?download=1"})
    void headAndGetAgreeOnStatusAndContentLength(String url) throws Exception {
        HttpResponse<byte[]> get = server.get(url);
        HttpResponse<byte[]> head = server.send("HEAD", url);
        assertThat(head.statusCode()).isEqualTo(get.statusCode());
        assertThat(head.body()).isEmpty();
        assertThat(header(head, "Content-Length")).isEqualTo(String.valueOf(get.body().length));
        for (String name : List.of("Content-Type", "ETag", "Content-Disposition", "Cache-Control")) {
            assertThat(header(head, name)).as(name).isEqualTo(header(get, name));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"PUT", "DELETE", "POST", "PATCH", "OPTIONS", "TRACE"})
    void otherMethodsAre405WithAllow(String method) throws Exception {
        HttpResponse<byte[]> response = server.send(method, "/calendar.ics");
        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(header(response, "Allow")).isEqualTo("GET, HEAD");
        assertThat(header(response, "X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Thu, 26 Nov 2026 08:49:37 GMT", "Thursday, 26-Nov-26 08:49:37 GMT",
            "Thu Nov 26 08:49:37 2026"}) // after the feeds' Last-Modified, and not in the future (no validator then)
    void ifModifiedSinceInEachHttpDateFormGives304(String date) throws Exception {
        assertThat(server.get("/calendar.ics", "If-Modified-Since", date).statusCode()).isEqualTo(304);
    }

    @Test
    void feedsAndJsonMayBeReadByAnyOriginTheRestNot() throws Exception {
        for (String url : List.of("/calendar.ics", "/starred.ics", "/tracks/wasm.ics", "/sessions/A1.ics",
                "/sessions.json")) {
            assertThat(header(server.get(url, "Origin", "https://other.example"), "Access-Control-Allow-Origin"))
                    .as(url).isEqualTo("*");
        }
        for (String url : List.of("/", "/healthz", "/static/app.js", "/nothing")) {
            assertThat(header(server.get(url, "Origin", "https://other.example"), "Access-Control-Allow-Origin"))
                    .as(url).isNull();
        }
    }

    @Test
    void aDownloadIsNamedAfterTheFilterAndKeepsANonAsciiTitle() throws Exception {
        assertThat(header(server.get("/calendar.ics"), "Content-Disposition")).isNull();
        assertThat(header(server.get("/starred.ics?q=wasm&day=2023-09-27&download=1"), "Content-Disposition"))
                .isEqualTo("attachment; filename=\"open-source-summit-2023-starred-wasm-2023-09-27.ics\"; filename*=UTF-8''"
                        + "%E5%BC%80%E6%BA%90%E5%B3%B0%E4%BC%9A-open-source-summit-2023-starred-wasm-2023-09-27.ics");
        assertThat(header(server.get("/tracks/wasm.ics?download=1&exclude=keynote"), "Content-Disposition"))
                .startsWith("attachment; filename=\"open-source-summit-2023-wasm-without-keynote.ics\"");
    }

    @Test
    void jettysOwnErrorsCarryTheSecurityHeadersAndNoHtml() throws Exception {
        for (String request : List.of("GET /calendar.ics?q=" + "a".repeat(9_000) + " HTTP/1.1\r\nHost: x\r\n\r\n",
                "GET /calendar.ics HTTP/1.1\r\nHost: x\r\nX-Big: " + "b".repeat(9_000) + "\r\n\r\n",
                "GET /calendar.ics HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n")) {
            try (Socket socket = new Socket("localhost", server.app.port())) {
                socket.setSoTimeout(5_000);
                socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
                String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(answer).matches("(?s)HTTP/1.1 4(00|14|31) .*").contains("X-Content-Type-Options: nosniff")
                        .contains("Referrer-Policy: no-referrer").contains("Content-Type: text/plain")
                        .doesNotContain("<html");
            }
        }
    }

    @Test
    void aTitleOfThousandsOfCharactersStillGivesEveryFeed() throws Exception {
        Path notes = dir.resolve("long-title.md");
        Files.writeString(notes, "---\ntitle: " + "Very Long Title ".repeat(500) + "\n---\n## 2023-09-27\n\n### 10:00\n\n"
                + "[Talk - Ann Lee, Acme](https://conf2023.sched.com/event/A1)\n");
        try (TestServer longTitle = new TestServer(notes)) {
            for (String url : List.of("/calendar.ics", "/starred.ics?download=1", "/calendar.ics?download=1&q=talk",
                    "/sessions.json", "/")) {
                HttpResponse<byte[]> response = longTitle.get(url);
                assertThat(response.statusCode()).as(url).isEqualTo(200);
                String disposition = header(response, "Content-Disposition");
                assertThat(disposition == null ? 0 : disposition.length()).as(url).isLessThan(300);
            }
            assertThat(text(longTitle.get("/calendar.ics"))).contains("X-WR-CALNAME:Very Long Title");
        }
    }
}
