package dev.confcal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.confcal.testing.RoundTrip;
import java.net.ServerSocket;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.nio.charset.StandardCharsets;
import dev.confcal.publish.NotesSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {

    private static final String NOTES = "## 2023-09-27\n\n### 10:00\n\n[T - A, B](https://x.sched.com/event/A1)\n";

    @TempDir
    Path dir;

    @Test
    void checkPrintsTheBundledScheduleAndExitsCleanly() {
        CliRun run = CliRun.run("check");
        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("Kubecon China 2023 — Asia/Shanghai (assumed), 34 sessions, 10 starred\n"
                        + "\n2023-09-27 Wed\n"
                        + "  TIME         ★ ID     TITLE                                     SPEAKERS\n"
                        + "  11:00–11:35    1PTJt  SIG集群生命周期：Kubespray的新功能        Kay Yan\n")
                .contains("\n2023-09-28 Thu\n")
                .contains("  14:45–15:20  ★ 1PTFR  如何在大型集群中加速 Pod 的启动？         Paco Xu, Byro…\n")
                .endsWith("\nNotices, what confcal assumed (2):\n"
                        + "kubecon-china-2023.md: notice: time zone Asia/Shanghai, the zone of the place the file's name"
                        + " names; set timezone: in the front matter to choose another\nkubecon-china-2023.md:"
                        + " notice: the notes link to kccncosschn2023.sched.com: add schedule: auto to the front matter"
                        + " to take rooms, exact times and tracks from its official schedule\n\nno problems (2 notices)\n");
    }

    @Test
    void checkExitsOneAndNamesTheLineWhenTheNotesHaveProblems() throws Exception {
        Path notes = dir.resolve("notes.md");
        Files.writeString(notes, "## 2023-09-27\n\n### 25:00\n\n[T - A, B](https://x.sched.com/event/A1)\n");
        CliRun run = CliRun.run("check", notes.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains("\nErrors (1):\n" + notes + ":3: error: time heading \"25:00\" is not a time")
                .endsWith("1 error, 1 warning\n"); // and the zone: no place, no zone in the notes
    }

    @Test
    void checkExitsOneAndNamesEachLineThatCannotBeRead() throws Exception {
        Path notes = dir.resolve("broken.md");
        Files.writeString(notes, """
                ---
                timezone: Asia/Tokyo
                ---
                ## Day 2

                ## 2024-03-20

                ### 10:00 CEST

                [Good - Ann Lee, Acme](https://x2024.sched.com/event/A1)

                ### 11:00

                [Broken [title - Bo Chen, Beta](https://x2024.sched.com/event/B2)

                [Link - Cy Diaz, Gamma](https://x2024.sched.com/events/)

                ### 26:00

                - [Lost - Di Eve, Delta](https://x2024.sched.com/event/D4)
                """);
        CliRun run = CliRun.run("check", notes.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains(
                notes + ":4: error: day heading \"Day 2\" has no date",
                notes + ":8: error: time \"10:00 CEST\" says CEST (UTC+02:00), but in the notes' time zone"
                        + " Asia/Tokyo it is UTC+09:00 on 2024-03-20",
                notes + ":14: error: the link to https://x2024.sched.com/event/B2 has an unbalanced \"[\"",
                notes + ":16: error: session link \"https://x2024.sched.com/events/\" is not a valid schedule URL",
                notes + ":18: error: time heading \"26:00\" is not a time")
                .endsWith("5 errors, 0 warnings (1 notice)\n");
    }

    @Test
    void checkExitsZeroWhenEverySessionReadsCleanlyAndShowsWhatItAssumed() throws Exception {
        Path notes = dir.resolve("styles.md");
        Files.writeString(notes, """
                ## Wednesday, September 27

                - 10:30 [Kubernetes at Scale - Ann Lee, Acme](https://kccncosschn2023.sched.com/event/A1) ⭐
                  - etcd compaction
                - [x] 11:00 [Service Mesh Today - Bo Chen, Beta](https://kccncosschn2023.sched.com/event/B2)

                ## Thursday, September 28

                ### 下午2:00

                <https://kccncosschn2023.sched.com/event/C3/ebpf-everywhere>
                """);
        CliRun run = CliRun.run("check", notes.toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).isEqualTo("""
                Styles — Asia/Shanghai (assumed), 3 sessions, 2 starred

                2023-09-27 Wed
                  TIME         ★ ID  TITLE                SPEAKERS
                  10:30–11:05  ★ A1  Kubernetes at Scale  Ann Lee
                  11:00–11:35  ★ B2  Service Mesh Today   Bo Chen

                2023-09-28 Thu
                  TIME         ★ ID  TITLE                SPEAKERS
                  14:00–14:35    C3  Ebpf everywhere

                Notices, what confcal assumed (3):
                NOTES: notice: no time zone named: assumed Asia/Shanghai (evidence: the schedule host \
                kccncosschn2023.sched.com); set timezone: in the front matter
                NOTES: notice: the notes link to kccncosschn2023.sched.com: add schedule: auto to the front \
                matter to take rooms, exact times and tracks from its official schedule
                NOTES:11: notice: session C3 has no title: "Ebpf everywhere" is taken from its link; write [Title - \
                Speaker, Company](…) to set one

                no problems (3 notices)
                """.replace("NOTES", notes.toString()));
    }

    @Test
    void aTimezoneOptionThatNoCalendarCanBeGivenIsUnusableInput() {
        CliRun run = CliRun.run("check", "--timezone", "+05:30");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("confcal: --timezone +05:30 has no iCalendar definition that calendars can"
                + " read; name the place instead, such as Asia/Kolkata. Try confcal check --help.\n");
    }

    @Test
    void aFixedOffsetTimezoneOptionIsWrittenAsItsEtcZoneAndSaidSo() throws Exception {
        CliRun run = CliRun.run("check", "--timezone", "UTC+8");
        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("Kubecon China 2023 — Etc/GMT-8, 34 sessions, 10 starred\n")
                .contains("kubecon-china-2023.md: notice: timezone \"UTC+08:00\" is written as Etc/GMT-8");
        Path out = dir.resolve("site");
        assertThat(CliRun.run("export", "--timezone", "UTC+8", "--out", out.toString()).code()).isZero();
        assertThat(RoundTrip.events(Files.readAllBytes(out.resolve("calendar.ics")))).hasSize(34)
                .first().extracting(RoundTrip.Event::start).isEqualTo(Instant.parse("2023-09-27T03:00:00Z"));
    }

    @Test
    void aMissingFileIsUnusableInputWithoutAStackTrace() {
        CliRun run = CliRun.run("check", dir.resolve("nope.md").toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("confcal: " + dir.resolve("nope.md") + ": no such file\n");
    }

    @Test
    void serveWithAMissingFileSaysSoAndExitsTwo() {
        CliRun run = CliRun.run("serve", "--port", "0", dir.resolve("gone.md").toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("confcal: " + dir.resolve("gone.md") + ": no such file\n");
    }

    @Test
    void notesThatAreNotUtf8AreUnusableInput() throws Exception {
        Path notes = dir.resolve("latin1.md");
        Files.write(notes, "## 2023-09-27\n\ncaf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        CliRun run = CliRun.run("export", "--out", dir.resolve("out").toString(), notes.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains(notes + ":3: not valid UTF-8");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void aBadOptionIsUnusableInput() {
        CliRun run = CliRun.run("export", "--timezone", "Mars/Olympus");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("confcal: --timezone Mars/Olympus is not an IANA time zone (such as"
                + " Asia/Shanghai). Try confcal export --help.\n");
    }

    @Test
    void exportWritesEveryFeedAsAFileThatParses() throws Exception {
        Path out = dir.resolve("site");
        CliRun run = CliRun.run("export", "--out", out.toString(), "--state", dir.resolve("state.json").toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("calendar.ics").contains("34 events").contains("starred.ics")
                .contains("10 events").contains("34 sessions (10 starred) from kubecon-china-2023.md");
        assertThat(RoundTrip.events(Files.readAllBytes(out.resolve("calendar.ics")))).hasSize(34);
        assertThat(RoundTrip.events(Files.readAllBytes(out.resolve("starred.ics")))).hasSize(10);
        assertThat(RoundTrip.events(Files.readAllBytes(out.resolve("sessions/1PTJt.ics"))))
                .singleElement().extracting(RoundTrip.Event::uid).isEqualTo("1PTJt@kccncosschn2023.sched.com");
        assertThat(Files.readString(out.resolve("sessions/1PTJt.ics"))).contains("\r\nMETHOD:PUBLISH\r\n")
                .doesNotContain("X-WR-CALNAME");
        assertThat(Files.readString(out.resolve("calendar.ics"))).contains("\r\nMETHOD:PUBLISH\r\n")
                .contains("X-WR-CALNAME");
        try (var sessions = Files.list(out.resolve("sessions"))) {
            assertThat(sessions).hasSize(34);
        }
        assertThat(dir.resolve("state.json")).exists();
    }

    @Test
    void exportIsStableAcrossRunsAndAnEditBumpsOnlyThatSession() throws Exception {
        Path notes = dir.resolve("conf.md");
        Files.writeString(notes, "## 2023-09-27\n\n### 10:00\n\n[T - A, B](https://x.sched.com/event/A1)\n\nold\n\n"
                + "[U - A, B](https://x.sched.com/event/B2)\n");
        CliRun.run("export", "--out", dir.resolve("o").toString(), notes.toString());
        byte[] first = Files.readAllBytes(dir.resolve("o/calendar.ics"));
        CliRun.run("export", "--out", dir.resolve("o").toString(), notes.toString());
        assertThat(Files.readAllBytes(dir.resolve("o/calendar.ics"))).isEqualTo(first);
        assertThat(dir.resolve(".confcal/conf.json")).exists();

        Files.writeString(notes, Files.readString(notes).replace("old", "new"));
        CliRun.run("export", "--out", dir.resolve("o").toString(), notes.toString());
        assertThat(RoundTrip.events(Files.readAllBytes(dir.resolve("o/calendar.ics"))))
                .extracting(RoundTrip.Event::uid, RoundTrip.Event::sequence)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("A1@x.sched.com", 1),
                        org.assertj.core.groups.Tuple.tuple("B2@x.sched.com", 0));
    }

    /** Issue 10 item 1: {@code serve --state notes.md notes.md} overwrote the notes with ledger JSON. */
    @Test
    void serveWithStateNamingTheNotesExitsTwoAndLeavesTheNotesAlone() throws Exception {
        Path notes = dir.resolve("notes.md");
        Files.writeString(notes, NOTES);
        CliRun run = CliRun.run("serve", "--port", "0", "--state", notes.toString(), notes.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("confcal: --state " + notes + " would write over the notes " + notes
                + "; the state must be a file of its own, such as " + dir.resolve(".confcal/notes.json") + "\n");
        assertThat(notes).hasContent(NOTES);
    }

    /** Issue 10 item 1: {@code serve --state my-notes.md} (an easy mix-up) overwrote those notes. */
    @Test
    void serveWithStateNamingAnotherFileThatIsNotALedgerExitsTwoAndLeavesItAlone() throws Exception {
        Path notes = dir.resolve("notes.md");
        Path other = dir.resolve("my-notes.md");
        Files.writeString(notes, NOTES);
        Files.writeString(other, "# my other notes\n");
        CliRun run = CliRun.run("serve", "--port", "0", "--state", other.toString(), notes.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("confcal: " + other + " exists and is not a confcal ledger; confcal will not"
                + " overwrite it. Give --state a new file (or the ledger confcal wrote)\n");
        assertThat(other).hasContent("# my other notes\n");
    }

    @Test
    void exportWithStateNamingTheNotesOrAFolderExitsTwo() throws Exception {
        Path notes = dir.resolve("notes.md");
        Files.writeString(notes, NOTES);
        assertThat(CliRun.run("export", "--out", dir.resolve("o").toString(), "--state", notes.toString(), notes.toString())
                .code()).isEqualTo(2);
        CliRun folder = CliRun.run("export", "--out", dir.resolve("o").toString(), "--state", dir.toString(), notes.toString());
        assertThat(folder.code()).isEqualTo(2);
        assertThat(folder.err()).startsWith("confcal: --state " + dir + " is a folder");
        assertThat(notes).hasContent(NOTES);
    }

    /** Issue 10 item 9: two writers of one ledger, and the last one won. */
    @Test
    @SuppressWarnings("try") // the ledger is held only to be locked; nothing calls it
    void exportWhileAServerHoldsTheLedgerExitsTwoNamingIt() throws Exception {
        Path notes = dir.resolve("notes.md");
        Files.writeString(notes, NOTES);
        try (var held = dev.confcal.publish.ledger.Ledger.open(dir.resolve(".confcal/notes.json"), w -> { })) {
            CliRun run = CliRun.run("export", "--out", dir.resolve("o").toString(), notes.toString());
            assertThat(run.code()).isEqualTo(2);
            assertThat(run.err()).contains("is in use by pid " + ProcessHandle.current().pid() + " on host ");
        }
        assertThat(CliRun.run("export", "--out", dir.resolve("o").toString(), notes.toString()).code()).isZero();
    }

    /** Issue 10 item 8: without a year in the notes, an export after New Year moved every session a year. */
    @Test
    void exportKeepsTheYearItFirstAssumed() throws Exception {
        Path notes = dir.resolve("notes.md");
        Files.writeString(notes, "## September 27\n\n### 10:00\n\n[T - A, B](https://x.sched.com/event/A1)\n");
        CliRun.run("export", "--out", dir.resolve("o").toString(), notes.toString());
        CliRun.run(Terminal.plain(), Clock.fixed(Instant.parse("2027-01-03T08:00:00Z"), ZoneOffset.UTC),
                "export", "--out", dir.resolve("o").toString(), notes.toString());
        assertThat(Files.readString(dir.resolve("o/calendar.ics"))).contains("DTSTART;TZID=Asia/Shanghai:20260927T100000");
    }

    /** Issue 23 item 8: export left a removed session's own file CONFIRMED, so calendars kept its event. */
    @Test
    void exportRewritesARemovedSessionsOwnFileAsCancelled() throws Exception {
        Path notes = dir.resolve("notes.md");
        String both = "## 2023-09-27\n\n### 10:00\n\n[T - A, B](https://x.sched.com/event/A1)\n\n"
                + "[U - C, D](https://x.sched.com/event/B2)\n";
        Files.writeString(notes, both);
        CliRun.run("export", "--out", dir.resolve("o").toString(), notes.toString());
        Files.writeString(notes, both.substring(0, both.indexOf("[U")));
        assertThat(CliRun.run("export", "--out", dir.resolve("o").toString(), notes.toString()).code()).isZero();
        assertThat(RoundTrip.events(Files.readAllBytes(dir.resolve("o/sessions/B2.ics"))))
                .extracting(RoundTrip.Event::status, RoundTrip.Event::sequence).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("CANCELLED", 1));
        assertThat(RoundTrip.events(Files.readAllBytes(dir.resolve("o/sessions/A1.ics"))))
                .extracting(RoundTrip.Event::status).containsExactly("CONFIRMED");
    }

    @Test
    void serveRefusesWaitingPeriodsOutOfRange() {
        CliRun run = CliRun.run("serve", "--port", "0", "--settle", "-1");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("confcal: --settle -1 is out of range: give 0 to 86400000 ms (a day). Try"
                + " confcal serve --help.\n");
    }

    @Test
    void aLedgerBesideNotesThatCannotBeWrittenIsKeptInMemoryButAnExplicitStateMustBeWritable() throws Exception {
        Path notes = dir.resolve("notes.md");
        Files.writeString(notes, NOTES);
        Files.createDirectories(dir.resolve(".confcal/notes.json.lock/x")); // the lock cannot be created
        CliRun beside = CliRun.run("export", "--out", dir.resolve("o").toString(), notes.toString());
        assertThat(beside.code()).isZero();
        assertThat(beside.err()).startsWith("warning: cannot write beside the ledger " + dir.resolve(
                ".confcal/notes.json")).contains("keeping the ledger in memory, so SEQUENCE starts again");
        assertThat(dir.resolve(".confcal/notes.json")).doesNotExist();
        CliRun explicit = CliRun.run("export", "--out", dir.resolve("o").toString(), "--state",
                dir.resolve(".confcal/notes.json").toString(), notes.toString());
        assertThat(explicit.code()).isEqualTo(2);
        assertThat(explicit.err()).startsWith("confcal: cannot write beside the ledger");
    }

    @Test
    void exportedFilesAreReadableByAWebServerAndTheLedgerIsNotAmongThem() throws Exception {
        Path out = dir.resolve("site");
        Path probe = Files.createFile(dir.resolve("probe")); // what the umask lets a new file have
        Set<PosixFilePermission> umaskFile = Files.getPosixFilePermissions(probe);
        assertThat(CliRun.run("export", "--out", out.toString()).code()).isZero();
        try (var files = Files.walk(out)) {
            for (Path path : files.toList()) {
                Set<PosixFilePermission> expected = EnumSet.noneOf(PosixFilePermission.class);
                expected.addAll(umaskFile);
                expected.retainAll(PosixFilePermissions.fromString("rw-r--r--"));
                if (Files.isDirectory(path)) { // a folder may be entered by whoever may read it
                    for (String who : List.of("OWNER", "GROUP", "OTHERS")) {
                        if (expected.contains(PosixFilePermission.valueOf(who + "_READ"))) {
                            expected.add(PosixFilePermission.valueOf(who + "_EXECUTE"));
                        }
                    }
                }
                assertThat(Files.getPosixFilePermissions(path)).as(path.toString()).isEqualTo(expected);
                assertThat(path.getFileName().toString()).as("no ledger in the published folder")
                        .doesNotContain("confcal-state");
            }
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve("calendar.ics"))))
                .as("with the usual umask 022").isIn("rw-r--r--", PosixFilePermissions.toString(umaskFile));
        assertThat(dir.resolve("site.confcal-state.json")).exists();
    }

    /**
     * Issue 23 item 5: an {@code --out} that is a symlink to the notes' folder (the web root, say) put the ledger,
     * its lock and the private last good notes inside the public export.
     */
    @Test
    void anOutputFolderReachedThroughASymlinkNeverGetsTheLedger() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.md"), NotesSource.bundled().read());
        Path out = Files.createSymbolicLink(dir.resolve("public"), dir);
        CliRun run = CliRun.run("export", "--out", out.toString(), notes.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("would be inside " + out);
        assertThat(dir.resolve("calendar.ics")).doesNotExist();
        assertThat(dir.resolve(".confcal/notes.json")).doesNotExist();
        Path state = Files.createSymbolicLink(dir.resolve("elsewhere.json"), dir.resolve("site/state.json"));
        CliRun into = CliRun.run("export", "--out", dir.resolve("site").toString(), "--state", state.toString(),
                notes.toString());
        assertThat(into.code()).as("a --state that links into the output folder").isEqualTo(2);
    }

    @Test
    void aLedgerInsideTheOutputFolderIsRefusedBeforeAnythingIsWritten() {
        Path out = dir.resolve("site");
        CliRun run = CliRun.run("export", "--out", out.toString(), "--state", out.resolve("state.json").toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("the ledger " + out.resolve("state.json") + " would be inside " + out);
        assertThat(out).doesNotExist();
    }

    @Test
    void aBaseUrlWithAQueryIsRefusedBeforeAnythingIsWritten() {
        Path out = dir.resolve("site");
        CliRun run = CliRun.run("export", "--out", out.toString(), "--base-url", "https://example.com?x=1");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("confcal: --base-url must be an http(s) URL such as https://cal.example.com or"
                + " https://example.com/kubecon; \"https://example.com?x=1\" has a query or fragment; give only scheme,"
                + " host and path\n");
        assertThat(out).doesNotExist();
        assertThat(CliRun.run("export", "--out", out.toString(), "--base-url", "HTTPS://Cal.Example.com/k/").code()).isZero();
    }

    @Test
    void serveOnATakenPortSaysSoAndExitsTwo() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            CliRun run = CliRun.run("serve", "--quiet", "--trust-proxy", "--port", String.valueOf(taken.getLocalPort()));
            assertThat(run.code()).isEqualTo(2);
            assertThat(run.err()).isEqualTo("confcal: cannot listen on port " + taken.getLocalPort()
                    + ": address already in use\n");
        }
    }

    @Test
    void serveRefusesABaseUrlWithCredentials() {
        CliRun run = CliRun.run("serve", "--port", "0", "--base-url", "https://user:pw@cal.example.com");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("holds user:password@");
    }

    @Test
    void versionAndHelp() {
        assertThat(CliRun.run("--version").out()).startsWith("confcal ");
        CliRun help = CliRun.run("--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("export").contains("check").contains("serve");
    }
}
