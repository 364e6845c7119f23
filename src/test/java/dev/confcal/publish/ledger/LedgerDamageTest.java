package dev.confcal.publish.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.confcal.calendar.Edition;
import dev.confcal.testing.Fixtures;
import dev.confcal.schedule.Session;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 10 item 2: one bad value in the ledger made confcal start a new one and overwrite the old at once, every
 * SEQUENCE back to 0 and every cancellation forgotten. Now a damaged ledger is read entry by entry, what is
 * valid is kept, what is not is reported with its line and column, and the original is kept aside first.
 */
class LedgerDamageTest {

    private static final Instant T0 = Fixtures.T0;

    @TempDir
    Path dir;

    static Stream<Arguments> badValues() {
        return Stream.of(
                Arguments.of("a sequence beyond 32 bits", "\"sequence\": 2147483648", "sequence 2147483648 is not"),
                Arguments.of("a sequence in words", "\"sequence\": \"seven\"", "sequence \"seven\" is not"),
                Arguments.of("a negative sequence", "\"sequence\": -1", "sequence -1 is not"),
                Arguments.of("a fractional sequence", "\"sequence\": 1.5", "sequence 1.5 is not"),
                Arguments.of("a date that is not one", "\"lastModified\": \"yesterday\"", "lastModified \"yesterday\""),
                Arguments.of("a date far in the future", "\"lastModified\": \"+99999-01-01T00:00:00Z\"", "lastModified"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badValues")
    void oneBadValueCostsThatValueNotTheLedger(String what, String badField, String reported) throws Exception {
        Path file = dir.resolve("state.json");
        String original = LedgerFiles.ledger(LedgerFiles.entry("A@x.sched.com", badField),
                LedgerFiles.entry("B@x.sched.com", "\"sequence\": 9"),
                LedgerFiles.entry("C@x.sched.com", "\"sequence\": 3", "\"removedAt\": \"2026-10-30T00:00:00Z\""));
        Files.writeString(file, original);
        List<String> warnings = new ArrayList<>();
        try (Ledger ledger = Ledger.open(file, warnings::add)) {
            assertThat(warnings.get(0)).matches(java.util.regex.Pattern.quote(file.toString())
                    + ":\\d+:\\d+: entry \"A@x.sched.com\": .*").contains(reported);
            Path copy = corruptCopy();
            assertThat(copy).hasContent(original); // kept before anything is written
            assertThat(file).hasContent(original);
            assertThat(warnings).last().asString().contains("the original as " + copy);

            Edition edition = ledger.publish(Fixtures.schedule(Fixtures.session("A", "n"),
                    Fixtures.session("B", "n")), T0);
            assertThat(edition.revisions().get("B@x.sched.com").sequence()).isEqualTo(10); // 9, and changed
            assertThat(edition.revisions().get("A@x.sched.com").sequence()).isGreaterThanOrEqualTo(4);
            assertThat(edition.cancelled()).extracting(Session::id).containsExactly("C"); // still cancelled
            assertThat(edition.revisions().get("C@x.sched.com").sequence()).isEqualTo(3);
        }
    }

    @Test
    void aSequenceThatCannotBeReadContinuesAboveTheHighestInTheLedger() throws Exception {
        Path file = dir.resolve("state.json");
        Files.writeString(file, LedgerFiles.ledger(LedgerFiles.entry("A@x.sched.com", "\"sequence\": \"seven\""),
                LedgerFiles.entry("B@x.sched.com", "\"sequence\": 41")));
        try (Ledger ledger = Ledger.open(file, w -> { })) {
            Edition edition = ledger.publish(Fixtures.schedule(Fixtures.session("A", "n")), T0);
            assertThat(edition.revisions().get("A@x.sched.com").sequence()).isEqualTo(43); // 42, then the edit
        }
    }

    @Test
    void aCancelledSessionWithoutItsContentKeepsItsSequenceForWhenItComesBack() throws Exception {
        Path file = dir.resolve("state.json");
        Files.writeString(file, LedgerFiles.ledger(LedgerFiles.entry("A@x.sched.com", "\"sequence\": 6",
                "\"removedAt\": \"2026-10-30T00:00:00Z\"", "\"session\": null")));
        List<String> warnings = new ArrayList<>();
        try (Ledger ledger = Ledger.open(file, warnings::add)) {
            assertThat(warnings.get(0)).contains("entry \"A@x.sched.com\": no session content");
            assertThat(ledger.publish(Fixtures.schedule(), T0).cancelled()).isEmpty();
            Edition back = ledger.publish(Fixtures.schedule(Fixtures.session("A", "n")), T0.plusSeconds(5));
            assertThat(back.revisions().get("A@x.sched.com").sequence()).isEqualTo(7);
        }
    }

    @Test
    void aLedgerCutShortKeepsTheEntriesBeforeTheCut() throws Exception {
        Path file = dir.resolve("state.json");
        String whole = LedgerFiles.ledger(LedgerFiles.entry("A@x.sched.com", "\"sequence\": 5"),
                LedgerFiles.entry("B@x.sched.com", "\"sequence\": 8"));
        Files.writeString(file, whole.substring(0, whole.indexOf("\"B@x") + 30));
        List<String> warnings = new ArrayList<>();
        try (Ledger ledger = Ledger.open(file, warnings::add)) {
            assertThat(warnings.get(0)).matches(".*state.json:\\d+:\\d+: unreadable from here on .*; kept the 1"
                    + " entries read before it");
            Edition edition = ledger.publish(Fixtures.schedule(Fixtures.session("A", "n"),
                    Fixtures.session("B", "n")), T0);
            assertThat(edition.revisions().get("A@x.sched.com").sequence()).isEqualTo(6);
        }
        assertThat(corruptCopy()).hasContent(whole.substring(0, whole.indexOf("\"B@x") + 30));
    }

    @Test
    void aHealthyLedgerIsNotCopiedAside() throws Exception {
        Path file = dir.resolve("state.json");
        Files.writeString(file, LedgerFiles.ledger(LedgerFiles.entry("A@x.sched.com")));
        List<String> warnings = new ArrayList<>();
        Ledger.open(file, warnings::add).close();
        assertThat(warnings).isEmpty();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).noneMatch(f -> f.getFileName().toString().contains("corrupt"));
        }
    }

    @Test
    void aLedgerFromANewerConfcalIsRefusedAndLeftAlone() throws Exception {
        Path file = dir.resolve("state.json");
        Files.writeString(file, "{\"format\": 2, \"entries\": {}}");
        assertThatThrownBy(() -> Ledger.open(file, w -> { })).isInstanceOf(UnusableLedgerException.class)
                .hasMessageContaining("was written by a newer confcal (format 2)");
        assertThat(file).hasContent("{\"format\": 2, \"entries\": {}}");
    }

    /** Issue 10 item 13: a 500 MB ledger was read whole, and the server died of OutOfMemoryError. */
    @Test
    void aLedgerLargerThan256MiBIsRefusedBeforeItIsRead() throws Exception {
        Path file = dir.resolve("state.json");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(500L << 20);
        }
        assertThatThrownBy(() -> Ledger.open(file, w -> { })).isInstanceOf(UnusableLedgerException.class)
                .hasMessage("the ledger " + file + " is 500 MiB, more than the 256 MiB confcal reads; it was not read"
                        + " or changed. Move it away (confcal starts a new one) or give --state another file");
        assertThat(Files.size(file)).isEqualTo(500L << 20);
    }

    /** Issue 10 item 1: {@code --state my-notes.md} overwrote the notes with ledger JSON. */
    @Test
    void aFileThatIsNotALedgerIsNeverOverwritten() throws Exception {
        Path file = dir.resolve("my-notes.md");
        Files.writeString(file, "## 2023-09-27\n\n### 11:00\n\n[T - A, B](https://x.sched.com/event/A1)\n");
        assertThatThrownBy(() -> Ledger.open(file, w -> { })).isInstanceOf(UnusableLedgerException.class)
                .hasMessage(file + " exists and is not a confcal ledger; confcal will not overwrite it. Give --state"
                        + " a new file (or the ledger confcal wrote)");
        assertThat(Files.readString(file)).startsWith("## 2023-09-27");
    }

    @Test
    void anotherProgramsJsonIsNotALedgerEvenWithAFormatField() throws Exception {
        Path file = dir.resolve("package.json");
        String json = "{\"name\": \"site\", \"format\": \"prettier\", \"entries\": {}}";
        Files.writeString(file, json);
        assertThatThrownBy(() -> Ledger.open(file, w -> { })).isInstanceOf(UnusableLedgerException.class)
                .hasMessageContaining("exists and is not a confcal ledger");
        assertThat(file).hasContent(json);
    }

    @Test
    void aStatePathThatIsADeviceIsRefused() {
        assertThatThrownBy(() -> StatePaths.check(Path.of("/dev/null"), null))
                .isInstanceOf(UnusableLedgerException.class)
                .hasMessage("--state /dev/null is not a regular file (a device, FIFO or socket); give the path of a"
                        + " file");
    }

    @Test
    void anEmptyFileIsANewLedger() throws Exception {
        Path file = dir.resolve("state.json");
        Files.createFile(file);
        try (Ledger ledger = Ledger.open(file, w -> { })) {
            ledger.publish(Fixtures.schedule(Fixtures.session("A", "n")), T0.plus(Duration.ofDays(1)));
        }
        assertThat(Files.readString(file)).contains("\"A@x.sched.com\"");
    }

    private Path corruptCopy() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> copies = files.filter(f -> f.getFileName().toString().matches("state\\.json\\.corrupt-\\d{8}T\\d{6}Z"))
                    .toList();
            assertThat(copies).hasSize(1);
            return copies.get(0);
        }
    }
}
