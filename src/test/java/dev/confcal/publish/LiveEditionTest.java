package dev.confcal.publish;

import dev.confcal.testing.MovableClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.confcal.notes.NotesParser;
import dev.confcal.publish.ledger.Ledger;
import dev.confcal.publish.runtime.HeapAlarm;
import dev.confcal.schedule.Problem;
import dev.confcal.schedule.Session;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The live edition over a real notes file and ledger: restarts, the year, edits seen by content, the watcher. */
class LiveEditionTest {

    private static final String NOTES = """
            ## September 27

            ### 11:00

            [Containers - Ann Lee, Acme](https://conf.sched.com/event/A1)

            first notes

            [Meshes - Bo Li, Mesh Inc](https://conf.sched.com/event/B2)

            mesh notes
            """;
    private static final PublishPolicy WAITS = new PublishPolicy(Duration.ofSeconds(10), Duration.ofSeconds(60));

    @TempDir
    Path dir;
    final MovableClock clock = new MovableClock();
    LiveEdition live;

    private Path notes() {
        return dir.resolve("notes.md");
    }

    private LiveEdition start() throws Exception {
        return start(year -> NotesParser.builder().clock(clock).fallbackYear(year).build());
    }

    private LiveEdition start(java.util.function.Function<Integer, NotesParser> parsers) throws Exception {
        live = LiveEdition.load(NotesSource.of(notes()), parsers, Ledger.open(dir.resolve("state.json"), w -> { }),
                clock, WAITS);
        return live;
    }

    @AfterEach
    void close() {
        if (live != null) {
            live.close();
        }
    }

    private static String idsOf(LiveEdition live) {
        return String.join(",", live.edition().schedule().sessions().stream().map(Session::id).toList());
    }

    /** Issue 10 item 7: the last good version lived only in memory; a restart on a broken file published it. */
    @Test
    void aRestartOnABrokenFileServesTheLastGoodVersionAndSaysSo() throws Exception {
        Files.writeString(notes(), NOTES);
        start().close();
        Files.writeString(notes(), NOTES.replace("### 11:00", "### 25:00"));
        start();
        assertThat(idsOf(live)).isEqualTo("A1,B2");
        assertThat(live.edition().schedule().sessions().get(0).start().toLocalTime()).hasToString("11:00");
        assertThat(live.state().current()).isFalse();
        assertThat(live.state().problems().get(0)).hasToString(notes() + ": kept the last good version because the"
                + " notes have an error at line 3: time heading \"25:00\" is not a time (expected 11:00am,"
                + " 13:55, 下午1:55 or a range like 15:25 - 16:00)");
        assertThat(live.edition().cancelled()).isEmpty();
        assertThat(dir.resolve("state.json.last-good")).hasContent(NOTES);
    }

    @Test
    void aRestartOnAHalfWrittenFileCancelsNothing() throws Exception {
        // dated and placed: a year or zone assumed is a warning, and this test ends on an "ok" health
        String notes = "---\ntimezone: Asia/Shanghai\n---\n" + NOTES.replace("## September 27", "## 2026-09-27");
        Files.writeString(notes(), notes);
        start().close();
        Files.writeString(notes(), notes.substring(0, notes.indexOf("[Meshes") + 9));
        start();
        clock.advance(Duration.ofHours(1));
        live.reload();
        assertThat(idsOf(live)).isEqualTo("A1,B2");
        assertThat(live.edition().cancelled()).isEmpty();
        assertThat(live.health().pendingRemovals()).isEqualTo(1);
        Files.writeString(notes(), notes.replace("mesh notes", "mesh notes, finished"));
        live.reload();
        assertThat(live.health().status()).isEqualTo("ok");
        assertThat(live.edition().revisions().get("B2@conf.sched.com").sequence()).isEqualTo(1);
    }

    @Test
    void aRestartOnANotesFileThatIsNotUtf8ServesTheLastGoodVersion() throws Exception {
        Files.writeString(notes(), NOTES);
        start().close();
        Files.write(notes(), new byte[] {'#', ' ', (byte) 0xC3, (byte) 0x28, '\n'});
        start();
        assertThat(idsOf(live)).isEqualTo("A1,B2");
        assertThat(live.state().problems().get(0).toString()).contains("not valid UTF-8")
                .endsWith("; kept the last good version");
    }

    @Test
    void aRestartAfterAnEditWhileStoppedPublishesTheEdit() throws Exception {
        Files.writeString(notes(), NOTES);
        start().close();
        Files.writeString(notes(), NOTES.replace("first notes", "edited while stopped"));
        start();
        assertThat(live.state().current()).isTrue();
        assertThat(live.edition().schedule().sessions().get(0).notes()).isEqualTo("edited while stopped");
        assertThat(live.edition().revisions().get("A1@conf.sched.com").sequence()).isEqualTo(1);
    }

    /** Issue 10 item 8: without a year anywhere, an edit after New Year moved untouched sessions a year on. */
    @Test
    void anEditAfterNewYearKeepsTheYearFirstAssumed() throws Exception {
        Files.writeString(notes(), NOTES);
        start();
        assertThat(live.edition().schedule().sessions().get(0).day()).isEqualTo(LocalDate.of(2026, 9, 27));
        clock.set(Instant.parse("2027-01-02T09:00:00Z"));
        Files.writeString(notes(), NOTES.replace("first notes", "after new year"));
        live.reload();
        assertThat(live.edition().schedule().sessions()).extracting(Session::day)
                .containsOnly(LocalDate.of(2026, 9, 27));
        assertThat(live.edition().revisions().get("B2@conf.sched.com").sequence()).isZero();
        live.close();
        start(); // and after a restart
        assertThat(live.edition().schedule().sessions()).extracting(Session::day)
                .containsOnly(LocalDate.of(2026, 9, 27));
    }

    /** Issue 10 item 10: an edit that kept the size and the modification time was never picked up. */
    @Test
    void anEditThatKeepsSizeAndModificationTimeIsPickedUpByContent() throws Exception {
        Files.writeString(notes(), NOTES);
        start().watch(Duration.ofMillis(20));
        FileTime mtime = Files.getLastModifiedTime(notes());
        Files.writeString(notes(), NOTES.replace("first notes", "FIRST NOTES")); // same size, in place
        Files.setLastModifiedTime(notes(), mtime); // as touch -r does
        waitFor(() -> live.edition().schedule().sessions().get(0).notes().equals("FIRST NOTES"));
    }

    /** Issue 10 item 11: an Error in a reload killed the watcher silently, and /healthz kept saying ok. */
    @Test
    void anErrorInACheckNeitherStopsTheWatcherNorHidesFromHealth() throws Exception {
        Files.writeString(notes(), NOTES);
        AtomicBoolean failing = new AtomicBoolean();
        start(year -> {
            if (failing.get()) {
                throw new OutOfMemoryError("Java heap space (from the test)");
            }
            return NotesParser.builder().clock(clock).fallbackYear(year).build();
        }).watch(Duration.ofMillis(20));
        failing.set(true);
        Files.writeString(notes(), NOTES.replace("first notes", "second notes"));
        waitFor(() -> !live.health().ok());
        assertThat(live.health().reasons()).containsExactly("checking the notes failed: java.lang.OutOfMemoryError:"
                + " Java heap space (from the test)", "the heap ran out of memory 0 s ago (OutOfMemoryError); requests"
                + " and checks may fail until it has enough");
        Instant checked = live.state().checkedAt();
        clock.advance(Duration.ofSeconds(1));
        waitFor(() -> live.state().checkedAt().isAfter(checked)); // still polling
        failing.set(false);
        waitFor(() -> live.edition().schedule().sessions().get(0).notes().equals("second notes"));
        waitFor(() -> live.health().reasons().size() == 1); // the checks work again; the heap ran out lately
        clock.advance(HeapAlarm.REMEMBERED);
        waitFor(() -> live.health().ok());
    }

    /**
     * Issue 23 item 1: with the heap exhausted by another thread (the official schedule's), /healthz said ok while
     * feeds answered 500. An OutOfMemoryError anywhere fails health until the heap has been fine for a while.
     */
    @Test
    void anOutOfMemoryErrorAnywhereFailsHealthUntilTheHeapHasBeenFineForAWhile() throws Exception {
        Files.writeString(notes(), NOTES);
        start().watch(Duration.ofMillis(20));
        assertThat(live.health().ok()).isTrue();
        live.heapAlarm().seen(new IllegalStateException("rendering failed", new OutOfMemoryError("Java heap space")));
        assertThat(live.health().ok()).isFalse();
        assertThat(live.health().status()).isEqualTo("failing");
        clock.advance(Duration.ofSeconds(90));
        assertThat(live.health().reasons()).containsExactly("the heap ran out of memory 90 s ago (OutOfMemoryError);"
                + " requests and checks may fail until it has enough");
        clock.advance(Duration.ofSeconds(30));
        assertThat(live.health().ok()).isTrue();
        live.heapAlarm().seen(new StackOverflowError());
        assertThat(live.health().ok()).isTrue();
    }

    /**
     * Issue 23 item 4: a parse stuck in flexmark (a megabyte of {@code [a](}, twenty minutes) held the watcher, so a
     * fixed file was not published until it ended. A parse past its deadline is given up, that version refused,
     * and the next one read at once.
     */
    @Test
    void aStuckParseDoesNotHoldBackTheNextVersion() throws Exception {
        Files.writeString(notes(), NOTES);
        java.util.concurrent.CountDownLatch released = new java.util.concurrent.CountDownLatch(1);
        AtomicBoolean stuck = new AtomicBoolean();
        start(year -> {
            if (stuck.getAndSet(false)) {
                try {
                    released.await(); // as long as the test runs
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return NotesParser.builder().clock(clock).fallbackYear(year).build();
        });
        try {
            live.parseDeadline(new ParseDeadline(Duration.ofMillis(300)));
            stuck.set(true);
            Files.writeString(notes(), NOTES.replace("first notes", "the stuck version"));
            assertTimeoutPreemptively(Duration.ofSeconds(5), () -> live.reload());
            assertThat(live.state().current()).isFalse();
            assertThat(live.state().problems()).extracting(Problem::code).containsExactly("edit-refused",
                    "notes-too-slow");
            assertThat(live.state().problems().get(0).message()).isEqualTo("kept the last good version because"
                    + " reading the notes took longer than 0.3 s, so they were not read; what makes them slow to read is"
                    + " not known to confcal: please report it");
            Files.writeString(notes(), NOTES.replace("first notes", "the fixed version"));
            assertTimeoutPreemptively(Duration.ofSeconds(5), () -> live.reload());
            assertThat(live.edition().schedule().sessions().get(0).notes()).isEqualTo("the fixed version");
        } finally {
            released.countDown();
        }
    }

    /**
     * Issue 23 item 7: waits were measured on the wall clock. A save that removed 10 of 20 sessions, then the clock
     * stepped an hour forward, was published as cancellations after 3 s instead of the confirm period.
     */
    @Test
    void aClockStepDoesNotShortenTheWaitBeforeARemovalIsPublished() throws Exception {
        Files.writeString(notes(), NOTES);
        start();
        Files.writeString(notes(), NOTES.substring(0, NOTES.indexOf("[Meshes")));
        live.reload();
        assertThat(live.health().pendingRemovals()).isEqualTo(1);
        clock.advance(Duration.ofSeconds(3));
        clock.step(Duration.ofHours(1));
        live.reload();
        assertThat(idsOf(live)).isEqualTo("A1,B2");
        assertThat(live.state().problems().get(0).message()).startsWith("pending removal of 1 session (B2)");
        clock.advance(WAITS.settle());
        live.reload();
        assertThat(idsOf(live)).isEqualTo("A1");
    }

    /** Issue 10 item 12: a FIFO at the notes path blocked the watcher forever, and then shutdown. */
    @Test
    void aFifoAtTheNotesPathNeitherBlocksTheWatcherNorShutdown() throws Exception {
        Files.writeString(notes(), NOTES);
        start().watch(Duration.ofMillis(20));
        Files.delete(notes());
        assumeTrue(new ProcessBuilder("mkfifo", notes().toString()).start().waitFor() == 0, "mkfifo is available");
        waitFor(() -> live.state().problems().toString().contains("regular file"));
        assertThat(live.state().problems()).extracting(Problem::toString).containsExactly(notes() + ": is not a"
                + " regular file (a FIFO, socket or device); confcal reads only regular files; kept the last good"
                + " version");
        Instant checked = live.state().checkedAt();
        clock.advance(Duration.ofSeconds(1));
        waitFor(() -> live.state().checkedAt().isAfter(checked));
        assertThat(live.health().ok()).isTrue();
        assertTimeoutPreemptively(Duration.ofSeconds(2), live::close);
        assertThat(idsOf(live)).isEqualTo("A1,B2");
    }

    @Test
    void theFirstStartWithErrorsPublishesWhatCanBeReadAndShowsTheProblems() throws Exception {
        Files.writeString(notes(), NOTES.replace("### 11:00\n\n[Containers", "### 25:00\n\n[Containers"));
        start();
        assertThat(live.state().current()).isTrue();
        assertThat(live.state().problems()).extracting(Problem::code).contains("unreadable-time");
        assertThat(dir.resolve("state.json.last-good.md")).doesNotExist();
    }

    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 10 s");
            }
            Thread.sleep(10);
        }
    }
}
