package dev.confcal.web;

import static dev.confcal.web.TestServer.header;
import static dev.confcal.web.TestServer.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.confcal.calendar.RoundTrip;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Edits of the notes reach subscribers as updates; broken edits never replace the last good schedule. */
class LiveReloadTest {

    private static final String NOTES = """
            ## 2023-09-27

            ### 11:00am

            **[容器 | Containers - Ann Lee, Acme](https://conf2023.sched.com/event/A1)**

            first notes

            [Meshes - Bo Li, Mesh Inc](https://conf2023.sched.com/event/B2)

            mesh notes
            """;

    @TempDir
    Path dir;
    Path notes;
    TestServer server;

    @BeforeEach
    void start() throws Exception {
        notes = dir.resolve("notes.md");
        Files.writeString(notes, NOTES);
        server = new TestServer(notes, dir.resolve("state.json"), TestServer.options());
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

    private List<RoundTrip.Event> events() throws Exception {
        return RoundTrip.events(server.get("/calendar.ics").body());
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
    void aBrokenEditKeepsTheLastGoodScheduleAndReportsTheProblem() throws Exception {
        byte[] before = server.get("/calendar.ics").body();
        edit(NOTES.replace("### 11:00am", "### 25:00"));
        assertThat(server.get("/calendar.ics").body()).isEqualTo(before);
        var health = JsonViews.JSON.readTree(server.get("/healthz").body());
        assertThat(health.get("status").asText()).isEqualTo("degraded");
        assertThat(health.get("current").asBoolean()).isFalse();
        assertThat(health.get("problems").get(0).asText())
                .startsWith(notes + ":3: time heading \"25:00\" is not a time");
        assertThat(text(server.get("/"))).contains("time heading");

        edit(NOTES); // fixed again
        assertThat(JsonViews.JSON.readTree(server.get("/healthz").body()).get("status").asText()).isEqualTo("ok");
    }

    @Test
    void anEmptyOrTruncatedSaveNeverReplacesTheSchedule() throws Exception {
        byte[] before = server.get("/calendar.ics").body();
        edit("");
        assertThat(server.get("/calendar.ics").body()).isEqualTo(before);
        edit(NOTES.substring(0, NOTES.indexOf("[Meshes") + 20)); // cut in the middle of a link
        assertThat(RoundTrip.events(server.get("/calendar.ics").body())).hasSize(2);
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
        assertThat(text(server.get("/healthz"))).contains("no such file; still serving the last good version");
    }

    @Test
    void aRemovedSessionStaysAsCancelled() throws Exception {
        edit(NOTES.substring(0, NOTES.indexOf("[Meshes")));
        assertThat(events()).extracting(RoundTrip.Event::uid, RoundTrip.Event::status, RoundTrip.Event::sequence)
                .containsExactly(tuple("A1@conf2023.sched.com", "CONFIRMED", 0),
                        tuple("B2@conf2023.sched.com", "CANCELLED", 1));
        assertThat(server.get("/sessions/B2.ics").statusCode()).isEqualTo(404);
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
        server = new TestServer(notes, dir.resolve("state.json"), TestServer.options());
        server.clock.advance(Duration.ofHours(1));
        assertThat(text(server.get("/calendar.ics"))).isEqualTo(before);
    }
}
