package dev.confcal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.confcal.publish.ledger.Ledger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13: {@code check} took the year from the clock while {@code serve} published the year its ledger recorded,
 * so after New Year check showed every session a year later than the feed did. It now reads that year — without
 * writing the ledger or taking its lock.
 */
class CheckReadsTheLedgerTest {

    private static final String NO_YEAR = "## September 27\n\n### 10:00\n\n[T - A, B](https://x.sched.com/event/A1)\n";
    private static final Clock NEXT_JANUARY = Clock.fixed(Instant.parse("2027-01-03T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    @SuppressWarnings("try") // the ledger is held only to be locked; nothing calls it
    void checkAfterNewYearShowsTheYearTheLedgerRecordedAndLeavesTheLedgerAlone() throws Exception {
        Path notes = dir.resolve("notes.md");
        Files.writeString(notes, NO_YEAR);
        assertThat(CliRun.run("export", "--out", dir.resolve("o").toString(), notes.toString()).code()).isZero();
        Path ledger = dir.resolve(".confcal/notes.json");
        byte[] before = Files.readAllBytes(ledger);
        FileTime modified = Files.getLastModifiedTime(ledger);

        try (var held = Ledger.open(ledger, warning -> { })) {
            CliRun run = CliRun.run(Terminal.plain(), NEXT_JANUARY, "check", notes.toString());
            assertThat(run.err()).isEmpty();
            assertThat(run.out()).contains("\n2026-09-27 Sun\n").doesNotContain("2027-09-27");
            CliRun json = CliRun.run(Terminal.plain(), NEXT_JANUARY, "check", "--format", "json", notes.toString());
            assertThat(json.out()).contains("\"day\" : \"2026-09-27\"".replace(" : ", ": "));
        }
        assertThat(Files.readAllBytes(ledger)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(ledger)).isEqualTo(modified);
    }

    @Test
    void withoutALedgerCheckAssumesTheClocksYearAndWritesNothing() throws Exception {
        Path notes = dir.resolve("notes.md");
        Files.writeString(notes, NO_YEAR);
        CliRun run = CliRun.run(Terminal.plain(), NEXT_JANUARY, "check", notes.toString());
        assertThat(run.out()).contains("\n2027-09-27 Mon\n");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(notes);
        }
    }

    @Test
    void aStateThatIsNotALedgerIsSaidAndLeftAloneAndTheClockDecides() throws Exception {
        Path notes = dir.resolve("notes.md");
        Files.writeString(notes, NO_YEAR);
        Path other = dir.resolve("other.json");
        Files.writeString(other, "{\"name\": \"something else\"}");
        CliRun run = CliRun.run("check", "--state", other.toString(), notes.toString());
        assertThat(run.code()).as("a year from the clock is no evidence: a warning, exit 1").isEqualTo(1);
        assertThat(run.err()).isEqualTo("confcal: " + other + " exists and is not a confcal ledger; confcal will not"
                + " overwrite it. Give --state a new file (or the ledger confcal wrote); the year is assumed from the"
                + " clock where the notes name none\n");
        assertThat(other).hasContent("{\"name\": \"something else\"}");
    }
}
