package dev.confcal.publish.following;

import static org.assertj.core.api.Assertions.assertThat;

import dev.confcal.calendar.FeedOptions;
import dev.confcal.calendar.IcsWriter;
import dev.confcal.testing.RoundTrip;
import dev.confcal.notes.NotesParser;
import dev.confcal.notes.SessionLinks;
import dev.confcal.official.ExportReader;
import dev.confcal.official.ExportReaderTest;
import dev.confcal.official.OfficialSchedule;
import dev.confcal.official.OfficialSession;
import dev.confcal.publish.ledger.Ledger;
import dev.confcal.schedule.Filter;
import dev.confcal.schedule.Schedule;
import dev.confcal.schedule.Session;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundled seed followed by the (synthetic) official schedule: rooms, exact ends, official tracks and the
 * conference's name, byte for byte in {@code official/kubecon-china-2023.official.ics} and read back by both
 * parsers. Regenerate with {@code mvn test -Dgolden.update=true}.
 */
class OfficialGoldenFeedTest {

    private static final Instant PUBLISHED = Instant.parse("2026-11-25T08:00:00Z");
    private static final Path GOLDEN = Path.of("src/test/resources/official/kubecon-china-2023.official.ics");

    private static Schedule merged;
    private static OfficialSchedule official;
    private static byte[] feed;

    @BeforeAll
    static void render() throws IOException {
        String notes = Files.readString(Path.of("src/test/resources/golden/kubecon-china-2023.md"), StandardCharsets.UTF_8);
        var seed = NotesParser.builder().clock(Clock.fixed(PUBLISHED, ZoneOffset.UTC)).build()
                .parse("kubecon-china-2023.md", notes);
        official = ExportReader.read("all.ics", ExportReaderTest.schedFixture()).schedule();
        merged = OfficialMerge.apply(seed, official, SessionLinks::uidOf).schedule();
        feed = new IcsWriter().feed(Ledger.inMemory().publish(merged, PUBLISHED), Filter.ALL, FeedOptions.DEFAULT);
    }

    @Test
    void feedIsByteForByteTheGoldenFile() throws IOException {
        if (Boolean.getBoolean("golden.update")) {
            Files.write(GOLDEN, feed);
        }
        assertThat(feed).as("bytes of %s (regenerate with -Dgolden.update=true)", GOLDEN)
                .isEqualTo(Files.readAllBytes(GOLDEN));
    }

    @Test
    void bothParsersReadTheOfficialRoomsEndsTracksAndName() {
        Map<String, OfficialSession> byUid = official.sessions().stream().collect(Collectors.toMap(
                s -> SessionLinks.uidOf(s.url()).orElseThrow(), Function.identity()));
        List<RoundTrip.Event> events = RoundTrip.events(feed);
        assertThat(events).hasSize(34);
        int matched = 0;
        for (RoundTrip.Event event : events) {
            OfficialSession session = byUid.get(event.uid());
            if (session == null) {
                assertThat(event.uid()).isEqualTo("1PTFF@kccncosschn2023.sched.com");
                assertThat(event.location()).isNull();
                continue;
            }
            matched++;
            assertThat(event.start()).isEqualTo(session.start());
            assertThat(event.end()).isEqualTo(session.end());
            assertThat(event.location()).isEqualTo(session.room());
            assertThat(event.categories()).containsAll(session.tracks());
        }
        assertThat(matched).isEqualTo(33);
        assertThat(new String(feed, StandardCharsets.UTF_8))
                .contains("X-WR-CALNAME:KubeCon + CloudNativeCon + Open Source Summit China 2023\r\n");
        Session tutorial = merged.session("1PTII").orElseThrow();
        assertThat(events.stream().filter(e -> e.uid().equals(tutorial.uid())).findFirst().orElseThrow().categories())
                .containsExactly("Tutorial", "Tutorials", "Observability");
    }
}
