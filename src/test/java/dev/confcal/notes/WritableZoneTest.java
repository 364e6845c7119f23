package dev.confcal.notes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.confcal.calendar.FeedOptions;
import dev.confcal.calendar.IcsWriter;
import dev.confcal.publish.ledger.Ledger;
import dev.confcal.schedule.Filter;
import dev.confcal.schedule.ProblemCode;
import dev.confcal.schedule.Schedule;
import dev.confcal.schedule.Session;
import dev.confcal.testing.RoundTrip;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A zone is checked where it is read: every zone the reader accepts can be written with a VTIMEZONE that both
 * parsers read back at the same instants; the rest are mapped to one (fixed offsets) or refused.
 */
class WritableZoneTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "UTC+8         | Etc/GMT-8",
            "+08:00        | Etc/GMT-8",
            "GMT+8         | Etc/GMT-8",
            "UTC-05:00     | Etc/GMT+5",
            "Z             | Etc/UTC",
            "+00:00        | Etc/UTC",
            "SystemV/PST8  | Etc/GMT+8",
    })
    void aFixedOffsetIsWrittenAsTheEtcZoneOfTheSameOffset(String id, String writable) {
        WritableZone zone = WritableZone.read(id);
        assertThat(zone.zone()).isEqualTo(ZoneId.of(writable));
        assertThat(zone.problem()).isEqualTo(ProblemCode.TIMEZONE_MAPPED);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Asia/Shanghai", "Europe/Amsterdam", "UTC", "GMT", "CET", "US/Pacific", "Asia/Calcutta", "Etc/GMT-14"})
    void aZoneCalendarsKnowIsKeptAsItIs(String id) {
        assertThat(WritableZone.read(id)).isEqualTo(new WritableZone(ZoneId.of(id), null, new Object[0]));
    }

    @Test
    void anOffsetNoCalendarZoneHoldsIsRefusedWithAPlaceToNameInstead() {
        WritableZone zone = WritableZone.read("+05:30");
        assertThat(zone.zone()).isNull();
        assertThat(zone.error()).isEqualTo("timezone \"+05:30\" has no iCalendar definition that calendars can read;"
                + " name the place instead, such as Asia/Kolkata");
        assertThat(WritableZone.read("SystemV/PST8PDT").zone()).isNull();
        assertThat(WritableZone.read("SystemV/JST9").zone()).isNull();
        assertThat(WritableZone.read("Mars/Olympus").error())
                .isEqualTo("timezone \"Mars/Olympus\" is not an IANA time zone (such as Asia/Shanghai)");
    }

    /**
     * The zones the notes in the spec and the tests are read in, every zone a time suffix or a city names, and
     * every whole-hour offset.
     */
    static List<ZoneId> namedZones() throws IOException {
        TreeSet<String> ids = new TreeSet<>(List.of("UTC+8", "+08:00", "Z", "GMT+8", "UTC-3", "SystemV/PST8",
                "Asia/Shanghai", "Europe/Amsterdam", "Europe/Brussels", "America/New_York", "Asia/Tokyo"));
        for (int hours = -12; hours <= 14; hours++) {
            ids.add(java.time.ZoneOffset.ofHours(hours).getId());
        }
        for (NotesSpecTest.Example example : NotesSpecTest.examples()) {
            ids.add(NotesParser.builder().clock(NotesSpecTest.CLOCK).build().parse("notes.md", example.notes())
                    .schedule().zone().getId());
        }
        for (String suffix : List.of("CET", "CEST", "MEZ", "WET", "BST", "EET", "MSK", "JST", "KST", "HKT", "SGT",
                "AEST", "AWST", "NZST", "EST", "CDT", "MST", "PDT", "AKST", "HST", "BRT", "CST", "IST")) {
            ZoneSuffix.leading(" " + suffix).orElseThrow().suffix().zones().forEach(zone -> ids.add(zone.getId()));
        }
        return accepted(ids.stream());
    }

    static List<ZoneId> accepted(Stream<String> ids) {
        return ids.map(WritableZone::read).filter(zone -> zone.zone() != null).map(WritableZone::zone).distinct()
                .toList();
    }

    /**
     * Zones whose feeds ical4j or biweekly read at other instants than java.time means (checked in 2024): the
     * parsers' own limits, listed with their reasons in the file. A zone that starts or stops failing fails here.
     */
    static final java.nio.file.Path MISREAD = java.nio.file.Path.of("src/test/resources/misread-zones.txt");

    static java.util.Set<String> misread() throws IOException {
        return java.nio.file.Files.readAllLines(MISREAD).stream().filter(line -> !line.isBlank() && !line.startsWith("#"))
                .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
    }

    @Test
    void everyZoneTheNotesNameWritesAFeedBothParsersReadAtTheRightInstants() throws IOException {
        List<ZoneId> zones = namedZones();
        assertThat(zones).hasSizeGreaterThan(40).contains(ZoneId.of("Etc/GMT-8"), ZoneId.of("Europe/Paris"),
                ZoneId.of("America/Chicago"), ZoneId.of("Asia/Tokyo"), ZoneId.of("Etc/UTC"), ZoneId.of("Etc/GMT+12"));
        java.util.Set<String> expected = new TreeSet<>(misread());
        expected.retainAll(zones.stream().map(ZoneId::getId).toList());
        assertThat(misreadAmong(zones)).isEqualTo(expected);
    }

    /** The same for every zone id Java knows that the reader accepts (several hundred: in the load profile). */
    @Test
    @Tag("load")
    void everyZoneTheReaderAcceptsWritesAFeedBothParsersReadAtTheRightInstants() throws IOException {
        List<ZoneId> zones = accepted(new TreeSet<>(ZoneId.getAvailableZoneIds()).stream());
        assertThat(zones).hasSizeGreaterThan(400);
        assertThat(misreadAmong(zones)).isEqualTo(misread());
    }

    /** The zones whose feed either parser reads at other instants than the sessions'. */
    private static java.util.Set<String> misreadAmong(List<ZoneId> zones) {
        IcsWriter writer = new IcsWriter();
        java.util.Set<String> misread = new TreeSet<>();
        for (ZoneId zone : zones) {
            // a day in each season (not a day clocks change: biweekly misreads those in many zones)
            List<Session> sessions = List.of(session("W", zone, LocalDateTime.of(2024, 1, 10, 10, 0)),
                    session("P", zone, LocalDateTime.of(2024, 4, 10, 10, 0)),
                    session("S", zone, LocalDateTime.of(2024, 7, 10, 10, 0)),
                    session("A", zone, LocalDateTime.of(2024, 10, 10, 10, 0)));
            Schedule schedule = new Schedule("z.md", "Zones", zone, null, Map.of(), sessions);
            byte[] ics = writer.feed(Ledger.inMemory().publish(schedule, Instant.EPOCH), Filter.ALL,
                    FeedOptions.DEFAULT);
            RoundTrip.assertWellFormed(ics);
            List<Instant> expected = schedule.sessions().stream().flatMap(s -> Stream.of(s.start().toInstant(),
                    s.end().toInstant())).toList();
            for (List<RoundTrip.Event> read : List.of(RoundTrip.ical4j(ics), RoundTrip.biweekly(ics))) {
                if (!read.stream().flatMap(e -> Stream.of(e.start(), e.end())).toList().equals(expected)) {
                    misread.add(zone.getId());
                }
            }
        }
        return misread;
    }

    private static Session session(String id, ZoneId zone, LocalDateTime at) {
        ZonedDateTime start = at.atZone(zone);
        return new Session(id, id + "@x.sched.com", "https://x.sched.com/event/" + id, List.of("Talk " + id),
                List.of(), false, false, start, start.plusMinutes(90), null, "", "", 1);
    }
}
