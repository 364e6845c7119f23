package dev.confcal.web;

import static dev.confcal.testing.TestServer.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dev.confcal.testing.RoundTrip;
import dev.confcal.notes.NotesParser;
import dev.confcal.official.ExportFetcher;
import dev.confcal.official.ExportReaderTest;
import dev.confcal.testing.ExportServer;
import dev.confcal.publish.ledger.Ledger;
import dev.confcal.publish.LiveEdition;
import dev.confcal.publish.NotesSource;
import dev.confcal.publish.PublishPolicy;
import dev.confcal.publish.following.ScheduleFollowing;
import dev.confcal.testing.TestServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server following the conference's (synthetic) official schedule from a loopback HTTP server: rooms, exact
 * times and official tracks in the feeds, a moved talk reaching subscribers as one update, and a broken or absent
 * export never costing the feeds anything.
 */
class OfficialScheduleTest {

    private static final byte[] EXPORT = ExportReaderTest.schedFixture();
    private static final Duration REFRESH = Duration.ofMillis(200);

    @TempDir
    Path dir;
    private ExportServer export;
    private TestServer server;

    @BeforeEach
    void start() throws Exception {
        export = new ExportServer(EXPORT);
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        export.close();
    }

    /** The bundled seed with {@code schedule:} naming the loopback export. */
    private Path notes(String scheduleUrl) throws Exception {
        Path notes = dir.resolve("kubecon-china-2023.md");
        Files.writeString(notes, "---\nschedule: " + scheduleUrl + "\n---\n" + NotesSource.bundled().read(),
                StandardCharsets.UTF_8);
        return notes;
    }

    private TestServer serve(Path notes) throws Exception {
        Path state = dir.resolve("state.json");
        return new TestServer(clock -> LiveEdition.load(NotesSource.of(notes),
                year -> NotesParser.builder().clock(clock).fallbackYear(year).build(), Ledger.open(state, w -> { }),
                clock, PublishPolicy.DEFAULT, new ScheduleFollowing(null, dir, new ExportFetcher(
                        ExportFetcher.Limits.DEFAULT), state, clock, REFRESH, ScheduleFollowing.Mode.BACKGROUND)),
                TestServer.options());
    }

    private JsonNode health() throws Exception {
        return JsonViews.JSON.readTree(server.get("/healthz").body());
    }

    /** Waits (at most 10 s) until the served feed satisfies the condition. */
    private String feedOnce(java.util.function.Predicate<String> condition) throws Exception {
        // 30 s: beside other builds on two cores, the first fetch and publish once took more than 10
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        String feed = text(server.get("/calendar.ics"));
        while (!condition.test(feed) && System.nanoTime() < deadline) {
            Thread.sleep(25);
            feed = text(server.get("/calendar.ics"));
        }
        return feed;
    }

    /** The export with one session's start changed (its end moves with it). */
    private static byte[] moved(String id, String from, String to) {
        StringBuilder out = new StringBuilder();
        for (String block : new String(EXPORT, StandardCharsets.UTF_8).split("(?=BEGIN:VEVENT)")) {
            out.append(block.matches("(?s).*/event/" + id + "(/|\r\n).*") ? block.replace(from, to).replaceAll(
                    "DTEND:20230927T0\\d{5}Z", "DTEND:20230927T070000Z") : block);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static int sequence(String event) {
        return Integer.parseInt(event.replaceAll("(?s).*SEQUENCE:(\\d+).*", "$1"));
    }

    private static Map<String, String> eventsByUid(String feed) {
        Matcher m = Pattern.compile("BEGIN:VEVENT\r\n(.*?)END:VEVENT\r\n", Pattern.DOTALL).matcher(feed);
        Map<String, String> events = new java.util.TreeMap<>();
        while (m.find()) {
            String event = m.group(1);
            events.put(event.replaceAll("(?s).*?UID:([^\r]+).*", "$1"), event);
        }
        return events;
    }

    @Test
    void theFeedsCarryOfficialRoomsExactTimesTracksAndTheConferencesName() throws Exception {
        server = serve(notes(export.uri().toString()));
        String feed = feedOnce(f -> f.contains("LOCATION:"));
        assertThat(feed).contains("X-WR-CALNAME:KubeCon + CloudNativeCon + Open Source Summit China 2023\r\n");
        List<RoundTrip.Event> events = RoundTrip.events(feed.getBytes(StandardCharsets.UTF_8));
        RoundTrip.Event moved = events.stream().filter(e -> e.uid().startsWith("1PTJt@")).findFirst().orElseThrow();
        assertThat(moved.start()).hasToString("2023-09-27T03:15:00Z");
        assertThat(moved.location()).isEqualTo("3M5A");
        assertThat(events.stream().filter(e -> e.location() != null).count()).isEqualTo(33);
        assertThat(text(server.get("/tracks/webassembly.ics"))).contains("UID:1R598@").contains("UID:1PTKo@")
                .doesNotContain("UID:1PTJt@");
        JsonNode schedule = health().get("schedule");
        assertThat(schedule.get("source").asText()).isEqualTo(export.uri().toString());
        assertThat(schedule.get("sessions").asInt()).isEqualTo(43);
        assertThat(schedule.get("lastFailure").isNull()).isTrue();
        assertThat(health().get("problems").toString()).contains("1PTFF: not in the official schedule");
        assertThat(health().get("notices").toString()).contains("1PTJt: notes say 11:00, the schedule says 11:15 (3M5A)")
                .contains("no time zone in the notes: Asia/Shanghai, which the official schedule's times confirm")
                .doesNotContain("assumed Asia/Shanghai");
    }

    @Test
    void aMovedTalkArrivesAsOneUpdateAndNothingElseChanges() throws Exception {
        server = serve(notes(export.uri().toString()));
        Map<String, String> before = eventsByUid(feedOnce(f -> f.contains("LOCATION:")));
        String etag = TestServer.header(server.get("/calendar.ics"), "ETag");
        for (int i = 0; i < 5; i++) { // unchanged exports: no churn
            Thread.sleep(REFRESH.toMillis());
        }
        assertThat(TestServer.header(server.get("/calendar.ics"), "ETag")).isEqualTo(etag);
        assertThat(export.notModified()).isPositive();

        server.clock.advance(Duration.ofMinutes(5));
        export.serve(moved("1PTKu", "DTSTART:20230927T055500Z", "DTSTART:20230927T062500Z"));
        Map<String, String> after = eventsByUid(feedOnce(f -> f.contains("DTSTART;TZID=Asia/Shanghai:20230927T142500")));
        List<String> changed = after.keySet().stream().filter(uid -> !after.get(uid).equals(before.get(uid)))
                .collect(Collectors.toList());
        assertThat(changed).containsExactly("1PTKu@kccncosschn2023.sched.com");
        assertThat(sequence(after.get(changed.get(0)))).isEqualTo(sequence(before.get(changed.get(0))) + 1);
    }

    @Test
    void aBrokenExportNeverChangesTheFeedsAndIsShownOnHealthz() throws Exception {
        server = serve(notes(export.uri().toString()));
        String good = feedOnce(f -> f.contains("LOCATION:"));
        export.mode(ExportServer.Mode.TRUNCATED);
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (health().get("schedule").get("lastFailure").isNull() && System.nanoTime() < deadline) {
            Thread.sleep(25);
        }
        assertThat(health().get("schedule").get("lastFailure").asText()).contains("cut off");
        assertThat(health().get("status").asText()).isEqualTo("degraded");
        assertThat(server.get("/healthz").statusCode()).isEqualTo(200);
        assertThat(text(server.get("/calendar.ics"))).isEqualTo(good);
    }

    @Test
    void afterARestartWithoutNetworkTheLastGoodCopyIsUsed() throws Exception {
        Path notes = notes(export.uri().toString());
        server = serve(notes);
        String good = feedOnce(f -> f.contains("LOCATION:"));
        server.close();
        export.close();
        server = serve(notes);
        assertThat(text(server.get("/calendar.ics"))).isEqualTo(good);
        assertThat(health().get("schedule").get("fetchedAt").asText()).isNotEmpty();
    }

    @Test
    void anExportThatNeverAnswersDelaysNeitherStartNorFeeds() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        HttpServer silent = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        silent.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        silent.createContext("/all.ics", exchange -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        silent.start();
        try {
            server = serve(notes("http://127.0.0.1:" + silent.getAddress().getPort() + "/all.ics"));
            assertThat(release.getCount()).as("started while the export had not answered").isEqualTo(1);
            String feed = text(server.get("/calendar.ics"));
            assertThat(RoundTrip.events(feed.getBytes(StandardCharsets.UTF_8))).hasSize(34);
            assertThat(feed).doesNotContain("LOCATION:");
            assertThat(server.get("/healthz").statusCode()).isEqualTo(200);
        } finally {
            release.countDown();
            silent.stop(0);
        }
    }

    @Test
    void withoutAScheduleNothingIsFetchedAndThePageSuggestsOne() throws Exception {
        Path notes = dir.resolve("kubecon-china-2023.md");
        Files.writeString(notes, NotesSource.bundled().read(), StandardCharsets.UTF_8);
        server = serve(notes);
        assertThat(export.requests()).isZero();
        assertThat(health().get("schedule").isNull()).isTrue();
        assertThat(health().get("notices").toString()).contains("add schedule: auto to the front matter");
        assertThat(text(server.get("/"))).contains("id=\"notices\"").contains("add schedule: auto to the front matter")
                .contains("time zone Asia/Shanghai, the zone of the place the file&#x27;s name names");
    }

    @Test
    void thePageShowsRoomsOfficialTrackNamesAndMovedTalks() throws Exception {
        server = serve(notes(export.uri().toString()));
        assertThat(feedOnce(f -> f.contains("LOCATION:"))).as("the official schedule followed").contains("LOCATION:");
        String page = text(server.get("/"));
        assertThat(page).contains("<span class=\"room\" lang=\"en\">3M5A</span>")
                .contains("<span class=\"moved\" lang=\"en\">moved from 11:00</span>")
                .contains("<option value=\"webassembly\">WebAssembly</option>")
                .contains("<span class=\"tag\" lang=\"en\">Security + Identity + Policy</span>");
        assertThat(text(server.get("/sessions.json?q=kubespray"))).contains("\"room\":\"3M5A\"")
                .contains("\"movedFrom\":\"2023-09-27T11:00:00+08:00\"");
    }

}
