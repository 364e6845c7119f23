package dev.confcal.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.confcal.testing.MovableClock;
import dev.confcal.testing.RoundTrip;
import dev.confcal.notes.NotesParser;
import dev.confcal.publish.ledger.Ledger;
import dev.confcal.publish.LiveEdition;
import dev.confcal.publish.NotesSource;
import dev.confcal.publish.PublishPolicy;
import dev.confcal.web.WebApp;
import dev.confcal.web.WebOptions;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 23 item 7: waits were measured on the wall clock. A save that removed 10 of 20 sessions, then the clock
 * stepped an hour, was published as CANCELLED after 3 s instead of the 30 s a mass removal waits. The server over
 * HTTP, its wall clock stepped forward and back at random while time passes: nothing is cancelled before the notes
 * have stayed the same for the confirm period of real (monotonic) time, and no SEQUENCE or Last-Modified goes back.
 */
class ClockStepTest {

    @TempDir
    Path dir;

    private static String notes(int sessions) {
        StringBuilder notes = new StringBuilder("## 2023-09-27\n\n");
        for (int i = 0; i < sessions; i++) {
            notes.append("### ").append(8 + i / 2).append(i % 2 == 0 ? ":00" : ":30").append("\n\n[Talk ").append(i)
                    .append(" - Ann Lee, Acme](https://x2023.sched.com/event/S").append(i).append(")\n\n");
        }
        return notes.toString();
    }

    @Test
    void aRemovalWaitsForRealTimeHoweverTheWallClockSteps() throws Exception {
        Path notesFile = Files.writeString(dir.resolve("notes.md"), notes(20));
        MovableClock clock = new MovableClock();
        LiveEdition live = LiveEdition.load(NotesSource.of(notesFile),
                year -> NotesParser.builder().clock(clock).fallbackYear(year).build(),
                Ledger.open(dir.resolve("state.json"), w -> { }), clock, PublishPolicy.DEFAULT);
        Javalin app = WebApp.create(live, new WebOptions(null, false, false, 8 << 20)).start(0);
        HttpClient client = HttpClient.newHttpClient();
        try {
            Random random = new Random(23);
            Map<String, Integer> sequences = new HashMap<>();
            Instant lastModified = Instant.EPOCH;
            for (int round = 0; round < 5; round++) {
                Files.writeString(notesFile, notes(round % 2 == 0 ? 10 : 20)); // half removed, or back
                Duration stable = Duration.ZERO;
                live.reload();
                while (stable.compareTo(PublishPolicy.DEFAULT.confirm()) < 0) {
                    HttpResponse<byte[]> feed = client.send(HttpRequest.newBuilder(URI.create("http://localhost:"
                            + app.port() + "/calendar.ics")).build(), HttpResponse.BodyHandlers.ofByteArray());
                    List<RoundTrip.Event> events = RoundTrip.events(feed.body());
                    if (round % 2 == 0) {
                        assertThat(events).as("round %d after %s of real time", round, stable)
                                .extracting(RoundTrip.Event::status).doesNotContain("CANCELLED").hasSize(20);
                    }
                    for (RoundTrip.Event event : events) {
                        Integer before = sequences.put(event.uid(), event.sequence());
                        assertThat(event.sequence()).as(event.uid()).isGreaterThanOrEqualTo(before == null ? 0 : before);
                    }
                    Instant modified = ZonedDateTime.parse(feed.headers().firstValue("Last-Modified").orElseThrow(),
                            DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                    assertThat(modified).isAfterOrEqualTo(lastModified);
                    lastModified = modified;
                    clock.step(Duration.ofMinutes(random.nextInt(24 * 60 * 2) - 24 * 60)); // a day either way
                    Duration passing = Duration.ofSeconds(1 + random.nextInt(4));
                    clock.advance(passing);
                    stable = stable.plus(passing);
                    live.reload();
                }
                clock.advance(Duration.ofSeconds(1));
                live.reload();
                List<RoundTrip.Event> settled = RoundTrip.events(client.send(HttpRequest.newBuilder(URI.create(
                        "http://localhost:" + app.port() + "/calendar.ics")).build(),
                        HttpResponse.BodyHandlers.ofByteArray()).body());
                assertThat(settled).filteredOn(e -> e.status().equals("CANCELLED"))
                        .hasSize(round % 2 == 0 ? 10 : 0);
            }
        } finally {
            app.stop();
            live.close();
        }
    }
}
