package dev.confcal.official;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.confcal.schedule.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

public class ExportReaderTest {

    public static byte[] schedFixture() {
        try (InputStream in = ExportReaderTest.class.getResourceAsStream("/official/kccncosschn2023-all.ics")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ExportReader.Reading read(String ics) {
        return ExportReader.read("export.ics", ics.getBytes(StandardCharsets.UTF_8));
    }

    private static String calendar(String... lines) {
        return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n" + String.join("\r\n", lines)
                + "\r\nEND:VCALENDAR\r\n";
    }

    private static String event(String url, String start, String end, String... more) {
        return "BEGIN:VEVENT\r\nUID:" + url.hashCode() + "\r\nDTSTAMP:20230925T120000Z\r\n" + start + "\r\n" + end
                + "\r\nSUMMARY:Talk\r\n" + (url.isEmpty() ? "" : "URL:" + url + "\r\n") + String.join("\r\n", more)
                + (more.length > 0 ? "\r\n" : "") + "END:VEVENT";
    }

    @Test
    void readsSchedsExportWithRoomsTracksExactTimesAndTheConferenceName() {
        ExportReader.Reading reading = ExportReader.read("all.ics", schedFixture());
        assertThat(reading.problems()).isEmpty();
        OfficialSchedule schedule = reading.schedule();
        assertThat(schedule.name()).isEqualTo("KubeCon + CloudNativeCon + Open Source Summit China 2023");
        assertThat(schedule.sessions()).hasSize(43);
        OfficialSession moved = schedule.sessions().stream().filter(s -> s.url().contains("/event/1PTJt/"))
                .findFirst().orElseThrow();
        assertThat(moved.start()).isEqualTo(Instant.parse("2023-09-27T03:15:00Z"));
        assertThat(moved.end()).isEqualTo(Instant.parse("2023-09-27T03:50:00Z"));
        assertThat(moved.room()).isEqualTo("3M5A");
        assertThat(moved.title()).isEqualTo("SIG集群生命周期：Kubespray的新功能 | SIG Cluster Lifecycle: What's New in"
                + " Kubespray - Kay Yan, DaoCloud");
        OfficialSession tutorial = schedule.sessions().stream().filter(s -> s.url().contains("/event/1PTII/"))
                .findFirst().orElseThrow();
        assertThat(tutorial.tracks()).containsExactly("Tutorials", "Observability");
        assertThat(tutorial.room()).isEqualTo("3F Ballroom | 3楼宴会厅");
    }

    @Test
    void zonedTimesWithTheirVtimezoneAreReadAsInstantsLikePretalxWritesThem() {
        String pretalx = calendar(
                "BEGIN:VTIMEZONE", "TZID:Europe/Brussels", "BEGIN:STANDARD", "DTSTART:20231029T030000",
                "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
                "BEGIN:DAYLIGHT", "DTSTART:20240331T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
                "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT", "END:VTIMEZONE",
                event("https://pretalx.example.org/conf/talk/ABC123/", "DTSTART;TZID=Europe/Brussels:20240203T103000",
                        "DTEND;TZID=Europe/Brussels:20240203T110000", "LOCATION:UB5.132", "CATEGORIES:Rust,Security"));
        ExportReader.Reading reading = read(pretalx);
        assertThat(reading.problems()).isEmpty();
        OfficialSession session = reading.schedule().sessions().get(0);
        assertThat(session.start()).isEqualTo(Instant.parse("2024-02-03T09:30:00Z"));
        assertThat(session.end()).isEqualTo(Instant.parse("2024-02-03T10:00:00Z"));
        assertThat(session.room()).isEqualTo("UB5.132");
        assertThat(session.tracks()).containsExactly("Rust", "Security");
    }

    @Test
    void floatingTimesAreReadInTheExportsOwnZone() {
        ExportReader.Reading reading = read(calendar("X-WR-TIMEZONE:Asia/Tokyo",
                event("https://x.example/talk/1", "DTSTART:20250617T100000", "DTEND:20250617T103000")));
        assertThat(reading.schedule().sessions().get(0).start()).isEqualTo(Instant.parse("2025-06-17T01:00:00Z"));
    }

    @Test
    void eventsWithoutASessionPageOrATimeAreSkippedAndCounted() {
        ExportReader.Reading reading = read(calendar(
                event("https://x.example/talk/1", "DTSTART:20250617T100000Z", "DTEND:20250617T103000Z"),
                event("", "DTSTART:20250617T100000Z", "DTEND:20250617T103000Z"),
                event("https://x.example/talk/2", "DTSTART;VALUE=DATE:20250617", "DTEND;VALUE=DATE:20250618"),
                event("https://x.example/talk/1", "DTSTART:20250617T100000Z", "DTEND:20250617T103000Z")));
        assertThat(reading.schedule().sessions()).extracting(OfficialSession::url)
                .containsExactly("https://x.example/talk/1");
        assertThat(reading.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo("schedule-events-skipped");
            assertThat(problem.severity()).isEqualTo(Problem.Severity.NOTICE);
            assertThat(problem.message()).isEqualTo("skipped 1 events without a session page (URL), 1 without a"
                    + " usable start and end time (all-day, in an unknown zone, longer than a day or outside"
                    + " 1970–9998) and 1 repeated ones");
        });
    }

    @ParameterizedTest(name = "cut after {0}% of the bytes")
    @ValueSource(ints = {1, 10, 37, 50, 63, 90, 97, 99})
    void aTruncatedExportIsRefusedAsAWhole(int percent) {
        byte[] whole = schedFixture();
        byte[] cut = Arrays.copyOf(whole, whole.length * percent / 100);
        ExportReader.Reading reading = ExportReader.read("all.ics", cut);
        assertThat(reading.usable()).isFalse();
        assertThat(reading.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo("schedule-unusable");
            assertThat(problem.toString()).startsWith("all.ics: the official schedule ");
        });
    }

    /**
     * Issue 23 item 2: the first characters of a schedule source that is not a calendar ({@code /etc/passwd}, a
     * {@code .env}) were shown on the public page and /healthz. The problem says what kind it is; the operator's log
     * gets the characters.
     */
    @Test
    void aSourceThatIsNotACalendarIsNamedWithoutQuotingIt() {
        ExportReader.Reading reading = read("root:x:0:0:root:/root:/bin/bash\nSECRET_TOKEN=hunter2\n");
        assertThat(reading.problems()).singleElement().asString().isEqualTo("export.ics: the official schedule is not"
                + " an iCalendar file; it is not used");
        assertThat(reading.detail()).isEqualTo("it starts with \"root:x:0:0:root:/root:/bin/ba…\"");
    }

    /**
     * Issue 23 item 1: a VTIMEZONE whose rule repeats every second made ical4j's expansion take the whole heap on
     * every fetch. Zones are resolved by their IANA name; the export's own rules (here +14:00) are never read.
     */
    @Test
    void aVtimezoneWhoseRuleRepeatsEverySecondIsNeverExpanded() {
        String hostile = calendar("BEGIN:VTIMEZONE", "TZID:Europe/Brussels", "BEGIN:STANDARD",
                "DTSTART:19700101T000000", "TZOFFSETFROM:+0000", "TZOFFSETTO:+1400", "RRULE:FREQ=SECONDLY",
                "END:STANDARD", "END:VTIMEZONE",
                event("https://x.example/talk/1", "DTSTART;TZID=Europe/Brussels:20240203T103000",
                        "DTEND;TZID=Europe/Brussels:20240203T110000"));
        ExportReader.Reading reading = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> read(hostile));
        assertThat(reading.problems()).isEmpty();
        assertThat(reading.schedule().sessions().get(0).start()).isEqualTo(Instant.parse("2024-02-03T09:30:00Z"));
    }

    @Test
    void aTzidThatNamesNoIanaZoneLeavesItsEventWithoutATimeAndAPrefixedOneIsFound() {
        ExportReader.Reading reading = read(calendar(
                "BEGIN:VTIMEZONE", "TZID:Evil", "BEGIN:STANDARD", "DTSTART:19700101T000000", "TZOFFSETFROM:+0000",
                "TZOFFSETTO:+0100", "RRULE:FREQ=SECONDLY", "END:STANDARD", "END:VTIMEZONE",
                event("https://x.example/talk/1", "DTSTART;TZID=Evil:20240203T103000", "DTEND;TZID=Evil:20240203T110000"),
                event("https://x.example/talk/2", "DTSTART;TZID=/mozilla.org/20050126_1/Europe/Berlin:20240203T103000",
                        "DTEND;TZID=\"/mozilla.org/20050126_1/Europe/Berlin\":20240203T110000")));
        assertThat(reading.schedule().sessions()).singleElement().satisfies(session -> {
            assertThat(session.url()).isEqualTo("https://x.example/talk/2");
            assertThat(session.start()).isEqualTo(Instant.parse("2024-02-03T09:30:00Z"));
        });
        assertThat(reading.problems()).singleElement().asString().contains("1 without a usable start and end time");
    }

    /** Issue 23 items 1 and 9: an official DTEND 976 years later was published silently, and years past 9999. */
    @Test
    void officialTimesOutsideTheYearsACalendarCanSayOrLongerThanADayAreSkipped() {
        ExportReader.Reading reading = read(calendar(
                event("https://x.example/talk/1", "DTSTART:20250617T100000Z", "DTEND:30010617T103000Z"),
                event("https://x.example/talk/2", "DTSTART:99991231T100000Z", "DTEND:99991231T103000Z"),
                event("https://x.example/talk/3", "DTSTART:19691231T100000Z", "DTEND:19691231T103000Z"),
                event("https://x.example/talk/4", "DTSTART:20250617T100000Z", "DTEND:20250618T100001Z"),
                event("https://x.example/talk/5", "DTSTART:20250617T100000Z", "DTEND:20250618T100000Z")));
        assertThat(reading.schedule().sessions()).extracting(OfficialSession::url)
                .containsExactly("https://x.example/talk/5");
        assertThat(reading.problems()).singleElement().asString().contains("4 without a usable start and end time");
    }

    @Test
    void aReadThatRunsOutOfItsBudgetIsRefusedAsAWhole() {
        String one = event("https://x.example/talk/1", "DTSTART:20250617T100000Z", "DTEND:20250617T103000Z");
        byte[] export = calendar(java.util.Collections.nCopies(2_000, one).toArray(String[]::new))
                .getBytes(StandardCharsets.UTF_8);
        assertThat(ExportReader.read("all.ics", export, new ReadBudget(Duration.ZERO, Long.MAX_VALUE)).problems())
                .singleElement().asString().isEqualTo("all.ics: the official schedule took longer than 0 s to read;"
                        + " it is not used");
        assertThat(ExportReader.read("all.ics", export, new ReadBudget(Duration.ofMinutes(1), 0)).problems())
                .singleElement().asString().isEqualTo("all.ics: the official schedule needed more than 0 MB of"
                        + " memory to read; it is not used");
    }

    @Test
    void moreEventsThanConfcalReadsAreRefusedWhileParsing() {
        String one = event("https://x.example/talk/1", "DTSTART:20250617T100000Z", "DTEND:20250617T103000Z");
        String many = calendar(java.util.Collections.nCopies(ExportReader.MAX_EVENTS + 1, one).toArray(String[]::new));
        assertThat(read(many).problems()).singleElement().asString().isEqualTo("export.ics: the official schedule has"
                + " more than 50000 events, more than confcal reads; it is not used");
    }

    /** Components nested 200,000 deep overflowed the stack of ical4j's recursive parser: an Error, not a refusal. */
    @Test
    void componentsNestedWithoutEndAreRefusedNotAStackOverflow() {
        String nested = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n" + "BEGIN:VEVENT\r\n".repeat(200_000) + "END:VCALENDAR\r\n";
        assertThat(read(nested).problems()).singleElement().asString().isEqualTo("export.ics: the official schedule"
                + " has components nested more than 8 deep; it is not used");
    }

    @Test
    void anAlarmsPropertiesAreNotTakenForItsEvents() {
        ExportReader.Reading reading = read(calendar("BEGIN:VEVENT", "UID:1", "DTSTART:20250617T100000Z",
                "DTEND:20250617T103000Z", "SUMMARY:Talk", "URL:https://x.example/talk/1", "BEGIN:VALARM",
                "ACTION:DISPLAY", "SUMMARY:Alarm", "TRIGGER:-PT5M", "END:VALARM", "LOCATION:Room\\, 1", "END:VEVENT"));
        assertThat(reading.schedule().sessions()).singleElement().satisfies(session -> {
            assertThat(session.title()).isEqualTo("Talk");
            assertThat(session.room()).isEqualTo("Room, 1");
        });
    }

    @Test
    void bytesThatAreNotUtf8AreRefused() {
        byte[] latin1 = calendar(event("https://x.example/talk/1", "DTSTART:20250617T100000Z",
                "DTEND:20250617T103000Z", "LOCATION:Salle Café")).getBytes(StandardCharsets.ISO_8859_1);
        assertThat(ExportReader.read("e.ics", latin1).problems()).singleElement().asString()
                .contains("is not UTF-8 text");
    }

    @Test
    void anExportWithoutUsableEventsIsRefusedSoItCannotReplaceAGoodCopy() {
        assertThat(read(calendar("X-WR-CALNAME:Empty")).usable()).isFalse();
        assertThat(read(calendar(event("", "DTSTART:20250617T100000Z", "DTEND:20250617T103000Z"))).usable()).isFalse();
    }

    @Test
    void garbageInsideTheCalendarIsRefusedWithItsLine() {
        ExportReader.Reading reading = read("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\n\u0000\u0001garbage"
                + "\r\nEND:VCALENDAR\r\n");
        assertThat(reading.usable()).isFalse();
        assertThat(reading.problems()).singleElement().asString().isEqualTo("export.ics: the official schedule is"
                + " not valid iCalendar near line 5; it is not used"); // what the parser quotes is for the log only
        assertThat(reading.detail()).isNotBlank();
    }

    @Test
    void hostileValuesAreBoundedAndStrippedOfControlCharacters() {
        String longRoom = "Room " + "x".repeat(10_000);
        String tracks = String.join(",", IntStream.range(0, 100).mapToObj(i -> "t" + i).toList());
        ExportReader.Reading reading = read(calendar(event("https://x.example/talk/1", "DTSTART:20250617T100000Z",
                "DTEND:20250617T103000Z", "LOCATION:" + longRoom, "CATEGORIES:" + tracks,
                "X-IGNORED:\u0007")));
        OfficialSession session = reading.schedule().sessions().get(0);
        assertThat(session.room()).hasSize(ExportReader.MAX_ROOM).endsWith("…");
        assertThat(session.tracks()).hasSize(ExportReader.MAX_TRACKS);
        assertThat(ExportReader.bounded("a\u0000b\r\nc\u202Ed", 100)).isEqualTo("a b c\u202Ed");
        assertThat(ExportReader.bounded("😀".repeat(10), 3)).isEqualTo("😀😀…");
    }

    @Test
    void anEnormousExportIsRefusedBeforeItIsParsed() {
        byte[] huge = new byte[ExportReader.MAX_BYTES + 1];
        Arrays.fill(huge, (byte) 'A');
        assertThat(ExportReader.read("e.ics", huge).problems()).singleElement().asString()
                .contains("is larger than 32 MB");
    }
}
