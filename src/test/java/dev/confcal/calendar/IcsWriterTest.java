package dev.confcal.calendar;

import dev.confcal.publish.ledger.Ledger;
import static org.assertj.core.api.Assertions.assertThat;

import dev.confcal.schedule.Filter;
import dev.confcal.schedule.Language;
import dev.confcal.schedule.Schedule;
import dev.confcal.schedule.Session;
import dev.confcal.testing.Fixtures;
import dev.confcal.testing.RoundTrip;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IcsWriterTest {

    private final IcsWriter writer = new IcsWriter();

    private static Session withNotes(String id, String notes) {
        return Fixtures.session(id, notes);
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Test
    void injectedCalendarSyntaxInNotesStaysInsideOneEvent() throws Exception {
        String hostile = "x\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:evil\rEND:VCALENDAR\n; , \\ done";
        Schedule schedule = Fixtures.schedule(withNotes("A", hostile));
        byte[] ics = writer.feed(Ledger.inMemory().publish(schedule, Fixtures.T0), Filter.ALL, FeedOptions.DEFAULT);
        List<RoundTrip.Event> events = RoundTrip.events(ics);
        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.uid()).isEqualTo("A@x.sched.com");
            assertThat(event.description()).contains("x\nEND:VEVENT\nBEGIN:VEVENT\nUID:evil\nEND:VCALENDAR\n; , \\ done");
        });
        assertThat(text(ics)).contains("; \\, \\\\ done");
    }

    @Test
    void everyTimeZoneUsedHasItsVtimezone() throws Exception {
        Schedule schedule = new Schedule("n.md", "Conf", java.time.ZoneId.of("America/New_York"), null, Map.of(),
                List.of(withNotes("A", "")));
        String ics = text(writer.feed(Ledger.inMemory().publish(schedule, Fixtures.T0), Filter.ALL,
                FeedOptions.DEFAULT));
        assertThat(ics).contains("BEGIN:VTIMEZONE\r\nTZID:America/New_York\r\n")
                .contains("DTSTART;TZID=America/New_York:20230926T230000").doesNotContain("TZURL");
    }

    @Test
    void filteredFeedsSayWhatTheyHoldInTheirName() throws Exception {
        Schedule schedule = Fixtures.schedule(withNotes("A", "wasm rocks"), withNotes("B", "other"));
        Filter filter = new Filter(false, List.of("WASM"), List.of(), List.of(), null);
        String ics = text(writer.feed(Ledger.inMemory().publish(schedule, Fixtures.T0), filter, FeedOptions.DEFAULT));
        assertThat(ics).contains("X-WR-CALNAME:Conf (wasm)\r\n").contains("NAME:Conf (wasm)\r\n")
                .contains("UID:A@x.sched.com").doesNotContain("UID:B@x.sched.com");
    }

    @Test
    void anAlarmAndOneLanguageWhenAsked() throws Exception {
        Session bilingual = withNotes("A", "");
        bilingual = new Session("A", "A@x.sched.com", bilingual.url(), List.of("中文标题", "English Title"),
                List.of(), true, false, bilingual.start(), bilingual.end(), null, "", "", 1);
        Edition edition = Ledger.inMemory().publish(Fixtures.schedule(bilingual), Fixtures.T0);
        String ics = text(writer.feed(edition, Filter.ALL, new FeedOptions(Language.EN, 10)));
        assertThat(ics).contains("SUMMARY:★ English Title\r\n").contains("BEGIN:VALARM\r\n")
                .contains("TRIGGER:-PT10M\r\n").contains("ACTION:DISPLAY\r\n");
        assertThat(text(writer.feed(edition, Filter.ALL, new FeedOptions(Language.ZH, null))))
                .contains("SUMMARY:★ 中文标题\r\n").doesNotContain("VALARM");
        RoundTrip.events(writer.feed(edition, Filter.ALL, new FeedOptions(Language.EN, 10)));
    }

    @Test
    void removedSessionsStayAsCancelledEventsInTheFeedsThatHeldThem() throws Exception {
        Ledger ledger = Ledger.inMemory();
        ledger.publish(Fixtures.schedule(withNotes("A", "wasm"), withNotes("B", "istio")), Fixtures.T0);
        Edition edition = ledger.publish(Fixtures.schedule(withNotes("B", "istio")),
                Fixtures.T0.plus(Duration.ofHours(1)));
        List<RoundTrip.Event> all = RoundTrip.events(writer.feed(edition, Filter.ALL, FeedOptions.DEFAULT));
        assertThat(all).extracting(RoundTrip.Event::uid, RoundTrip.Event::status, RoundTrip.Event::sequence)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("B@x.sched.com", "CONFIRMED", 0),
                        org.assertj.core.groups.Tuple.tuple("A@x.sched.com", "CANCELLED", 1));
        Filter istio = new Filter(false, List.of("istio"), List.of(), List.of(), null);
        assertThat(RoundTrip.events(writer.feed(edition, istio, FeedOptions.DEFAULT)))
                .extracting(RoundTrip.Event::uid).containsExactly("B@x.sched.com");
    }

    @Test
    void dtstampIsTheRevisionNotTheClock() throws Exception {
        Schedule schedule = Fixtures.schedule(withNotes("A", ""));
        Edition edition = Ledger.inMemory().publish(schedule, Fixtures.T0);
        byte[] first = writer.feed(edition, Filter.ALL, FeedOptions.DEFAULT);
        Thread.sleep(1100);
        assertThat(writer.feed(edition, Filter.ALL, FeedOptions.DEFAULT)).isEqualTo(first);
        assertThat(text(first)).contains("DTSTAMP:20261101T000000Z");
    }

    @Test
    void theSingleSessionFeedHoldsJustThatSession() throws Exception {
        Edition edition = Ledger.inMemory().publish(Fixtures.schedule(withNotes("A", ""), withNotes("B", "")),
                Fixtures.T0);
        Session b = edition.schedule().session("B").orElseThrow();
        List<RoundTrip.Event> events = RoundTrip.events(writer.single(edition, b, FeedOptions.DEFAULT));
        assertThat(events).extracting(RoundTrip.Event::uid).containsExactly("B@x.sched.com");
        assertThat(events.get(0).start()).isEqualTo(ZonedDateTime.of(2023, 9, 27, 3, 0, 0, 0,
                java.time.ZoneOffset.UTC).toInstant());
    }

    /** Issue 18: a session's "Download .ics" named a calendar, so Outlook desktop opened each as a new calendar. */
    @Test
    void aSessionDownloadOpenedAsANewCalendarInOutlook() throws Exception {
        Edition edition = Ledger.inMemory().publish(Fixtures.schedule(withNotes("A", "")), Fixtures.T0);
        String ics = text(writer.single(edition, edition.schedule().session("A").orElseThrow(), FeedOptions.DEFAULT));
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nPRODID:-//confcal//confcal//EN\r\nVERSION:2.0\r\n"
                        + "CALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nBEGIN:VTIMEZONE\r\n")
                .doesNotContain("X-WR-CALNAME").doesNotContain("\r\nNAME:").doesNotContain("X-WR-CALDESC")
                .doesNotContain("REFRESH-INTERVAL").doesNotContain("X-PUBLISHED-TTL").doesNotContain("X-WR-TIMEZONE");
    }

    /** Issue 18: no METHOD, which Outlook and Google write on every file they publish. */
    @Test
    void aFeedHadNoMethod() throws Exception {
        Edition edition = Ledger.inMemory().publish(Fixtures.schedule(withNotes("A", "")), Fixtures.T0);
        assertThat(text(writer.feed(edition, Filter.ALL, FeedOptions.DEFAULT)))
                .startsWith("BEGIN:VCALENDAR\r\nPRODID:-//confcal//confcal//EN\r\nVERSION:2.0\r\n"
                        + "CALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nNAME:Conf\r\nX-WR-CALNAME:Conf\r\n")
                .contains("REFRESH-INTERVAL;VALUE=DURATION:PT1H\r\nX-PUBLISHED-TTL:PT1H\r\n");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"Asia/Shanghai", "Europe/Amsterdam", "America/New_York",
            "America/Sao_Paulo", "Asia/Kolkata", "Australia/Sydney", "Europe/London", "Asia/Tokyo", "Pacific/Auckland",
            "America/Los_Angeles", "Europe/Berlin", "Asia/Singapore", "UTC", "Etc/UTC", "GMT", "Europe/Kyiv"})
    void everyZoneGivesTheSameInstantsInBothParsers(String zoneId) throws Exception {
        java.time.ZoneId zone = java.time.ZoneId.of(zoneId);
        ZonedDateTime start = ZonedDateTime.of(2026, 3, 29, 10, 30, 0, 0, zone); // near the DST changes
        Session session = new Session("A", "A@x.sched.com", "https://x.sched.com/event/A", List.of("Talk"),
                List.of(), false, false, start, start.plusMinutes(45), null, "", "", 1);
        Schedule schedule = new Schedule("n.md", "Conf", zone, null, Map.of(), List.of(session));
        List<RoundTrip.Event> events = RoundTrip.events(writer.feed(Ledger.inMemory().publish(schedule,
                Fixtures.T0), Filter.ALL, FeedOptions.DEFAULT));
        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.start()).isEqualTo(start.toInstant());
            assertThat(event.end()).isEqualTo(start.plusMinutes(45).toInstant());
        });
    }
}
