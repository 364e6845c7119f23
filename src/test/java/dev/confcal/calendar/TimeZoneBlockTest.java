package dev.confcal.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.confcal.publish.ledger.Ledger;
import dev.confcal.schedule.Filter;
import dev.confcal.schedule.Schedule;
import dev.confcal.schedule.Session;
import dev.confcal.testing.Fixtures;
import dev.confcal.testing.RoundTrip;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The VTIMEZONE's shape: one STANDARD and one DAYLIGHT with a yearly RRULE where the zone's current rules cover the
 * events, explicit observances only where they do not — each read back at the sessions' instants by both parsers.
 */
class TimeZoneBlockTest {

    /** Issue 18: Amsterdam for a 2023 conference had 4 STANDARD and 3 DAYLIGHT parts, none with an RRULE. */
    @Test
    void amsterdamHadFourStandardAndThreeDaylightPartsWithoutAnRrule() {
        assertThat(block("Europe/Amsterdam", LocalDateTime.of(2023, 4, 19, 11, 0), LocalDateTime.of(2023, 4, 21, 17, 0)))
                .isEqualTo("""
                        BEGIN:VTIMEZONE
                        TZID:Europe/Amsterdam
                        BEGIN:STANDARD
                        DTSTART:20221030T030000
                        RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
                        TZOFFSETFROM:+0200
                        TZOFFSETTO:+0100
                        TZNAME:CET
                        END:STANDARD
                        BEGIN:DAYLIGHT
                        DTSTART:20230326T020000
                        RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
                        TZOFFSETFROM:+0100
                        TZOFFSETTO:+0200
                        TZNAME:CEST
                        END:DAYLIGHT
                        END:VTIMEZONE
                        """);
    }

    @ParameterizedTest(name = "{0}: {1} / {2}")
    @CsvSource(delimiter = '|', value = {
            "America/New_York    | FREQ=YEARLY;BYMONTH=11;BYDAY=1SU | FREQ=YEARLY;BYMONTH=3;BYDAY=2SU",
            "America/Chicago     | FREQ=YEARLY;BYMONTH=11;BYDAY=1SU | FREQ=YEARLY;BYMONTH=3;BYDAY=2SU",
            "Europe/Berlin       | FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU | FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
            "Europe/London       | FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU | FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
            "Australia/Sydney    | FREQ=YEARLY;BYMONTH=4;BYDAY=1SU | FREQ=YEARLY;BYMONTH=10;BYDAY=1SU",
            "Pacific/Auckland    | FREQ=YEARLY;BYMONTH=4;BYDAY=1SU | FREQ=YEARLY;BYMONTH=9;BYDAY=-1SU",
            "America/Havana      | FREQ=YEARLY;BYMONTH=11;BYDAY=1SU | FREQ=YEARLY;BYMONTH=3;BYDAY=2SU",
            "America/St_Johns    | FREQ=YEARLY;BYMONTH=11;BYDAY=1SU | FREQ=YEARLY;BYMONTH=3;BYDAY=2SU",
    })
    void aDaylightSavingZoneGetsOneStandardAndOneDaylightWithAYearlyRule(String zone, String standard,
                                                                        String daylight) {
        List<TimeZoneBlock.Observance> parts = TimeZoneBlock.observances(ZoneId.of(zone),
                at(zone, 2025, 6, 10), at(zone, 2025, 6, 12));
        assertThat(parts).extracting(TimeZoneBlock.Observance::daylight).containsExactlyInAnyOrder(false, true);
        assertThat(parts).filteredOn(part -> !part.daylight()).extracting(TimeZoneBlock.Observance::rrule)
                .containsExactly(standard);
        assertThat(parts).filteredOn(TimeZoneBlock.Observance::daylight).extracting(TimeZoneBlock.Observance::rrule)
                .containsExactly(daylight);
        assertReadAtTheSessionsInstants(zone, LocalDateTime.of(2025, 6, 10, 9, 0), LocalDateTime.of(2025, 12, 1, 9, 0));
    }

    @Test
    void aZoneWithoutDaylightSavingGetsOneStandard() {
        assertThat(block("Asia/Tokyo", LocalDateTime.of(2025, 9, 26, 10, 0), LocalDateTime.of(2025, 9, 27, 18, 0)))
                .isEqualTo("""
                        BEGIN:VTIMEZONE
                        TZID:Asia/Tokyo
                        BEGIN:STANDARD
                        DTSTART:20240101T000000
                        TZOFFSETFROM:+0900
                        TZOFFSETTO:+0900
                        TZNAME:JST
                        END:STANDARD
                        END:VTIMEZONE
                        """);
    }

    /** The US rules changed in 2007: a 2006 conference gets the one observance in force, from its real start. */
    @Test
    void aUsConferenceIn2006BeforeTheRuleChangeGetsTheObservanceInForce() {
        assertThat(block("America/New_York", LocalDateTime.of(2006, 3, 20, 9, 0), LocalDateTime.of(2006, 3, 22, 17, 0)))
                .isEqualTo("""
                        BEGIN:VTIMEZONE
                        TZID:America/New_York
                        BEGIN:STANDARD
                        DTSTART:20051030T020000
                        TZOFFSETFROM:-0400
                        TZOFFSETTO:-0500
                        TZNAME:EST
                        END:STANDARD
                        END:VTIMEZONE
                        """);
        assertReadAtTheSessionsInstants("America/New_York", LocalDateTime.of(2006, 3, 20, 9, 0),
                LocalDateTime.of(2006, 3, 22, 17, 0));
    }

    /** 2006's first Sunday in April, not the second Sunday in March the current rules say. */
    @Test
    void aUs2006ConferenceAcrossItsDaylightChangeGetsBothObservancesExplicitly() {
        assertThat(block("America/New_York", LocalDateTime.of(2006, 3, 31, 9, 0), LocalDateTime.of(2006, 4, 4, 17, 0)))
                .isEqualTo("""
                        BEGIN:VTIMEZONE
                        TZID:America/New_York
                        BEGIN:STANDARD
                        DTSTART:20051030T020000
                        TZOFFSETFROM:-0400
                        TZOFFSETTO:-0500
                        TZNAME:EST
                        END:STANDARD
                        BEGIN:DAYLIGHT
                        DTSTART:20060402T020000
                        TZOFFSETFROM:-0500
                        TZOFFSETTO:-0400
                        TZNAME:EDT
                        END:DAYLIGHT
                        END:VTIMEZONE
                        """);
        assertReadAtTheSessionsInstants("America/New_York", LocalDateTime.of(2006, 3, 31, 9, 0),
                LocalDateTime.of(2006, 4, 3, 9, 0), LocalDateTime.of(2006, 4, 4, 17, 0));
    }

    /**
     * Ojinaga took Central time (-06/-05) at the end of 2022; in 2022 it kept Mountain time (-07/-06) on the US dates,
     * which the current rules do not give: the daylight saving time in force since March, from the change to standard
     * time before it (a DAYLIGHT alone Python's icalendar refuses).
     */
    @Test
    void aZoneWhoseCurrentRulesBeganAfterTheEventGetsExplicitObservances() {
        List<TimeZoneBlock.Observance> parts = TimeZoneBlock.observances(ZoneId.of("America/Ojinaga"),
                at("America/Ojinaga", 2022, 6, 1), at("America/Ojinaga", 2022, 10, 31));
        assertThat(parts).extracting(TimeZoneBlock.Observance::rrule).containsOnlyNulls();
        assertThat(parts).extracting(part -> part.start().toString())
                .containsExactly("2021-11-07T02:00", "2022-03-13T02:00");
        assertThat(parts).extracting(TimeZoneBlock.Observance::daylight).containsExactly(false, true);
        assertThat(parts.get(1).from()).hasToString("-07:00");
        assertReadAtTheSessionsInstants("America/Ojinaga", LocalDateTime.of(2022, 6, 1, 10, 0),
                LocalDateTime.of(2022, 10, 31, 10, 0));
        // a conference since then gets the yearly rules
        assertThat(TimeZoneBlock.observances(ZoneId.of("America/Ojinaga"), at("America/Ojinaga", 2024, 6, 1),
                at("America/Ojinaga", 2024, 6, 2))).extracting(TimeZoneBlock.Observance::rrule).doesNotContainNull();
    }

    /** Israel's spring change is the Friday before the last Sunday of March: no weekday of March has that form. */
    @Test
    void aRuleWithNoRruleFormGetsExplicitObservances() {
        List<TimeZoneBlock.Observance> parts = TimeZoneBlock.observances(ZoneId.of("Asia/Jerusalem"),
                at("Asia/Jerusalem", 2024, 3, 27), at("Asia/Jerusalem", 2024, 3, 31));
        assertThat(parts).extracting(TimeZoneBlock.Observance::rrule).containsOnlyNulls();
        assertThat(parts).extracting(part -> part.start().toString())
                .containsExactly("2023-10-29T02:00", "2024-03-29T02:00");
        assertReadAtTheSessionsInstants("Asia/Jerusalem", LocalDateTime.of(2024, 3, 27, 10, 0),
                LocalDateTime.of(2024, 3, 31, 10, 0));
    }

    /**
     * Every zone Java knows, in every month of 2024 and of 2006 (before many rule changes): a zone whose rules have an
     * RRULE form gets exactly one STANDARD and one DAYLIGHT, both starting before the first event; every other
     * shape is explicit, starting no later than the first event; none is DAYLIGHT alone.
     */
    @Test
    void everyZoneGetsYearlyRulesOrExplicitObservancesThatStartBeforeTheFirstEvent() {
        int yearly = 0;
        for (String id : new TreeSet<>(ZoneId.getAvailableZoneIds())) {
            if (id.startsWith("ical4j-")) {
                continue; // ical4j registers ids of its own, without rules, once it has parsed a feed
            }
            ZoneId zone = ZoneId.of(id);
            for (int year : List.of(2006, 2024)) {
                for (int month = 1; month <= 12; month++) {
                    Instant first = at(id, year, month, 15);
                    List<TimeZoneBlock.Observance> parts = TimeZoneBlock.observances(zone, first, at(id, year, month, 18));
                    String where = id + " " + year + "-" + month;
                    assertThat(parts).as(where).anyMatch(part -> !part.daylight());
                    if (parts.stream().anyMatch(part -> part.rrule() != null)) {
                        yearly++;
                        assertThat(parts).as(where).hasSize(2)
                                .extracting(TimeZoneBlock.Observance::daylight).containsExactlyInAnyOrder(false, true);
                        assertThat(parts).extracting(TimeZoneBlock.Observance::rrule)
                                .allMatch(rule -> rule.matches("FREQ=YEARLY;BYMONTH=\\d{1,2};BYDAY=(-1|[1-4])(SU|MO|TU|WE|TH|FR|SA)"));
                        assertThat(parts).as(where).allMatch(part -> !part.start().toInstant(part.from()).isAfter(first));
                    } else {
                        assertThat(parts.get(0).start().toInstant(parts.get(0).from())).as(where).isBeforeOrEqualTo(first);
                    }
                }
            }
        }
        assertThat(yearly).isGreaterThan(2 * 12 * 100);
    }

    /** The VTIMEZONE for events from {@code first} to {@code last} (local times in the zone), LF for CRLF. */
    private static String block(String zone, LocalDateTime first, LocalDateTime last) {
        ContentLines out = new ContentLines(1024);
        ZoneId id = ZoneId.of(zone);
        TimeZoneBlock.write(out, id, first.atZone(id).toInstant(), last.atZone(id).toInstant());
        return new String(out.bytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
    }

    private static Instant at(String zone, int year, int month, int day) {
        return LocalDateTime.of(year, month, day, 10, 0).atZone(ZoneId.of(zone)).toInstant();
    }

    /** A feed of 45-minute sessions at these local times: both parsers read each at java.time's instants. */
    static void assertReadAtTheSessionsInstants(String zoneId, LocalDateTime... starts) {
        ZoneId zone = ZoneId.of(zoneId);
        List<Session> sessions = new ArrayList<>();
        for (LocalDateTime local : starts) {
            ZonedDateTime start = local.atZone(zone);
            String id = "S" + sessions.size();
            sessions.add(new Session(id, id + "@x.sched.com", "https://x.sched.com/event/" + id, List.of("Talk " + id),
                    List.of(), false, false, start, start.plusMinutes(45), null, "", "", 1));
        }
        Schedule schedule = new Schedule("n.md", "Conf", zone, null, Map.of(), sessions);
        List<RoundTrip.Event> events = RoundTrip.events(new IcsWriter().feed(
                Ledger.inMemory().publish(schedule, Fixtures.T0), Filter.ALL, FeedOptions.DEFAULT));
        assertThat(events.stream().flatMap(event -> Stream.of(event.start(), event.end())).toList())
                .as("%s read back", zoneId)
                .isEqualTo(sessions.stream().flatMap(s -> Stream.of(s.start().toInstant(), s.end().toInstant())).toList());
    }
}
