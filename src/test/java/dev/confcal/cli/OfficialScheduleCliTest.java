package dev.confcal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.confcal.official.ExportReaderTest;
import dev.confcal.testing.ExportServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** check and export with the conference's official schedule: a file beside the notes, or a loopback URL. */
class OfficialScheduleCliTest {

    @TempDir
    Path dir;

    private Path seedWith(String frontMatter) throws Exception {
        Path notes = dir.resolve("kubecon-china-2023.md");
        String seed = new String(OfficialScheduleCliTest.class.getResourceAsStream("/seeds/kubecon-china-2023.md")
                .readAllBytes(), StandardCharsets.UTF_8);
        Files.writeString(notes, frontMatter + seed, StandardCharsets.UTF_8);
        return notes;
    }

    @Test
    void checkListsEveryDifferenceBetweenTheNotesAndAScheduleFileBesideThem() throws Exception {
        Files.write(dir.resolve("all.ics"), ExportReaderTest.schedFixture());
        CliRun run = CliRun.run("check", seedWith("---\nschedule: all.ics\n---\n").toString());
        assertThat(run.code()).as("a session the schedule lacks is a warning").isEqualTo(1);
        assertThat(run.out())
                .startsWith("KubeCon + CloudNativeCon + Open Source Summit China 2023 — Asia/Shanghai")
                .contains("\n  11:15–11:50    1PTJt  SIG集群生命周期：Kubespray…   Kay Yan         3M5A\n"
                        + "                 ↳ moved: the notes say 11:00\n")
                .contains(":8: notice: 1PTJt: notes say 11:00, the schedule says 11:15 (3M5A)")
                .contains(": warning: 1PTFF: not in the official schedule (a typo in the link? cancelled?)");
    }

    @Test
    void theOperatorsScheduleWinsAndAnUnreachableOneLeavesTheNotesAlone() throws Exception {
        Path notes = seedWith("");
        CliRun run = CliRun.run("check", "--schedule", "http://127.0.0.1:9/all.ics", notes.toString());
        assertThat(run.out()).contains("  11:00–11:35    1PTJt  ")
                .contains("warning: the official schedule could not be fetched: cannot connect")
                .contains("the notes alone are served");
    }

    /** Found while attacking the CLI: check printed the follower's own [WARN] log line besides its warning. */
    @Test
    void anUnreachableScheduleIsOneWarningInTheReportAndNoLogLine() throws Exception {
        CliRun.Logged logged = CliRun.logging("check", "--schedule", "missing.ics", seedWith("").toString());
        assertThat(logged.run().out()).contains("missing.ics: warning: the official schedule could not be fetched:"
                + " does not exist; the notes alone are served");
        assertThat(logged.log()).isEmpty();
    }

    @Test
    void exportWritesRoomsAndOfficialTracksFetchedFromAUrl() throws Exception {
        try (ExportServer server = new ExportServer(ExportReaderTest.schedFixture())) {
            Path notes = seedWith("---\nschedule: " + server.uri() + "\n---\n");
            Path out = dir.resolve("site");
            CliRun run = CliRun.run("export", "--out", out.toString(), notes.toString());
            assertThat(run.code()).isZero();
            String feed = Files.readString(out.resolve("calendar.ics"), StandardCharsets.UTF_8);
            assertThat(feed).contains("LOCATION:3M5A\r\n").contains("DTSTART;TZID=Asia/Shanghai:20230927T111500");
            assertThat(out.resolve("tracks/webassembly.ics")).exists();
            assertThat(server.requests()).isEqualTo(1);
        }
    }

    @Test
    void aScheduleSourceThatCannotBeOneIsAWarningAtItsLine() throws Exception {
        CliRun run = CliRun.run("check", seedWith("---\nschedule: ftp://example.org/all.ics\n---\n").toString());
        assertThat(run.out()).contains("kubecon-china-2023.md:2: warning: schedule \"ftp://example.org/all.ics\" must"
                + " be an http(s) URL with a host (or auto, or a file path); the notes alone are served");
    }
}
