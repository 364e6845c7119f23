package dev.confcal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.confcal.calendar.RoundTrip;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), CLOCK);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void checkPrintsTheBundledScheduleAndExitsCleanly() {
        Run run = run("check");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("Kubecon China 2023 — Asia/Shanghai, 34 sessions, 10 starred")
                .contains("2023-09-27 Wed").contains("2023-09-28 Thu")
                .contains("11:00–11:35   1PTJt  SIG Cluster Lifecycle: What's New in Kubespray — Kay Yan")
                .contains("14:45–15:20 ★ 1PTFR").endsWith("no problems\n");
    }

    @Test
    void checkExitsOneAndNamesTheLineWhenTheNotesHaveProblems() throws Exception {
        Path notes = dir.resolve("notes.md");
        Files.writeString(notes, "## 2023-09-27\n\n### 25:00\n\n[T - A, B](https://x.sched.com/event/A1)\n");
        Run run = run("check", notes.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains(notes + ":3: time heading \"25:00\" is not a time");
    }

    @Test
    void aMissingFileIsUnusableInputWithoutAStackTrace() {
        Run run = run("check", dir.resolve("nope.md").toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("confcal: " + dir.resolve("nope.md") + ": no such file\n");
    }

    @Test
    void serveWithAMissingFileSaysSoAndExitsTwo() {
        Run run = run("serve", "--port", "0", dir.resolve("gone.md").toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("confcal: " + dir.resolve("gone.md") + ": no such file\n");
    }

    @Test
    void notesThatAreNotUtf8AreUnusableInput() throws Exception {
        Path notes = dir.resolve("latin1.md");
        Files.write(notes, "## 2023-09-27\n\ncaf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        Run run = run("export", "--out", dir.resolve("out").toString(), notes.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains(notes + ":3: not valid UTF-8");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void aBadOptionIsUnusableInput() {
        Run run = run("export", "--timezone", "Mars/Olympus");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("\"Mars/Olympus\" is not an IANA time zone");
    }

    @Test
    void exportWritesEveryFeedAsAFileThatParses() throws Exception {
        Path out = dir.resolve("site");
        Run run = run("export", "--out", out.toString(), "--state", dir.resolve("state.json").toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("calendar.ics").contains("34 events").contains("starred.ics")
                .contains("10 events").contains("34 sessions (10 starred) from kubecon-china-2023.md");
        assertThat(RoundTrip.events(Files.readAllBytes(out.resolve("calendar.ics")))).hasSize(34);
        assertThat(RoundTrip.events(Files.readAllBytes(out.resolve("starred.ics")))).hasSize(10);
        assertThat(RoundTrip.events(Files.readAllBytes(out.resolve("sessions/1PTJt.ics"))))
                .singleElement().extracting(RoundTrip.Event::uid).isEqualTo("1PTJt@kccncosschn2023.sched.com");
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
        run("export", "--out", dir.resolve("o").toString(), notes.toString());
        byte[] first = Files.readAllBytes(dir.resolve("o/calendar.ics"));
        run("export", "--out", dir.resolve("o").toString(), notes.toString());
        assertThat(Files.readAllBytes(dir.resolve("o/calendar.ics"))).isEqualTo(first);
        assertThat(dir.resolve("conf.confcal-state.json")).exists();

        Files.writeString(notes, Files.readString(notes).replace("old", "new"));
        run("export", "--out", dir.resolve("o").toString(), notes.toString());
        assertThat(RoundTrip.events(Files.readAllBytes(dir.resolve("o/calendar.ics"))))
                .extracting(RoundTrip.Event::uid, RoundTrip.Event::sequence)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("A1@x.sched.com", 1),
                        org.assertj.core.groups.Tuple.tuple("B2@x.sched.com", 0));
    }

    @Test
    void exportedFilesAreReadableByAWebServerAndTheLedgerIsNotAmongThem() throws Exception {
        Path out = dir.resolve("site");
        Path probe = Files.createFile(dir.resolve("probe")); // what the umask lets a new file have
        Set<PosixFilePermission> umaskFile = Files.getPosixFilePermissions(probe);
        assertThat(run("export", "--out", out.toString()).code()).isZero();
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

    @Test
    void aLedgerInsideTheOutputFolderIsRefusedBeforeAnythingIsWritten() {
        Path out = dir.resolve("site");
        Run run = run("export", "--out", out.toString(), "--state", out.resolve("state.json").toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("the ledger " + out.resolve("state.json") + " would be inside " + out);
        assertThat(out).doesNotExist();
    }

    @Test
    void aBaseUrlWithAQueryIsRefusedBeforeAnythingIsWritten() {
        Path out = dir.resolve("site");
        Run run = run("export", "--out", out.toString(), "--base-url", "https://example.com?x=1");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("confcal: --base-url must be an http(s) URL such as https://cal.example.com or"
                + " https://example.com/kubecon; \"https://example.com?x=1\" has a query or fragment; give only scheme,"
                + " host and path\n");
        assertThat(out).doesNotExist();
        assertThat(run("export", "--out", out.toString(), "--base-url", "HTTPS://Cal.Example.com/k/").code()).isZero();
    }

    @Test
    void serveOnATakenPortSaysSoAndExitsTwo() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            Run run = run("serve", "--quiet", "--trust-proxy", "--port", String.valueOf(taken.getLocalPort()));
            assertThat(run.code()).isEqualTo(2);
            assertThat(run.err()).isEqualTo("confcal: cannot listen on port " + taken.getLocalPort()
                    + ": address already in use\n");
        }
    }

    @Test
    void serveRefusesABaseUrlWithCredentials() {
        Run run = run("serve", "--port", "0", "--base-url", "https://user:pw@cal.example.com");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("holds user:password@");
    }

    @Test
    void versionAndHelp() {
        assertThat(run("--version").out()).startsWith("confcal ");
        Run help = run("--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("export").contains("check").contains("serve");
    }
}
