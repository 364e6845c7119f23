package dev.confcal.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Looks at the notes file every poll period, on a thread of its own: reads it (through {@code read}) when its
 * size, time or identity changed, while an edit is held back, and every {@value #FULL_CHECK_EVERY} polls anyway
 * (an edit that keeps size and time); otherwise only notes that it looked ({@code looked}). Polling, not inotify:
 * it also sees atomic renames and the symlink swaps of a Kubernetes ConfigMap. It survives anything a look throws
 * (an OutOfMemoryError, a StackOverflowError, a bug) and can say when it is not doing its job: stopped, failing,
 * or not having finished a look for several periods (a read that hangs).
 */
final class NotesWatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(NotesWatcher.class);
    static final int FULL_CHECK_EVERY = 4;

    private final ScheduledExecutorService executor;
    private final Duration every;
    private final Duration late;
    private final Path file;
    private volatile long lastRun = System.nanoTime();
    private volatile Throwable failure;
    private Object lastSeen;
    private int polls;

    /**
     * @param holding whether an edit is held back (then the notes are read on every poll)
     * @param read    reads and considers the notes
     * @param looked  notes that the notes were looked at and had not changed
     */
    NotesWatcher(Path file, Duration every, BooleanSupplier holding, Runnable read, Runnable looked) {
        this.file = file;
        this.lastSeen = fingerprint(file);
        this.every = every;
        this.late = Duration.ofMillis(Math.max(4 * every.toMillis(), 2000));
        this.executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "notes-watcher");
            thread.setDaemon(true);
            return thread;
        });
        Runnable poll = () -> {
            Object seen = fingerprint(file);
            if (++polls % FULL_CHECK_EVERY == 0 || !Objects.equals(seen, lastSeen) || holding.getAsBoolean()) {
                lastSeen = seen;
                read.run();
            } else {
                looked.run();
            }
        };
        executor.scheduleWithFixedDelay(() -> run(file.toString(), poll), every.toMillis(), every.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** Size, modification time and identity of the notes file, or a marker when it is gone. */
    private static Object fingerprint(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return List.of(attributes.size(), attributes.lastModifiedTime().toMillis(),
                    String.valueOf(attributes.fileKey()));
        } catch (IOException e) {
            return "missing";
        }
    }

    private void run(String name, Runnable check) {
        try {
            check.run();
            if (failure != null) {
                LOG.info("checking {} works again", name);
            }
            failure = null;
        } catch (Throwable e) { // an Error thrown out of here would end the schedule, silently
            if (executor.isShutdown()) {
                return; // interrupted by close()
            }
            if (failure == null || !failure.getClass().equals(e.getClass())) {
                LOG.error("checking {} failed: {}", name, e.toString());
            }
            failure = e;
        } finally {
            lastRun = System.nanoTime();
        }
    }

    /** Why the watcher is not doing its job, or null when it is. */
    String trouble() {
        if (executor.isShutdown()) {
            return "the notes watcher has stopped";
        }
        long since = System.nanoTime() - lastRun;
        if (since > late.toNanos()) {
            return "the notes watcher has not finished a check for " + Duration.ofNanos(since).toSeconds()
                    + " s (it checks every " + every.toMillis() + " ms)";
        }
        Throwable failed = failure;
        return failed == null ? null : "checking the notes failed: " + failed;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
