package dev.confcal.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.confcal.publish.ledger.Ledger;
import dev.confcal.schedule.Filter;
import dev.confcal.schedule.Schedule;
import dev.confcal.schedule.Session;
import dev.confcal.testing.Fixtures;
import dev.confcal.testing.RoundTrip;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every golden feed, DST weeks included, read by the readers people's apps use (Python's icalendar, ical.js,
 * libical, Ruby's icalendar) at the instants ical4j reads from it; and every shape of VTIMEZONE the writer falls back
 * to, at the sessions' instants. {@code mvn -P consumers test}, after {@code .ci/run} has installed the readers; a
 * reader that is not installed is skipped, saying what to install.
 */
@Tag("consumers")
class ConsumerReadersTest {

    private static final Path FEEDS = ConsumerReader.WORK.resolve("feeds");

    static Stream<Arguments> goldens() throws IOException {
        List<Path> goldens = new ArrayList<>();
        for (String folder : List.of("src/test/resources/golden", "src/test/resources/official",
                "src/test/resources/golden-combined")) {
            try (Stream<Path> files = Files.list(Path.of(folder))) {
                files.filter(file -> file.toString().endsWith(".ics") && !file.endsWith("kccncosschn2023-all.ics"))
                        .sorted().forEach(goldens::add);
            }
        }
        assertThat(goldens).hasSizeGreaterThanOrEqualTo(10);
        return Stream.of(ConsumerReader.values()).flatMap(reader -> goldens.stream()
                .map(golden -> Arguments.of(reader, golden.getFileName().toString(), golden)));
    }

    @ParameterizedTest(name = "{0} reads {1}")
    @MethodSource("goldens")
    void everyGoldenFeedIsReadAtTheInstantsIcal4jReads(ConsumerReader reader, String name, Path golden)
            throws IOException {
        assumeInstalled(reader);
        Map<String, List<Instant>> expected = new LinkedHashMap<>();
        RoundTrip.ical4j(Files.readAllBytes(golden)).forEach(e -> expected.put(e.uid(), List.of(e.start(), e.end())));
        assertReads(reader, golden, expected);
    }

    /** A feed the writer makes in a shape no golden has, with the instants java.time gives its sessions. */
    record Feed(String name, String zone, List<LocalDateTime> starts, boolean single) {

        @Override
        public String toString() {
            return name;
        }

        Path write() throws IOException {
            Files.createDirectories(FEEDS);
            Edition edition = Ledger.inMemory().publish(schedule(), Fixtures.T0);
            byte[] ics = single ? new IcsWriter().single(edition, edition.schedule().sessions().get(0),
                    FeedOptions.DEFAULT) : new IcsWriter().feed(edition, Filter.ALL, FeedOptions.DEFAULT);
            return Files.write(FEEDS.resolve(name.replaceAll("[^A-Za-z0-9]+", "-") + ".ics"), ics);
        }

        Map<String, List<Instant>> instants() {
            Map<String, List<Instant>> instants = new LinkedHashMap<>();
            for (Session session : single ? schedule().sessions().subList(0, 1) : schedule().sessions()) {
                instants.put(session.uid(), List.of(session.start().toInstant(), session.end().toInstant()));
            }
            return instants;
        }

        private Schedule schedule() {
            List<Session> sessions = new ArrayList<>();
            for (LocalDateTime local : starts) {
                ZonedDateTime start = local.atZone(ZoneId.of(zone));
                String id = "S" + sessions.size();
                sessions.add(new Session(id, id + "@x.sched.com", "https://x.sched.com/event/" + id,
                        List.of("Talk " + id), List.of(), false, false, start, start.plusMinutes(45), null, "", "", 1));
            }
            return new Schedule("n.md", "Conf", ZoneId.of(zone), null, Map.of(), sessions);
        }
    }

    private static final Feed SESSION_DOWNLOAD = new Feed("a session's download, Amsterdam", "Europe/Amsterdam",
            List.of(LocalDateTime.of(2023, 4, 19, 11, 0), LocalDateTime.of(2023, 4, 20, 11, 0)), true);
    private static final Feed US_2006 = new Feed("New York 2006, before the 2007 rules", "America/New_York",
            List.of(LocalDateTime.of(2006, 3, 20, 9, 0), LocalDateTime.of(2006, 3, 22, 17, 0)), false);
    private static final Feed OJINAGA_2022 = new Feed("Ojinaga 2022, before its current rules", "America/Ojinaga",
            List.of(LocalDateTime.of(2022, 6, 1, 10, 0), LocalDateTime.of(2022, 10, 31, 10, 0)), false);
    private static final Feed US_2006_ACROSS = new Feed("New York 2006, across its April change", "America/New_York",
            List.of(LocalDateTime.of(2006, 3, 31, 9, 0), LocalDateTime.of(2006, 4, 3, 9, 0)), false);
    private static final Feed ISRAEL_ACROSS = new Feed("Jerusalem 2024, across its March change", "Asia/Jerusalem",
            List.of(LocalDateTime.of(2024, 3, 27, 10, 0), LocalDateTime.of(2024, 3, 31, 10, 0)), false);

    static Stream<Arguments> shapes() {
        return Stream.of(ConsumerReader.values()).flatMap(reader -> Stream.of(SESSION_DOWNLOAD, US_2006, OJINAGA_2022,
                        US_2006_ACROSS, ISRAEL_ACROSS)
                .filter(feed -> reader != ConsumerReader.RUBY_ICALENDAR || !acrossAChange(feed))
                .map(feed -> Arguments.of(reader, feed)));
    }

    @ParameterizedTest(name = "{0} reads {1}")
    @MethodSource("shapes")
    void everyShapeOfVtimezoneIsReadAtTheSessionsInstants(ConsumerReader reader, Feed feed) throws IOException {
        assumeInstalled(reader);
        assertReads(reader, feed.write(), feed.instants());
    }

    /**
     * Ruby's icalendar 2.8 compares every STANDARD's (and DAYLIGHT's) last onset before an event, and fails on one
     * that begins after it: explicit observances for a change between the events (only where a zone's current rules
     * do not cover them). When this fails, the gem reads them and {@link #shapes()} can stop leaving them out.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("acrossAChange")
    void rubyIcalendarFailsOnAnObservanceThatBeginsAfterAnEvent(Feed feed) throws IOException {
        assumeInstalled(ConsumerReader.RUBY_ICALENDAR);
        assertThat(ConsumerReader.RUBY_ICALENDAR.read(feed.write()).failures())
                .containsExactly("FAIL ArgumentError: comparison of IceCube::Occurrence with nil failed");
    }

    static Stream<Feed> acrossAChange() {
        return Stream.of(US_2006_ACROSS, ISRAEL_ACROSS);
    }

    private static boolean acrossAChange(Feed feed) {
        return acrossAChange().anyMatch(feed::equals);
    }

    /** Skipped when the reader is missing, unless {@code -Dconsumers.required=true} (.ci/run, which installs them). */
    private static void assumeInstalled(ConsumerReader reader) {
        String missing = reader.missing();
        if (Boolean.getBoolean("consumers.required")) {
            assertThat(missing).as("%s", reader).isNull();
        }
        assumeTrue(missing == null, missing);
    }

    /**
     * The reader reads every event at the expected instants, fails on nothing, and objects (libical's RFC 5546 check)
     * only that METHOD:PUBLISH wants an ORGANIZER, which a feed of a conference's sessions has none to give.
     */
    private static void assertReads(ConsumerReader reader, Path ics, Map<String, List<Instant>> expected)
            throws IOException {
        ConsumerReader.Reading reading = reader.read(ics);
        assertThat(reading.failures()).as("%s on %s", reader, ics).isEmpty();
        assertThat(reading.events()).as("%s on %s", reader, ics).isEqualTo(expected);
        assertThat(reading.itip()).as("%s on %s", reader, ics).allMatch(message -> message.contains("ORGANIZER"));
    }
}
