package dev.confcal.official;

import static org.assertj.core.api.Assertions.assertThat;

import dev.confcal.schedule.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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
                    + " start and end time and 1 repeated ones");
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

    @Test
    void anHtmlPageIsRefusedAndNamed() {
        ExportReader.Reading reading = read("<!DOCTYPE html><html><body>Sign in to Sched</body></html>");
        assertThat(reading.problems()).singleElement().asString().isEqualTo("export.ics: the official schedule is not"
                + " an iCalendar file (it starts with \"<!DOCTYPE html><html><body>Si…\"); it is not used");
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
        assertThat(reading.problems().get(0).message()).startsWith("the official schedule is not valid iCalendar near line");
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
