package dev.confcal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.confcal.publish.ledger.Ledger;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19: what confcal keeps lives in {@code .confcal/} in the notes' folder (or {@code --state-dir}), not beside the
 * notes where note-taking apps read it as notes; the former layout is taken over once, with nothing lost.
 */
class StateFolderTest {

    private static final String NOTES = "## 2023-09-27\n\n### 10:00\n\n[T - A, B](https://x.sched.com/event/A1)\n\n"
            + "### 11:00\n\n[U - C](https://x.sched.com/event/B2)\n";
    private static final String EDITED = NOTES.replace("[U - C]", "[U, renamed - C]");

    @TempDir
    Path dir;

    @Test
    void theNotesFolderHoldsOnlyTheNotesAndTheStateFolder() throws IOException {
        Path notes = write(NOTES);
        CliRun run = CliRun.run("export", "--out", dir.resolveSibling(dir.getFileName() + "-site").toString(),
                notes.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(names(dir)).containsExactlyInAnyOrder("notes.md", ".confcal");
        assertThat(names(dir.resolve(".confcal"))).contains("notes.json", "notes.json.last-good", ".gitignore")
                .noneMatch(name -> name.endsWith(".md"));
        assertThat(dir.resolve(".confcal/.gitignore")).content().contains("*.lock");
    }

    @Test
    void theFormerLayoutIsTakenOverOnceAndSequenceGoesOn() throws IOException {
        Path notes = write(NOTES);
        Path former = dir.resolve("notes.confcal-state.json");
        Path out = dir.resolveSibling(dir.getFileName() + "-site");
        exportInTheFormerLayout(notes, out.toString());
        assertThat(dir.resolve("notes.confcal-state.json.last-good")).exists(); // what an older version left
        Files.move(dir.resolve("notes.confcal-state.json.last-good"), dir.resolve("notes.confcal-state.json.last-good.md"));
        byte[] ledger = Files.readAllBytes(former);
        Files.writeString(dir.resolve("notes.confcal-state.schedule.ics"), "BEGIN:VCALENDAR\r\n"); // a fetched copy
        Files.writeString(dir.resolve("notes.confcal-state.json.corrupt-20261101T000000Z"), "{");
        write(EDITED);

        CliRun moved = CliRun.run("export", "--out", out.toString(), notes.toString());
        assertThat(moved.code()).as(moved.err()).isZero();
        assertThat(moved.err()).contains("confcal: moved the ledger and the").contains("into " + dir.resolve(".confcal"));
        assertThat(names(dir)).containsExactlyInAnyOrder("notes.md", ".confcal");
        assertThat(dir.resolve(".confcal/notes.json.last-good")).content().isEqualTo(EDITED);
        assertThat(dir.resolve(".confcal/notes.schedule.ics")).content().isEqualTo("BEGIN:VCALENDAR\r\n");
        assertThat(dir.resolve(".confcal/notes.json.corrupt-20261101T000000Z")).content().isEqualTo("{");
        assertThat(Files.readString(out.resolve("sessions/B2.ics"))).contains("SEQUENCE:1\r\n");
        assertThat(Files.readString(out.resolve("sessions/A1.ics"))).contains("SEQUENCE:0\r\n");
        assertThat(new String(ledger)).contains("\"B2@x.sched.com\""); // the same ledger, carried on

        CliRun again = CliRun.run("export", "--out", out.toString(), notes.toString());
        assertThat(again.err()).doesNotContain("moved");
        assertThat(Files.readString(out.resolve("sessions/B2.ics"))).contains("SEQUENCE:1\r\n");
    }

    /** A move cut short (a crash after the files beside the ledger moved, before the ledger did) finishes next run. */
    @Test
    void aMoveCutShortFinishesOnTheNextRun() throws IOException {
        Path notes = write(NOTES);
        Path former = dir.resolve("notes.confcal-state.json");
        Path out = dir.resolveSibling(dir.getFileName() + "-site3");
        exportInTheFormerLayout(notes, out.toString());
        Files.createDirectories(dir.resolve(".confcal"));
        Files.move(dir.resolve("notes.confcal-state.json.last-good"), dir.resolve(".confcal/notes.json.last-good"));
        Files.move(dir.resolve("notes.confcal-state.json.high-water.json"),
                dir.resolve(".confcal/notes.json.high-water.json"));
        write(EDITED);
        CliRun run = CliRun.run("export", "--out", out.toString(), notes.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(names(dir)).containsExactlyInAnyOrder("notes.md", ".confcal");
        assertThat(Files.readString(out.resolve("sessions/B2.ics"))).contains("SEQUENCE:1\r\n");
    }

    @Test
    @SuppressWarnings("try") // the ledger is held only to be locked; nothing calls it
    void aFormerLedgerAnotherConfcalHoldsIsNotMoved() throws Exception {
        Path notes = write(NOTES);
        Path former = dir.resolve("notes.confcal-state.json");
        exportInTheFormerLayout(notes, dir.resolveSibling("o1").toString());
        try (Ledger held = Ledger.open(former, warning -> { })) {
            CliRun run = CliRun.run("export", "--out", dir.resolveSibling("o1").toString(), notes.toString());
            assertThat(run.code()).isEqualTo(2);
            assertThat(run.err()).contains("is in use by pid " + ProcessHandle.current().pid());
        }
        assertThat(former).exists();
        assertThat(dir.resolve(".confcal/notes.json")).doesNotExist();
    }

    @Test
    void stateDirPutsTheStateWhereItSays() throws IOException {
        Path notes = write(NOTES);
        Path state = dir.resolveSibling(dir.getFileName() + "-state");
        CliRun run = CliRun.run("export", "--out", dir.resolveSibling(dir.getFileName() + "-site2").toString(),
                "--state-dir", state.toString(), notes.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(names(dir)).containsExactly("notes.md");
        assertThat(state.resolve("notes.json")).exists();
    }

    @Test
    void checkReadsTheFormerLedgerWithoutMovingIt() throws IOException {
        Path notes = write(NOTES);
        Path former = dir.resolve("notes.confcal-state.json");
        exportInTheFormerLayout(notes, dir.resolveSibling("o2").toString());
        CliRun check = CliRun.run("check", notes.toString());
        assertThat(check.code()).as(check.err()).isLessThan(2);
        assertThat(check.err()).isEmpty();
        assertThat(former).exists();
        assertThat(dir.resolve(".confcal")).doesNotExist();
    }

    /** An export with the ledger where versions before the state folder kept it: beside the notes. */
    private void exportInTheFormerLayout(Path notes, String out) {
        CliRun run = CliRun.run("export", "--out", out, "--state", dir.resolve("notes.confcal-state.json").toString(),
                notes.toString());
        assertThat(run.code()).as(run.err()).isZero();
    }

    private Path write(String text) throws IOException {
        Path notes = dir.resolve("notes.md");
        Files.writeString(notes, text);
        return notes;
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(path -> path.getFileName().toString()).toList();
        }
    }
}
