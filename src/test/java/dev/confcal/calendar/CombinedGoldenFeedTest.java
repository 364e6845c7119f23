package dev.confcal.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.confcal.notes.ParseResult;
import dev.confcal.publish.ledger.Ledger;
import dev.confcal.schedule.Filter;
import dev.confcal.schedule.Session;
import dev.confcal.testing.RoundTrip;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Issue 19: every conference of a folder in one feed — the three DST-week goldens (Chicago, Berlin, Sydney), each
 * event in its own zone with a VTIMEZONE per zone — is exactly {@code golden-combined/dst-weeks.ics}, read back at
 * each session's instant by both parsers (and by the consumers profile's readers).
 */
class CombinedGoldenFeedTest {

    static final Path GOLDEN = Path.of("src/test/resources/golden-combined/dst-weeks.ics");
    private static final List<String> CASES = List.of("devopsdays-chicago-2026", "devfest-berlin-2025",
            "cloud-summit-sydney-2026");

    @Test
    void threeZonesInOneFeedAreTheGoldenBytesAndReadBackAtEachSessionsInstant() throws IOException {
        List<Edition> editions = new ArrayList<>();
        List<Session> sessions = new ArrayList<>();
        for (String name : CASES) {
            ParseResult result = GoldenFeedTest.parse(name);
            editions.add(Ledger.inMemory().publish(result.schedule(), GoldenFeedTest.PUBLISHED));
            sessions.addAll(result.schedule().sessions());
        }
        byte[] actual = new IcsWriter().combined("All conferences", editions, Filter.ALL, FeedOptions.DEFAULT);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN.getParent());
            Files.write(GOLDEN, actual);
        }
        assertThat(actual).as("bytes of %s (regenerate with -Dgolden.update=true)", GOLDEN)
                .isEqualTo(Files.readAllBytes(GOLDEN));
        String text = new String(actual, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text.split("BEGIN:VTIMEZONE", -1)).hasSize(4);
        assertThat(text).doesNotContain("X-WR-TIMEZONE");

        Map<String, RoundTrip.Event> events = RoundTrip.events(actual).stream()
                .collect(Collectors.toMap(RoundTrip.Event::uid, e -> e));
        assertThat(events).hasSameSizeAs(sessions);
        for (Session session : sessions) {
            assertThat(events.get(session.uid()).start()).as(session.uid()).isEqualTo(session.start().toInstant());
            assertThat(events.get(session.uid()).end()).as(session.uid()).isEqualTo(session.end().toInstant());
        }
    }
}
