package dev.confcal.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The notes watcher on its own: what it survives, and what it says about it. */
class NotesWatcherTest {

    @TempDir
    Path dir;

    /** An OutOfMemoryError whose very description needs memory there is not: logging it fails too. */
    private static final class Unsayable extends OutOfMemoryError {
        private static final long serialVersionUID = 1L;

        @Override
        public String toString() {
            throw new OutOfMemoryError("Java heap space (while saying what failed)");
        }
    }

    private NotesWatcher watch(Runnable read) throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.md"), "notes");
        return new NotesWatcher(notes, Duration.ofMillis(10), () -> true, read, () -> { }, failure -> { });
    }

    /**
     * Issue 23 item 1: with the heap exhausted, logging the failure of a check failed as well, the error escaped the
     * watcher's task and its schedule ended silently: the notes were never looked at again.
     */
    @Test
    void aFailureThatCannotEvenBeLoggedDoesNotStopTheWatcher() throws Exception {
        AtomicInteger reads = new AtomicInteger();
        try (NotesWatcher watcher = watch(() -> {
            if (reads.incrementAndGet() <= 3) {
                throw new Unsayable();
            }
        })) {
            waitFor(() -> reads.get() > 10);
            waitFor(() -> watcher.trouble() == null);
        }
    }

    /** Issue 23 item 1: should its schedule end anyway, the next look at its health starts it again. */
    @Test
    void aWatcherWhoseScheduleEndedIsStartedAgainWhenHealthIsAsked() throws Exception {
        AtomicInteger reads = new AtomicInteger();
        try (NotesWatcher watcher = watch(reads::incrementAndGet)) {
            waitFor(() -> reads.get() > 0);
            watcher.cancelSchedule();
            Thread.sleep(50);
            int before = reads.get();
            watcher.trouble();
            waitFor(() -> reads.get() > before + 3);
        }
    }

    /** Issue 23, smaller: while the heap kept running out, the log said "failed" and "works again" at every poll. */
    @Test
    void aHeapThatKeepsRunningOutIsLoggedOnceNotAtEveryPoll() throws Exception {
        AtomicInteger reads = new AtomicInteger();
        PrintStream original = System.err;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        try (NotesWatcher watcher = watch(() -> {
            if (reads.incrementAndGet() % 2 == 0 && reads.get() < 40) {
                throw new OutOfMemoryError("Java heap space (from the test)");
            }
        })) {
            waitFor(() -> reads.get() > 50);
            waitFor(() -> watcher.trouble() == null);
        } finally {
            System.setErr(original);
        }
        String said = log.toString(StandardCharsets.UTF_8);
        assertThat(said.split("failed: java.lang.OutOfMemoryError", -1)).hasSize(2);
        assertThat(said.split("works again", -1)).hasSize(2);
    }

    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 10 s").isLessThan(deadline);
            Thread.sleep(5);
        }
    }
}
