package dev.confcal.calendar;

import dev.confcal.publish.ledger.Ledger;
import static org.assertj.core.api.Assertions.assertThat;

import dev.confcal.notes.NotesParser;
import dev.confcal.notes.ParseResult;
import dev.confcal.schedule.Filter;
import dev.confcal.schedule.Session;
import dev.confcal.testing.RoundTrip;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each {@code golden/<case>.md} gives exactly the bytes of {@code golden/<case>.ics} (CRLF and folding
 * included), and both parsers read those bytes back as the notes say. After an intended change of output,
 * regenerate with {@code mvn test -Dgolden.update=true} and review the diff.
 */
class GoldenFeedTest {

    static final Instant PUBLISHED = Instant.parse("2026-11-25T08:00:00Z");
    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> files = Files.list(GOLDEN)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md"))
                    .map(n -> n.substring(0, n.length() - 3)).sorted().toList().stream();
        }
    }

    static ParseResult parse(String name) throws IOException {
        String notes = Files.readString(GOLDEN.resolve(name + ".md"), StandardCharsets.UTF_8);
        return NotesParser.builder().clock(Clock.fixed(PUBLISHED, ZoneOffset.UTC)).build().parse(name + ".md", notes);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void feedIsByteForByteTheGoldenFile(String name) throws IOException {
        ParseResult result = parse(name);
        assertThat(result.problems()).isEmpty();
        byte[] actual = new IcsWriter().feed(Ledger.inMemory().publish(result.schedule(), PUBLISHED), Filter.ALL,
                FeedOptions.DEFAULT);
        Path golden = GOLDEN.resolve(name + ".ics");
        if (Boolean.getBoolean("golden.update")) {
            Files.write(golden, actual);
        }
        assertThat(actual).as("bytes of %s (regenerate with -Dgolden.update=true)", golden)
                .isEqualTo(Files.readAllBytes(golden));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void bothParsersReadBackWhatTheNotesSay(String name) throws IOException {
        ParseResult result = parse(name);
        List<Session> sessions = result.schedule().sessions();
        List<RoundTrip.Event> events = RoundTrip.events(Files.readAllBytes(GOLDEN.resolve(name + ".ics")));

        assertThat(events).hasSameSizeAs(sessions);
        for (int i = 0; i < sessions.size(); i++) {
            Session session = sessions.get(i);
            RoundTrip.Event event = events.get(i);
            assertThat(event.uid()).isEqualTo(session.uid());
            assertThat(event.start()).isEqualTo(session.start().toInstant());
            assertThat(event.end()).isEqualTo(session.end().toInstant());
            assertThat(event.summary()).isEqualTo((session.starred() ? "★ " : "") + session.fullTitle());
            assertThat(event.description()).isEqualTo(IcsWriter.description(session))
                    .contains(session.notes()).endsWith("Schedule: " + session.url());
            assertThat(event.status()).isEqualTo("CONFIRMED");
            assertThat(event.sequence()).isZero();
        }
    }
}
