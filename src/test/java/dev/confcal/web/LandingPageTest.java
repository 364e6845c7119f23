package dev.confcal.web;

import static dev.confcal.testing.TestServer.header;
import static dev.confcal.testing.TestServer.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.confcal.publish.ledger.Ledger;
import dev.confcal.testing.TestServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The landing page as plain HTTP sees it: without JavaScript it still reads, filters and links. */
class LandingPageTest {

    private static final Pattern ARTICLE = Pattern.compile("<article class=\"session[^\"]*\" id=\"s-([^\"]+)\"");
    /** Links and the feed URL to this server, absolute or by path. */

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

                the service mesh & its sidecars
                """ + extra);
        return notes;
    }

    static List<String> listed(String page) {
        List<String> ids = new ArrayList<>();
        Matcher m = ARTICLE.matcher(page);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    @Test
    void withoutJavaScriptTheFormFiltersTheFeedAndTheListOnTheServer() throws Exception {
        try (TestServer server = new TestServer(notes(""))) {
            String page = text(server.get("/?starred=true&q=wasm%2C+Istio"));
            assertThat(page).contains("<span id=\"feed-count\" data-one=\"{0} session\" data-many=\"{0} sessions\">"
                            + "1 session</span>")
                    .contains("value=\"" + server.url("/calendar.ics?starred=true&amp;q=istio&amp;q=wasm") + "\"")
                    .contains("name=\"starred\" value=\"true\" checked")
                    .contains("value=\"wasm, Istio\"") // the field as typed; the feed has its words
                    .contains("Showing 1 of 2 sessions: ★ must-see only · “istio” or “wasm”.")
                    .contains("<a href=\"/\" class=\"refilter\" id=\"show-all\">Show all 2 sessions</a>");
            assertThat(listed(page)).containsExactly("A1");
            assertThat(listed(text(server.get("/")))).containsExactly("A1", "B2");
            assertThat(text(server.get("/"))).doesNotContain("id=\"shown\"");
        }
    }

    @Test
    void keywordsAreSplitOnSpacesAndCommasAndAQuotedPhraseStaysWhole() throws Exception {
        try (TestServer server = new TestServer(notes(""))) {
            String spaced = text(server.get("/?q=wasm+mesh"));
            assertThat(listed(spaced)).containsExactly("A1", "B2");
            assertThat(spaced).contains("value=\"" + server.url("/calendar.ics?q=mesh&amp;q=wasm") + "\"");
            assertThat(text(server.get("/?q=wasm%EF%BC%8Cmesh"))).as("a full-width comma")
                    .contains("value=\"" + server.url("/calendar.ics?q=mesh&amp;q=wasm") + "\"");
            assertThat(text(server.get("/?q=wasm%E3%80%81mesh%E3%80%80istio"))).as("an ideographic comma and space")
                    .contains("value=\"" + server.url("/calendar.ics?q=istio&amp;q=mesh&amp;q=wasm") + "\"");
            String phrase = text(server.get("/?q=%22service+mesh%22"));
            assertThat(listed(phrase)).containsExactly("B2");
            assertThat(phrase).contains("value=\"&quot;service mesh&quot;\"")
                    .contains("value=\"" + server.url("/calendar.ics?q=service%20mesh") + "\"");
        }
    }

    @Test
    void theMatchesOfTheKeywordsAreMarkedAndNotesWithAMatchAreOpen() throws Exception {
        try (TestServer server = new TestServer(notes(""))) {
            String page = text(server.get("/?q=SIDECAR+mesh"));
            assertThat(page).contains("<a href=\"https://conf2023.sched.com/event/B2\" rel=\"noopener\">"
                    + "<mark>Mesh</mark></a>").contains("<p class=\"alt-title\"><mark>Mesh</mark> Talk</p>")
                    .contains("<details class=\"more\" open><summary aria-describedby=\"t-B2\">Notes</summary>"
                            + "<div class=\"more-body\"><p class=\"alt-title\"><mark>Mesh</mark> Talk</p>"
                            + "<div class=\"notes\"><p>the service <mark>mesh</mark> &amp; its <mark>sidecar</mark>s</p>")
                    .contains("<p class=\"speakers\">Bo Li (<mark>Mesh</mark> Inc)</p>");
            assertThat(text(server.get("/?q=mesh+amp"))).as("an entity is not text").contains("<mark>mesh</mark> &amp;")
                    .doesNotContain("&<mark>amp</mark>;");
        }
    }

    @Test
    void aFilterThatFindsNothingSaysWhyAndOffersTheNearestThatFindsSomething() throws Exception {
        try (TestServer server = new TestServer(notes(""))) {
            String page = text(server.get("/?starred=true&q=sidecars"));
            assertThat(listed(page)).isEmpty();
            assertThat(page).contains("No session matches this selection.")
                    .contains("On their own: ★ must-see only: 1 session · “sidecars”: 1 session.")
                    .contains("<a href=\"/?q=sidecars\" class=\"refilter\">Without ★ must-see only</a> — 1 session")
                    .contains("<a href=\"/?starred=true\" class=\"refilter\">Without “sidecars”</a> — 1 session")
                    .contains("Show all 2 sessions");
            String typo = text(server.get("/?q=sidecra"));
            assertThat(typo).contains("No session mentions “sidecra”.")
                    .contains("<a href=\"/?q=sidecar\" class=\"refilter\">Search “sidecar” instead of “sidecra”</a>");
            assertThat(listed(text(server.get("/?q=sidecar")))).containsExactly("B2");
        }
    }

    @Test
    void anInvalidReminderIsExplainedAndNoLinkOnThePageAnswers400() throws Exception {
        try (TestServer server = new TestServer(notes(""))) {
            var response = server.get("/?starred=true&alarm=5000");
            String page = text(response);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(page).contains("The reminder must be a whole number of minutes from 0 to 1440")
                    .contains("aria-invalid=\"true\"")
                    .contains("value=\"" + server.url("/calendar.ics?starred=true") + "\"");
            var links = PageLinks.onServer(page, server.url(""));
            for (String url : links) {
                assertThat(url).doesNotContain("alarm");
                assertThat(server.get(url).statusCode()).as(url).isEqualTo(200);
            }
            assertThat(links).contains("/calendar.ics?starred=true", "/calendar.ics?starred=true&download=1");
            assertThat(text(server.get("/?alarm=15"))).contains("value=\"" + server.url("/calendar.ics?alarm=15") + "\"")
                    .containsPattern("<p class=\"note\" id=\"reminder-note\">Google Calendar ignores reminders");
            assertThat(text(server.get("/"))).contains("id=\"reminder-note\" hidden");
        }
    }

    @Test
    void anyFieldAFeedWouldRefuseIsLeftOutAndSaidWithoutEchoingControlCharacters() throws Exception {
        try (TestServer server = new TestServer(notes(""))) {
            var response = server.get("/?q=wasm&lang=%0d%0aX-Evil:1&track=gone&day=tomorrow&stared=1");
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().map()).doesNotContainKey("x-evil");
            assertThat(text(response)).contains("Left out of the calendar links: <span>parameter &quot;lang&quot;: must be"
                            + " zh or en, not &quot;X-Evil:1&quot;</span>")
                    .contains("unknown track &quot;gone&quot;; these notes define no tracks")
                    .contains("&quot;tomorrow&quot; is not a date like 2023-09-27")
                    .contains("unknown parameter &quot;stared&quot;")
                    .contains("value=\"" + server.url("/calendar.ics?q=wasm") + "\"").doesNotContain("\r\nX-Evil");
            String nine = java.util.stream.IntStream.range(0, 9).mapToObj(i -> "x" + i + "=1&")
                    .collect(java.util.stream.Collectors.joining());
            assertThat(server.get("/?" + nine + "q=a").statusCode()).as("not a person typing").isEqualTo(400);
        }
    }

    @Test
    void theCountEndpointAnswersTheCountAndTheFeedsUrlsInAFewBytes() throws Exception {
        try (TestServer server = new TestServer(notes(""))) {
            var response = server.get("/count.json?starred=true&q=wasm&alarm=10");
            assertThat(text(response)).isEqualTo("{\"count\":1,\"feed\":\"/calendar.ics?starred=true&q=wasm&alarm=10\","
                    + "\"download\":\"/calendar.ics?starred=true&q=wasm&alarm=10&download=1\"}");
            assertThat(header(response, "Content-Type")).startsWith("application/json");
            assertThat(server.get("/count.json?alarm=5000").statusCode()).isEqualTo(400);
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
    void eachSessionOffersGoogleCalendarInTheConferenceZone() throws Exception {
        try (TestServer server = new TestServer(notes(""))) {
            assertThat(text(server.get("/"))).contains("https://calendar.google.com/calendar/render?action=TEMPLATE"
                    + "&amp;text=Wasm%20Day%20%7C%20Wasm%20Day&amp;dates=20230927T110000/20230927T113500"
                    + "&amp;ctz=Asia%2FShanghai&amp;details=");
        }
    }

    @Test
    void theProblemsBannerNamesTheNotesFileButNotTheFolderItIsIn() throws Exception {
        try (TestServer server = new TestServer(notes("\n### 26:00\n"))) {
            String page = text(server.get("/"));
            assertThat(page).containsPattern("<a href=\"#about\" id=\"about-link\" class=\"about-link problems\">About these"
                            + " notes · \\d+ problems?</a>")
                    .contains("<li>notes.md:14: time heading &quot;26:00&quot;")
                    .contains("Made with confcal from notes.md.").doesNotContain(dir.toString()).doesNotContain("role=\"alert\"");
            assertThat(page.indexOf("<li>notes.md:14")).as("author information after the schedule")
                    .isGreaterThan(page.indexOf("id=\"schedule\""));
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
    void aLongSelectionListsItsFirstDayAndFoldsTheOthersUntilAsked() throws Exception {
        Files.writeString(dir.resolve("big.md"), ConferenceNotes.of(18, 8)); // 1,008 sessions, 56 a day
        try (TestServer server = new TestServer(dir.resolve("big.md"))) {
            String page = text(server.get("/"));
            assertThat(listed(page)).hasSize(56).startsWith("B0000001").endsWith("B0000056");
            assertThat(page).contains("<p class=\"fold\">56 sessions on this day. <a href=\"/?show=2023-09-02"
                    + "#day-2023-09-02\" class=\"unfold\" data-show=\"2023-09-02\"");
            assertThat(page.length()).as("bytes of the page").isLessThan(250_000);
            String unfolded = text(server.get("/?show=2023-09-03"));
            assertThat(listed(unfolded)).hasSize(112).contains("B0000113").doesNotContain("B0000057");
            assertThat(listed(text(server.get("/?day=2023-09-05")))).as("the first day of the selection")
                    .hasSize(56).startsWith("B0000225");
            assertThat(listed(text(server.get("/?q=wasm&day=2023-09-05&day=2023-09-06")))).hasSize(56);
        }
    }

    @Test
    void aStaticExportHasAPageInEachLanguageWithRelativeLinksAndEverySession() throws Exception {
        var parsed = dev.confcal.notes.NotesParser.create().parse("notes.md", Files.readString(notes("")));
        var edition = Ledger.inMemory().publish(parsed.schedule(), Instant.parse("2026-11-25T00:00:00Z"));
        new StaticExport(new dev.confcal.calendar.IcsWriter()).write(edition, dir.resolve("site"), null);
        String page = Files.readString(dir.resolve("site/index.html"), StandardCharsets.UTF_8);
        assertThat(page).contains("data-static=\"true\"").contains("href=\"static/app.css\"")
                .contains("data-feed=\"calendar.ics\"").contains("data-feed=\"starred.ics\"")
                .contains("<a href=\"starred.ics\" class=\"also\">★ Must-see</a>")
                .contains("href=\"./sessions/A1.ics?download=1\"").doesNotContain("id=\"builder\"")
                .contains("<a href=\"index.zh.html\" lang=\"zh-Hans\" hreflang=\"zh-Hans\">中文</a>")
                .contains("id=\"unreachable\" hidden data-check=\"browser\"");
        String chinese = Files.readString(dir.resolve("site/index.zh.html"), StandardCharsets.UTF_8);
        assertThat(chinese).contains("<summary class=\"button primary\" id=\"add-button\">添加到日历</summary>")
                .contains("<a href=\"index.html\" lang=\"en\" hreflang=\"en\">English</a>");
        assertThat(listed(chinese)).containsExactly("A1", "B2");
        assertThat(dir.resolve("site/static/app.js")).exists();
    }
}
