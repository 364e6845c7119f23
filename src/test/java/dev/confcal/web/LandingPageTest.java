package dev.confcal.web;

import static dev.confcal.web.TestServer.header;
import static dev.confcal.web.TestServer.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.confcal.publish.Ledger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The landing page as plain HTTP sees it: without JavaScript it still reads, filters and links. */
class LandingPageTest {

    @TempDir
    Path dir;

    private Path notes(String extra) throws Exception {
        Path notes = dir.resolve("notes.md");
        Files.writeString(notes, """
                ## 2023-09-27

                ### 11:00

                **[Wasm Day | Wasm Day - Ann Lee, Acme](https://conf2023.sched.com/event/A1)**

                notes with <script>alert(1)</script> and <b onclick="x()">html</b>
                and [bad](javascript:alert(1)) and [good](https://example.com/a?b=1&c=2)

                [Mesh | Mesh Talk - Bo Li, Mesh Inc](https://conf2023.sched.com/event/B2)
                """ + extra);
        return notes;
    }

    @Test
    void withoutJavaScriptTheFormFiltersOnTheServer() throws Exception {
        try (TestServer server = new TestServer(notes(""))) {
            String page = text(server.get("/?starred=true&q=wasm%2C+Istio"));
            assertThat(page).contains("<span id=\"feed-count\">1 session</span>")
                    .contains("value=\"" + server.url("/calendar.ics?starred=true&amp;q=istio&amp;q=wasm") + "\"")
                    .contains("name=\"starred\" value=\"true\" checked")
                    .contains("value=\"istio, wasm\"");
        }
    }

    @Test
    void rawHtmlInTheNotesIsEscapedAndOnlyWebLinksAreLinks() throws Exception {
        try (TestServer server = new TestServer(notes(""))) {
            var response = server.get("/");
            String page = text(response);
            assertThat(page).doesNotContain("<script>alert").contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                    .doesNotContain("<b onclick").doesNotContain("href=\"javascript:")
                    .contains("<a href=\"https://example.com/a?b=1&amp;c=2\">good</a>");
            assertThat(header(response, "Content-Security-Policy")).contains("script-src 'self'")
                    .doesNotContain("unsafe-inline");
        }
    }

    @Test
    void linksUseTheBaseUrlBehindAProxy() throws Exception {
        try (TestServer server = new TestServer(notes(""), null,
                new WebOptions(BaseUrl.parse("https://cal.example.com/kubecon/"), false, false, 1 << 20))) {
            String page = text(server.get("/"));
            assertThat(page).contains("href=\"webcal://cal.example.com/kubecon/calendar.ics\"")
                    .contains("https://calendar.google.com/calendar/r?cid=webcal%3A%2F%2Fcal.example.com%2Fkubecon%2Fcalendar.ics")
                    .contains("href=\"/kubecon/sessions/A1.ics?download=1\"");
        }
    }

    @Test
    void eachSessionOffersGoogleCalendarInTheConferenceZone() throws Exception {
        try (TestServer server = new TestServer(notes(""))) {
            assertThat(text(server.get("/"))).contains("https://calendar.google.com/calendar/render?action=TEMPLATE"
                    + "&amp;text=Wasm%20Day%20%7C%20Wasm%20Day&amp;dates=20230927T110000/20230927T113500"
                    + "&amp;ctz=Asia%2FShanghai&amp;details=");
        }
    }

    @Test
    void problemsInTheNotesShowAsABanner() throws Exception {
        try (TestServer server = new TestServer(notes("\n### 26:00\n"))) {
            assertThat(text(server.get("/"))).contains("role=\"alert\"")
                    .contains("notes.md:12: time heading &quot;26:00&quot; is not a time");
        }
    }

    @Test
    void assetsAreServedWithValidators() throws Exception {
        try (TestServer server = new TestServer(notes(""))) {
            var js = server.get("/static/app.js");
            assertThat(js.statusCode()).isEqualTo(200);
            assertThat(header(js, "Content-Type")).startsWith("text/javascript");
            assertThat(server.get("/static/app.js", "If-None-Match", header(js, "ETag")).statusCode()).isEqualTo(304);
            assertThat(server.get("/static/").statusCode()).isEqualTo(404);
            assertThat(server.get("/static/../pom.xml").statusCode()).isBetween(400, 404);
        }
    }

    @Test
    void aStaticExportHasAPageWithRelativeLinks() throws Exception {
        var parsed = dev.confcal.notes.NotesParser.create().parse("notes.md", Files.readString(notes("")));
        var edition = Ledger.inMemory().publish(parsed.schedule(), Instant.parse("2026-11-25T00:00:00Z"));
        new StaticExport(new dev.confcal.calendar.IcsWriter()).write(edition, dir.resolve("site"), null);
        String page = Files.readString(dir.resolve("site/index.html"), StandardCharsets.UTF_8);
        assertThat(page).contains("data-static=\"true\"").contains("href=\"static/app.css\"")
                .contains("data-feed=\"calendar.ics\"").contains("data-feed=\"starred.ics\"")
                .contains("href=\"./sessions/A1.ics?download=1\"").doesNotContain("id=\"builder\"");
        assertThat(dir.resolve("site/static/app.js")).exists();
    }
}
