package dev.confcal.web;

import static dev.confcal.testing.TestServer.header;
import static dev.confcal.testing.TestServer.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import dev.confcal.testing.RoundTrip;
import dev.confcal.notes.NotesParser;
import dev.confcal.publish.ledger.Ledger;
import dev.confcal.publish.LiveEdition;
import dev.confcal.publish.NotesSource;
import dev.confcal.publish.PublishPolicy;
import dev.confcal.testing.TestServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Edits of the notes reach subscribers as updates; broken edits never replace the last good schedule, removals
 * wait until the notes are stable, and /healthz and the page say what is held back and why.
 */
class LiveReloadTest {

    private static final String NOTES = """
            ## 2023-09-27

            ### 11:00am

            **[容器 | Containers - Ann Lee, Acme](https://conf2023.sched.com/event/A1)**

            first notes

            [Meshes - Bo Li, Mesh Inc](https://conf2023.sched.com/event/B2)

            mesh notes
            """;
    /** Settle 10 s, confirm 60 s, on the test's clock. */
    static final PublishPolicy WAITS = new PublishPolicy(Duration.ofSeconds(10), Duration.ofSeconds(60));
    private static final WebOptions OPTIONS = TestServer.options();

    @TempDir
    Path dir;
    Path notes;
    Path state;
    TestServer server;

    @BeforeEach
    void start() throws Exception {
        notes = dir.resolve("notes.md");
        state = dir.resolve("state.json");
        Files.writeString(notes, NOTES);
        server = start(notes, state);
    }

    static TestServer start(Path notes, Path state) throws Exception {
        return new TestServer(clock -> LiveEdition.load(NotesSource.of(notes),
                // as --timezone gives it: a zone assumed is a warning, and these tests watch health go back to ok
                year -> NotesParser.builder().clock(clock).fallbackYear(year).zone(java.time.ZoneId.of("Asia/Shanghai"))
                        .build(), Ledger.open(state, w -> { }),
                clock, WAITS), OPTIONS);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private void edit(String text) throws Exception {
        Files.writeString(notes, text);
        server.clock.advance(Duration.ofMinutes(5));
        server.live.reload();
    }

    /** An edit that removes sessions, published once it has settled. */
    private void editAndSettle(String text) throws Exception {
        edit(text);
        wait(WAITS.confirm());
        assertThat(health().get("current").asBoolean()).isTrue();
    }

    /** Lets the clock run on with the notes unchanged, and looks again. */
    private void wait(Duration duration) {
        server.clock.advance(duration);
        server.live.reload();
    }

    private List<RoundTrip.Event> events() throws Exception {
        return RoundTrip.events(server.get("/calendar.ics").body());
    }

    private JsonNode health() throws Exception {
        return JsonViews.JSON.readTree(server.get("/healthz").body());
    }

    private static String sessions(int count) {
        return "## 2023-09-27\n\n### 11:00\n\n" + IntStream.range(0, count)
                .mapToObj(i -> "[Talk " + i + " - Ann Lee, Acme](https://conf2023.sched.com/event/S" + i + ")\n\nnotes "
                        + i + "\n").collect(Collectors.joining("\n"));
    }

    @Test
    void anEditIsAnUpdateWithANewEtagAndSequence() throws Exception {
        String etag = header(server.get("/calendar.ics"), "ETag");
        edit(NOTES.replace("first notes", "better notes"));
        assertThat(header(server.get("/calendar.ics"), "ETag")).isNotEqualTo(etag);
        assertThat(server.get("/calendar.ics", "If-None-Match", etag).statusCode()).isEqualTo(200);
        assertThat(events()).extracting(RoundTrip.Event::uid, RoundTrip.Event::sequence).containsExactly(
                tuple("A1@conf2023.sched.com", 1), tuple("B2@conf2023.sched.com", 0));
        assertThat(events().get(0).description()).contains("better notes");
        assertThat(text(server.get("/calendar.ics"))).contains("DTSTAMP:20261125T080500Z")
                .contains("DTSTAMP:20261125T080000Z");
    }

    @Test
    void savingTheSameContentChangesNothing() throws Exception {
        String etag = header(server.get("/calendar.ics"), "ETag");
        edit(NOTES);
        assertThat(server.get("/calendar.ics", "If-None-Match", etag).statusCode()).isEqualTo(304);
    }

    @Test
    void aBrokenEditKeepsTheLastGoodScheduleAndSaysWhyOnHealthzAndThePage() throws Exception {
        byte[] before = server.get("/calendar.ics").body();
        edit(NOTES.replace("### 11:00am", "### 25:00"));
        wait(Duration.ofHours(1)); // refused for good, not only until it settles
        assertThat(server.get("/calendar.ics").body()).isEqualTo(before);
        var response = server.get("/healthz");
        assertThat(response.statusCode()).as("a typo is not an outage").isEqualTo(200);
        JsonNode health = JsonViews.JSON.readTree(response.body());
        assertThat(health.get("status").asText()).isEqualTo("degraded");
        assertThat(health.get("current").asBoolean()).isFalse();
        String why = "kept the last good version because the notes have an error at line 3: time heading"
                + " \"25:00\" is not a time";
        assertThat(health.get("reasons").get(0).asText()).startsWith(why);
        assertThat(health.get("problems").get(0).asText()).startsWith("notes.md: " + why); // not its folder
        assertThat(health.get("problems").get(1).asText()).startsWith("notes.md:3: time heading \"25:00\" is not a time");
        assertThat(text(server.get("/"))).contains("kept the last good version because").contains("time heading");

        edit(NOTES); // fixed again
        assertThat(health().get("status").asText()).isEqualTo("ok");
    }

    @Test
    void anEmptyOrTruncatedSaveNeverReplacesTheScheduleHoweverLongItStays() throws Exception {
        byte[] before = server.get("/calendar.ics").body();
        edit("");
        wait(Duration.ofHours(1));
        assertThat(server.get("/calendar.ics").body()).isEqualTo(before);
        edit(NOTES.substring(0, NOTES.indexOf("[Meshes") + 20)); // cut in the middle of a link
        wait(Duration.ofHours(1));
        assertThat(server.get("/calendar.ics").body()).isEqualTo(before);
        assertThat(health().get("reasons").get(0).asText()).isEqualTo("pending removal of 1 session (B2): not"
                + " published while the notes look cut short (they end mid-line); finish the last line to publish it");
    }

    @Test
    void aNotesFileThatIsNotUtf8OrIsDeletedKeepsServing() throws Exception {
        byte[] before = server.get("/calendar.ics").body();
        Files.write(notes, new byte[] {'#', ' ', (byte) 0xC3, (byte) 0x28});
        server.live.reload();
        assertThat(server.get("/calendar.ics").body()).isEqualTo(before);
        assertThat(text(server.get("/healthz"))).contains("not valid UTF-8");
        Files.delete(notes);
        server.live.reload();
        assertThat(server.get("/calendar.ics").body()).isEqualTo(before);
        assertThat(text(server.get("/healthz"))).contains("no such file; kept the last good version");
    }

    @Test
    void aRemovedSessionIsCancelledOnceTheNotesHaveSettled() throws Exception {
        edit(NOTES.substring(0, NOTES.indexOf("[Meshes")));
        assertThat(events()).extracting(RoundTrip.Event::status).containsOnly("CONFIRMED");
        JsonNode held = health();
        assertThat(held.get("pendingRemovals").asInt()).isEqualTo(1);
        assertThat(held.get("reasons").get(0).asText()).isEqualTo("pending removal of 1 session (B2): published"
                + " once the notes stay unchanged for 10 s");
        assertThat(text(server.get("/"))).contains("pending removal of 1 session (B2)");

        wait(Duration.ofSeconds(10));
        assertThat(events()).extracting(RoundTrip.Event::uid, RoundTrip.Event::status, RoundTrip.Event::sequence)
                .containsExactly(tuple("A1@conf2023.sched.com", "CONFIRMED", 0),
                        tuple("B2@conf2023.sched.com", "CANCELLED", 1));
        assertThat(health().get("pendingRemovals").asInt()).isZero();
    }

    /**
     * Issue 23 item 8: a removed session's own feed answered 404, and calendars that had added that one session
     * kept its event. It carries the CANCELLED event for as long as the ledger remembers the session.
     */
    @Test
    void aRemovedSessionsOwnFeedSaysCancelledForAsLongAsTheLedgerRemembersIt() throws Exception {
        editAndSettle(NOTES.substring(0, NOTES.indexOf("[Meshes")));
        var own = server.get("/sessions/B2.ics");
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(RoundTrip.events(own.body())).extracting(RoundTrip.Event::uid, RoundTrip.Event::status,
                RoundTrip.Event::sequence).containsExactly(tuple("B2@conf2023.sched.com", "CANCELLED", 1));
        assertThat(text(own)).contains("X-WR-CALNAME:Meshes\r\n");
        assertThat(server.get("/sessions/B2.ics?download=1").statusCode()).isEqualTo(200);
        server.clock.advance(dev.confcal.publish.ledger.Ledger.CANCELLED_FOR.plusDays(1));
        edit(NOTES.substring(0, NOTES.indexOf("[Meshes")).replace("first notes", "later")); // retired at this publish
        assertThat(server.get("/sessions/B2.ics").statusCode()).isEqualTo(404);
    }

    /** Issue 10 item 3: a file truncated at 10–97 % and completed 1.6 s later published sessions as CANCELLED. */
    @Test
    void aSaveTruncatedAndCompletedLaterNeverCancelsAnything() throws Exception {
        String eight = sessions(8);
        editAndSettle(eight);
        byte[] before = server.get("/calendar.ics").body();
        for (int percent = 10; percent <= 97; percent += 29) {
            String cut = eight.substring(0, eight.length() * percent / 100);
            edit(cut);
            server.clock.advance(Duration.ofMillis(1600));
            Files.writeString(notes, eight);
            server.live.reload();
            assertThat(server.get("/calendar.ics").body()).as("cut at %d %%", percent).isEqualTo(before);
        }
        // cut exactly after a session: looks like a whole file that removes 6 of 8, so waits the confirm period
        edit(eight.substring(0, eight.indexOf("[Talk 2")));
        wait(Duration.ofSeconds(30));
        assertThat(health().get("reasons").get(0).asText()).isEqualTo("pending removal of 6 sessions (S2, S3, S4, S5,"
                + " S6, S7): 6 of 8 at once are published only once the notes stay unchanged for 60 s");
        assertThat(health().get("pendingRemovals").asInt()).isEqualTo(6);
        assertThat(text(server.get("/"))).contains("pending removal of 6 sessions");
        Files.writeString(notes, eight);
        server.live.reload();
        assertThat(server.get("/calendar.ics").body()).isEqualTo(before);
        assertThat(health().get("status").asText()).isEqualTo("ok");
    }

    @Test
    void aMassRemovalIsPublishedOnceItHasStayedForTheConfirmPeriod() throws Exception {
        editAndSettle(sessions(8));
        edit(sessions(2));
        wait(Duration.ofSeconds(59));
        assertThat(events()).filteredOn(e -> e.uid().startsWith("S")).extracting(RoundTrip.Event::status)
                .containsOnly("CONFIRMED");
        wait(Duration.ofSeconds(1));
        assertThat(events()).filteredOn(e -> e.uid().startsWith("S") && e.status().equals("CANCELLED")).hasSize(6);
    }

    /** Issue 10 item 6: a deletion was refused forever, silently, when the notes had an unrelated warning. */
    @Test
    void aDeletionWithAnUnrelatedWarningIsPublishedOnceItHasSettled() throws Exception {
        String warned = "---\nduration: 40min\n---\n" + NOTES;
        edit(warned);
        assertThat(health().get("problems").get(0).asText()).contains("40min");
        edit(warned.substring(0, warned.indexOf("[Meshes")));
        wait(Duration.ofSeconds(10));
        assertThat(events()).extracting(RoundTrip.Event::uid, RoundTrip.Event::status)
                .contains(tuple("B2@conf2023.sched.com", "CANCELLED"));
        assertThat(health().get("current").asBoolean()).isTrue();
    }

    /** Issue 10 item 4, publishing side: a zone ical4j cannot write made every feed a 500 while /healthz said ok. */
    @Test
    void notesThatCannotBeWrittenAsACalendarAreRefusedNotServedAs500() throws Exception {
        byte[] before = server.get("/calendar.ics").body();
        edit("---\ntimezone: \"+05:30\"\n---\n" + NOTES); // Java reads it; no calendar can be given it
        wait(Duration.ofHours(1));
        var feed = server.get("/calendar.ics");
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.body()).isEqualTo(before);
        assertThat(health().get("reasons").get(0).asText()).startsWith("kept the last good version because")
                .contains("+05:30");
    }

    @Test
    void aFixedOffsetZoneIsPublishedAsItsWritableEtcZoneAtTheSameInstants() throws Exception {
        String before = text(server.get("/calendar.ics"));
        edit("---\ntimezone: UTC+8\n---\n" + NOTES);
        wait(Duration.ofHours(1));
        String after = text(server.get("/calendar.ics"));
        assertThat(after).contains("DTSTART;TZID=Etc/GMT-8:20230927T110000").contains("TZID:Etc/GMT-8\r\n");
        assertThat(before).contains("DTSTART;TZID=Asia/Shanghai:20230927T110000");
        assertThat(dev.confcal.testing.RoundTrip.events(after.getBytes(StandardCharsets.UTF_8)))
                .extracting(dev.confcal.testing.RoundTrip.Event::start)
                .containsExactlyElementsOf(dev.confcal.testing.RoundTrip.events(
                        before.getBytes(StandardCharsets.UTF_8)).stream().map(e -> e.start()).toList());
    }

    @Test
    void theWatcherPicksUpAnAtomicSave() throws Exception {
        server.live.watch(Duration.ofMillis(50));
        String etag = header(server.get("/calendar.ics"), "ETag");
        Path temp = dir.resolve("notes.md.tmp");
        Files.writeString(temp, NOTES.replace("mesh notes", "new mesh notes"), StandardCharsets.UTF_8);
        Files.move(temp, notes, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (etag.equals(header(server.get("/calendar.ics"), "ETag")) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(text(server.get("/calendar.ics"))).contains("new mesh notes");
    }

    @Test
    void theLedgerKeepsSequencesAcrossARestart() throws Exception {
        edit(NOTES.replace("first notes", "better notes"));
        String before = text(server.get("/calendar.ics"));
        server.close();
        server = start(notes, state);
        server.clock.advance(Duration.ofHours(1));
        assertThat(text(server.get("/calendar.ics"))).isEqualTo(before);
    }

    /** Issue 10 item 9: with the clock stepped back, a client using If-Modified-Since got 304 for changed content. */
    @Test
    void aClockThatStepsBackNeverAnswers304ForChangedContent() throws Exception {
        String lastModified = header(server.get("/calendar.ics"), "Last-Modified");
        server.clock.advance(Duration.ofHours(-3));
        Files.writeString(notes, NOTES.replace("first notes", "edited while the clock was behind"));
        server.live.reload();
        var response = server.get("/calendar.ics", "If-Modified-Since", lastModified);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(RoundTrip.events(response.body()).get(0).description()).contains("edited while the clock was behind");
        assertThat(header(response, "Last-Modified")).isEqualTo("Wed, 25 Nov 2026 08:00:01 GMT");
    }

    /** Issue 10 item 9: the disk full, one warning in the log, /healthz ok, and SEQUENCE back after a restart. */
    @Test
    void healthzIs503WithTheReasonWhileTheLedgerCannotBeWritten() throws Exception {
        byte[] before = server.get("/calendar.ics").body();
        Files.delete(state);
        Files.createDirectories(state.resolve("blocked")); // every save fails, as on a full disk
        edit(NOTES.replace("first notes", "better notes"));
        var response = server.get("/healthz");
        assertThat(response.statusCode()).isEqualTo(503);
        JsonNode health = JsonViews.JSON.readTree(response.body());
        assertThat(health.get("ok").asBoolean()).isFalse();
        assertThat(health.get("status").asText()).isEqualTo("failing");
        assertThat(health.get("reasons").get(0).asText()).startsWith("cannot write the ledger state.json (");
        assertThat(health.toString()).as("issue 23 item 2: no absolute path on /healthz").doesNotContain(dir.toString());
        assertThat(server.get("/calendar.ics").body()).as("nothing published that is not saved").isEqualTo(before);

        Files.delete(state.resolve("blocked"));
        Files.delete(state);
        server.live.reload(); // retried on the next look
        assertThat(server.get("/healthz").statusCode()).isEqualTo(200);
        assertThat(events().get(0).sequence()).isEqualTo(1);
        assertThat(events().get(0).description()).contains("better notes");
    }

    /** Issue 10 item 9: two servers sharing a ledger, and the last writer won. */
    @Test
    @SuppressWarnings("try") // the ledger is held only to be locked; nothing calls it
    void healthzIs503WhenAnotherConfcalHasTakenTheLedger() throws Exception {
        Files.delete(dir.resolve("state.json.lock"));
        try (Ledger other = Ledger.open(state, w -> { })) {
            edit(NOTES.replace("first notes", "better notes"));
            var response = server.get("/healthz");
            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(JsonViews.JSON.readTree(response.body()).get("reasons").get(0).asText())
                    .startsWith("another confcal took the ledger (pid " + ProcessHandle.current().pid());
            assertThat(events().get(0).sequence()).isZero();
        }
    }

    /** Issue 10 item 11: a reload stuck for good, and /healthz kept saying ok with checkedAt frozen. */
    @Test
    void healthzIs503WhenTheWatcherHasNotCheckedForSeveralPolls() throws Exception {
        server.live.watch(Duration.ofMillis(50));
        Thread.sleep(200);
        assertThat(server.get("/healthz").statusCode()).isEqualTo(200);
        synchronized (server.live) { // the watcher cannot finish a check meanwhile, as if a read hung
            Thread.sleep(2600);
            var response = server.get("/healthz");
            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(JsonViews.JSON.readTree(response.body()).get("reasons").get(0).asText())
                    .startsWith("the notes watcher has not finished a check for ")
                    .endsWith(" s (it checks every 50 ms)");
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (server.get("/healthz").statusCode() != 200 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(server.get("/healthz").statusCode()).isEqualTo(200);
        server.live.close();
        assertThat(JsonViews.JSON.readTree(server.get("/healthz").body()).get("reasons").get(0).asText())
                .isEqualTo("the notes watcher has stopped");
    }
}
