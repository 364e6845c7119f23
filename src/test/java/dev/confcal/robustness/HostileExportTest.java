package dev.confcal.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.confcal.testing.ExportServer;
import dev.confcal.publish.NotesSource;
import dev.confcal.testing.ServerProcess;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 23 item 1: a hostile official schedule, served from the loopback address, read by real processes with a
 * small heap. A VTIMEZONE whose rule repeats every second took the whole heap on every fetch: {@code check} ran out
 * of memory, and the server's feeds answered 500 while /healthz said ok. Each export here is refused or read in
 * bounded time and memory, and never costs the notes anything. Run with {@code mvn -P load test}.
 */
@Tag("load")
class HostileExportTest {

    private static final String EVENT = "BEGIN:VEVENT\r\nUID:%1$s\r\nDTSTAMP:20230925T120000Z\r\n%2$s\r\n%3$s\r\n"
            + "SUMMARY:%4$s\r\nURL:https://kccncosschn2023.sched.com/event/%1$s/x\r\nEND:VEVENT\r\n";

    @TempDir
    Path dir;

    private static String calendar(String... parts) {
        return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//hostile//EN\r\n" + String.join("", parts)
                + "END:VCALENDAR\r\n";
    }

    private static String perSecond(String tzid) {
        return "BEGIN:VTIMEZONE\r\nTZID:" + tzid + "\r\nBEGIN:STANDARD\r\nDTSTART:19700101T000000\r\n"
                + "TZOFFSETFROM:+0000\r\nTZOFFSETTO:+0100\r\nRRULE:FREQ=SECONDLY\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n";
    }

    private static String event(String id, String start, String end, String title) {
        return EVENT.formatted(id, start, end, title);
    }

    static Stream<Arguments> exports() {
        return Stream.of(
                Arguments.of("a VTIMEZONE repeating every second, by its own name", calendar(perSecond("Evil"),
                        event("1PTJt", "DTSTART;TZID=Evil:20230927T111500", "DTEND;TZID=Evil:20230927T115000", "T"))),
                Arguments.of("a VTIMEZONE repeating every second, named as an IANA zone", calendar(
                        perSecond("Asia/Shanghai"), event("1PTJt", "DTSTART;TZID=Asia/Shanghai:20230927T111500",
                                "DTEND;TZID=Asia/Shanghai:20230927T115000", "T"))),
                Arguments.of("50,001 events", calendar(Collections.nCopies(50_001, event("1PTJt",
                        "DTSTART:20230927T031500Z", "DTEND:20230927T035000Z", "T")).toArray(String[]::new))),
                Arguments.of("components nested 200,000 deep", calendar("BEGIN:VEVENT\r\n".repeat(200_000))),
                Arguments.of("a 30 MB title", calendar(event("1PTJt", "DTSTART:20230927T031500Z",
                        "DTEND:20230927T035000Z", "x".repeat(30 << 20)))),
                Arguments.of("an end 976 years later", calendar(event("1PTJt", "DTSTART:20230927T031500Z",
                        "DTEND:29990927T035000Z", "T"))),
                Arguments.of("the year 10000", calendar(event("1PTJt", "DTSTART:100000927T031500Z",
                        "DTEND:100000927T035000Z", "T"))),
                Arguments.of("not a calendar", "root:x:0:0:root:/root:/bin/bash\nTOKEN=hunter2\n"));
    }

    private Path notes(ExportServer export) throws Exception {
        return Files.writeString(dir.resolve("notes.md"), "---\nschedule: " + export.uri() + "\n---\n"
                + NotesSource.bundled().read(), StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exports")
    void checkInA64MegabyteHeapReadsTheNotesWhateverTheExport(String name, String export) throws Exception {
        try (ExportServer server = new ExportServer(export.getBytes(StandardCharsets.UTF_8))) {
            Process check = new ProcessBuilder(ServerProcess.java(List.of("-Xmx64m"), List.of("check",
                    notes(server).toString()))).redirectErrorStream(true).start();
            byte[] output = check.getInputStream().readAllBytes();
            assertThat(check.waitFor(60, TimeUnit.SECONDS)).as("check ends within 60 s").isTrue();
            String said = new String(output, StandardCharsets.UTF_8);
            assertThat(check.exitValue()).as(said).isBetween(0, 1);
            assertThat(said).doesNotContain("OutOfMemoryError").doesNotContain("internal error")
                    .contains("34 sessions");
        }
    }

    @Test
    void aServerInA96MegabyteHeapFollowingTheExportThatTookTheHeapStaysHealthy() throws Exception {
        String hostile = calendar(perSecond("Asia/Shanghai"), event("1PTJt",
                "DTSTART;TZID=Asia/Shanghai:20230927T111500", "DTEND;TZID=Asia/Shanghai:20230927T115000", "T"));
        try (ExportServer export = new ExportServer(hostile.getBytes(StandardCharsets.UTF_8))) {
            ServerProcess server = ServerProcess.startWithJvm(List.of("-Xmx96m"), "--state",
                    dir.resolve("state.json").toString(), notes(export).toString());
            try {
                HttpClient client = HttpClient.newHttpClient();
                for (int i = 0; i < 20 && export.requests() == 0; i++) {
                    Thread.sleep(100);
                }
                Thread.sleep(2_000); // the fetch read and applied, or refused
                HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create("http://localhost:"
                        + server.port() + "/healthz")).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
                assertThat(health.body()).contains("\"sessions\":34");
                HttpResponse<String> feed = client.send(HttpRequest.newBuilder(URI.create("http://localhost:"
                        + server.port() + "/calendar.ics")).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(feed.statusCode()).isEqualTo(200);
                assertThat(feed.body()).contains("DTSTART;TZID=Asia/Shanghai:20230927T111500"); // by the IANA zone
            } finally {
                server.process().destroy();
                server.process().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }
}
