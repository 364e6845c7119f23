package dev.confcal.web;

import static dev.confcal.testing.TestServer.header;
import static dev.confcal.testing.TestServer.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.confcal.testing.RoundTrip;
import dev.confcal.testing.TestServer;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The routes, filters and HTTP behaviour, over real HTTP against the seed notes plus two tracks. */
class FeedServerTest {

    @TempDir
    static Path dir;
    static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        Path notes = dir.resolve("kubecon.md");
        String seed = new String(FeedServerTest.class.getResourceAsStream("/golden/kubecon-china-2023.md")
                .readAllBytes(), StandardCharsets.UTF_8);
        Files.writeString(notes, "---\ntracks:\n  wasm: [wasm, webassembly]\n  istio: [istio]\n---\n" + seed);
        server = new TestServer(notes);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static List<String> uids(HttpResponse<byte[]> response) {
        assertThat(response.statusCode()).as(text(response)).isEqualTo(200);
        return RoundTrip.events(response.body()).stream().map(e -> e.uid().replace("@kccncosschn2023.sched.com", ""))
                .toList();
    }

    @Test
    void theFullFeedHoldsEverySessionWithChineseTextIntact() throws Exception {
        HttpResponse<byte[]> response = server.get("/calendar.ics");
        assertThat(header(response, "Content-Type")).isEqualTo("text/calendar; charset=utf-8");
        assertThat(header(response, "Content-Disposition")).isNull();
        assertThat(header(response, "Cache-Control")).isEqualTo("public, max-age=300");
        assertThat(header(response, "X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(uids(response)).hasSize(34);
        assertThat(text(response)).contains("SUMMARY:SIG集群生命周期：Kubespray的新功能");
    }

    /** Issue 23, smaller: {@code ?=1} and a bare {@code ?q} answered the whole feed, though unknown names are 400. */
    @Test
    void aValueWithoutANameAndAParameterWithoutAValueAre400() throws Exception {
        for (String path : new String[] {"/calendar.ics?=1", "/calendar.ics?q", "/starred.ics?q&day=2023-09-27",
                "/sessions/1PTJt.ics?download", "/sessions.json?=", "/count.json?exclude"}) {
            HttpResponse<byte[]> response = server.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(400);
        }
        assertThat(text(server.get("/calendar.ics?q"))).isEqualTo("parameter \"q\" has no value: write q=…, or leave"
                + " it out\n");
        assertThat(text(server.get("/calendar.ics?=1"))).isEqualTo("query string: a value without a parameter name"
                + " (\"=1\")\n");
        assertThat(server.get("/calendar.ics?&").statusCode()).isEqualTo(200);
        assertThat(server.get("/calendar.ics?q=").statusCode()).isEqualTo(200);
        assertThat(server.get("/?q").statusCode()).as("the page says what it leaves out, never 400").isEqualTo(200);
    }

    /** Issue 23, smaller: an If-Modified-Since later than the server's time got a 304, whatever had changed. */
    @Test
    void anIfModifiedSinceInTheFutureIsNoValidator() throws Exception {
        String future = HttpDates.format(java.time.Instant.now().plus(java.time.Duration.ofDays(365)));
        assertThat(server.get("/calendar.ics", "If-Modified-Since", future).statusCode()).isEqualTo(200);
        assertThat(server.get("/calendar.ics?starred=true", "If-Modified-Since", future).statusCode()).isEqualTo(200);
    }

    @Test
    void theStarredFeed() throws Exception {
        assertThat(uids(server.get("/starred.ics"))).hasSize(10).contains("1PTKB");
        assertThat(text(server.get("/starred.ics"))).contains("X-WR-CALNAME:Kubecon (starred)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "/calendar.ics?q=wasm                          | 1R598 1PTKo 1PTF3",
            "/calendar.ics?q=WASM&q=kyverno                | 1R598 1PTKZ 1PTKo 1PTF3",
            "/calendar.ics?q=webassembly&exclude=dapr      | 1R598 1PTF3",
            "/starred.ics?q=wasm                           | 1R598 1PTKo 1PTF3",
            "/calendar.ics?starred=true&q=wasm             | 1R598 1PTKo 1PTF3",
            "/calendar.ics?exclude=wasm&starred=true       | 1PTKr 1PTKu 1PTKB 1PTJe 1PTKl 1RTBY 1PTFR",
            "/calendar.ics?starred=true&day=2023-09-28&q=wasm | 1PTF3",
            "/calendar.ics?track=istio&day=2023-09-27      | 1PTG4 1PTKi 1PTII 1PTHc",
            "/tracks/wasm.ics?starred=1                    | 1R598 1PTKo 1PTF3",
            "/calendar.ics?q=%E6%B7%B7%E6%B2%8C%E6%B5%8B%E8%AF%95 | 1PTKK",
    })
    void filtersCombine(String url, String ids) throws Exception {
        assertThat(uids(server.get(url))).containsExactly(ids.split(" "));
    }

    @Test
    void aDayFilterKeepsOneDay() throws Exception {
        assertThat(uids(server.get("/calendar.ics?day=2023-09-28"))).hasSize(11);
        assertThat(uids(server.get("/calendar.ics?day=2023-09-27&day=2023-09-28"))).hasSize(34);
    }

    @Test
    void oneSessionAndItsDownload() throws Exception {
        assertThat(uids(server.get("/sessions/1PTJt.ics"))).containsExactly("1PTJt");
        assertThat(text(server.get("/sessions/1PTJt.ics"))).contains("\r\nMETHOD:PUBLISH\r\n")
                .doesNotContain("X-WR-CALNAME").doesNotContain("REFRESH-INTERVAL");
        assertThat(text(server.get("/calendar.ics"))).contains("\r\nMETHOD:PUBLISH\r\n").contains("X-WR-CALNAME");
        HttpResponse<byte[]> download = server.get("/sessions/1PTJt.ics?download=1");
        assertThat(header(download, "Content-Disposition")).isEqualTo("attachment; filename=\"1PTJt.ics\"");
        assertThat(header(server.get("/starred.ics?download=true"), "Content-Disposition"))
                .isEqualTo("attachment; filename=\"kubecon-starred.ics\"");
    }

    @Test
    void alarmAndLanguage() throws Exception {
        String ics = text(server.get("/starred.ics?alarm=15&lang=en"));
        assertThat(ics).contains("TRIGGER:-PT15M").contains("SUMMARY:★ Project Update and Deep Dive: Containerd\r\n");
        assertThat(text(server.get("/starred.ics?lang=zh"))).contains("SUMMARY:★ 项目更新和深入探讨：containerd\r\n");
    }

    @Test
    void sessionsJsonFollowsTheSameFilters() throws Exception {
        HttpResponse<byte[]> response = server.get("/sessions.json?starred=true&q=wasm");
        assertThat(header(response, "Content-Type")).isEqualTo("application/json;charset=utf-8");
        var json = JsonViews.JSON.readTree(response.body());
        assertThat(json.get("count").asInt()).as("wasm finds WebAssembly too").isEqualTo(3);
        assertThat(json.get("sessions").get(0).get("id").asText()).isEqualTo("1R598");
        assertThat(json.get("sessions").get(0).get("start").asText()).isEqualTo("2023-09-27T11:00:00+08:00");
        assertThat(json.get("sessions").get(0).get("tracks").toString()).isEqualTo("[\"wasm\"]");
    }

    @Test
    void healthzReportsTheSessionCount() throws Exception {
        var json = JsonViews.JSON.readTree(server.get("/healthz").body());
        assertThat(json.get("status").asText()).isEqualTo("ok");
        assertThat(json.get("sessions").asInt()).isEqualTo(34);
        assertThat(json.get("problems")).isEmpty();
    }

    @Test
    void theLandingPageListsTheFeedsUnderAStrictPolicy() throws Exception {
        HttpResponse<byte[]> page = server.get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(header(page, "Content-Type")).isEqualTo("text/html;charset=utf-8");
        assertThat(header(page, "Content-Security-Policy")).contains("default-src 'none'");
        assertThat(text(page)).contains(server.url("/calendar.ics")).contains("<option value=\"wasm\">wasm</option>")
                .contains("<option value=\"istio\">istio</option>");
    }

    @Test
    void aMatchingEtagOrDateGives304WithoutABody() throws Exception {
        HttpResponse<byte[]> first = server.get("/calendar.ics?q=istio");
        String etag = header(first, "ETag");
        assertThat(etag).matches("\"[A-Za-z0-9_-]{27}\"");
        HttpResponse<byte[]> revalidated = server.get("/calendar.ics?q=istio", "If-None-Match", etag);
        assertThat(revalidated.statusCode()).isEqualTo(304);
        assertThat(revalidated.body()).isEmpty();
        assertThat(header(revalidated, "ETag")).isEqualTo(etag);
        assertThat(server.get("/calendar.ics?q=istio", "If-None-Match", "\"other\"").statusCode()).isEqualTo(200);
        String lastModified = header(first, "Last-Modified");
        assertThat(server.get("/calendar.ics?q=istio", "If-Modified-Since", lastModified).statusCode()).isEqualTo(304);
        assertThat(server.get("/calendar.ics?q=istio", "If-Modified-Since", "Mon, 01 Jan 2001 00:00:00 GMT")
                .statusCode()).isEqualTo(200);
        assertThat(server.get("/calendar.ics?q=istio", "If-Modified-Since", "yesterday").statusCode()).isEqualTo(200);
    }

    @Test
    void headAnswersWithTheSameHeadersAndNoBody() throws Exception {
        HttpResponse<byte[]> get = server.get("/starred.ics");
        HttpResponse<byte[]> head = server.send("HEAD", "/starred.ics");
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        for (String name : List.of("ETag", "Last-Modified", "Content-Type", "Content-Length", "Content-Disposition")) {
            assertThat(header(head, name)).as(name).isEqualTo(header(get, name));
        }
    }

    @Test
    void gzipWhenAsked() throws Exception {
        HttpResponse<byte[]> plain = server.get("/calendar.ics");
        HttpResponse<byte[]> zipped = server.get("/calendar.ics", "Accept-Encoding", "gzip, deflate");
        assertThat(header(zipped, "Content-Encoding")).isEqualTo("gzip");
        assertThat(zipped.body().length).isLessThan(plain.body().length / 2);
        try (var in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
            assertThat(in.readAllBytes()).isEqualTo(plain.body());
        }
        assertThat(header(server.get("/calendar.ics", "Accept-Encoding", "gzip;q=0"), "Content-Encoding")).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "/calendar.ics?starred=maybe    | parameter \"starred\": must be true or false, not \"maybe\"",
            "/calendar.ics?alarm=-5         | parameter \"alarm\": \"-5\" is not a number of minutes from 0 to 1440",
            "/calendar.ics?alarm=1441       | parameter \"alarm\": \"1441\" is not a number of minutes from 0 to 1440",
            "/calendar.ics?lang=fr          | parameter \"lang\": must be zh or en, not \"fr\"",
            "/calendar.ics?day=2023-02-30   | parameter \"day\": \"2023-02-30\" is not a date like 2023-09-27",
            "/calendar.ics?track=ai         | parameter \"track\": unknown track \"ai\"; known: wasm, istio",
            "/calendar.ics?stared=true      | unknown parameter \"stared\"; known: starred, q, exclude, day, track, alarm, lang, download",
            "/calendar.ics?alarm=5&alarm=10 | parameter \"alarm\" is given more than once",
            "/sessions.json?day=tomorrow    | parameter \"day\": \"tomorrow\" is not a date like 2023-09-27",
    })
    void invalidParametersAre400WithAMessageNamingThem(String url, String message) throws Exception {
        HttpResponse<byte[]> response = server.get(url);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(header(response, "Content-Type")).isEqualTo("text/plain;charset=utf-8");
        assertThat(text(response)).isEqualTo(message + "\n");
    }

    @ParameterizedTest
    @CsvSource({"/sessions/nope.ics", "/sessions/1PTJt", "/tracks/ai.ics", "/nothing", "/sessions/.ics",
            "/calendar.ics/x"})
    void unknownThingsAre404(String url) throws Exception {
        HttpResponse<byte[]> response = server.get(url);
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(text(response)).doesNotContain("Exception").doesNotContain("at dev.");
    }

    @Test
    void pathTraversalIsRefused() throws Exception {
        for (String url : List.of("/sessions/..%2f..%2fetc%2fpasswd.ics", "/sessions/%2e%2e/%2e%2e/etc/passwd",
                "/tracks/..%2F..%2Fpom.xml")) {
            HttpResponse<byte[]> response = server.get(url);
            assertThat(response.statusCode()).as(url).isBetween(400, 404);
            assertThat(text(response)).doesNotContain("root:").doesNotContain("<project");
        }
    }
}
