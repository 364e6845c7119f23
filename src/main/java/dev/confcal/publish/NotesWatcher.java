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
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Looks at the notes file every poll period, on a thread of its own: reads it (through {@code read}) when its
 * size, time or identity changed, while an edit is held back, and every {@value #FULL_CHECK_EVERY} polls anyway
 * (an edit that keeps size and time); otherwise only notes that it looked ({@code looked}). Polling, not inotify:
 * it also sees atomic renames and the symlink swaps of a Kubernetes ConfigMap. It survives anything a look throws
 * (an OutOfMemoryError, a StackOverflowError, a bug), even when saying so fails too (no memory left to log with),
 * re-arms itself should its schedule end anyway, and can say when it is not doing its job: stopped, failing, or not
 * having finished a look for several periods (a read that hangs). A failure is logged when it starts and its end
 * once the checks have worked for {@value #RECOVERED_AFTER} polls in a row, not at every poll of a heap that keeps
 * running out.
 */
final class NotesWatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(NotesWatcher.class);
    static final int FULL_CHECK_EVERY = 4;
    static final int RECOVERED_AFTER = 4;

    private final ScheduledExecutorService executor;
    private final Duration every;
    private final Duration late;
    private final String name;
    private final Runnable poll;
    private final Consumer<Throwable> failures;
    private volatile ScheduledFuture<?> task;
    private volatile long lastRun = System.nanoTime();
    private volatile Throwable failure;
    private int workedInARow;
    private Object lastSeen;
    private int polls;

    /**
     * @param holding  whether an edit is held back (then the notes are read on every poll)
     * @param read     reads and considers the notes
     * @param looked   notes that the notes were looked at and had not changed
     * @param failures told everything a look throws (the heap alarm listens)
     */
    NotesWatcher(Path file, Duration every, BooleanSupplier holding, Runnable read, Runnable looked,
                 Consumer<Throwable> failures) {
        this.lastSeen = fingerprint(file);
        this.every = every;
        this.late = Duration.ofMillis(Math.max(4 * every.toMillis(), 2000));
        this.name = file.toString(); // made once: a look must not need memory before it can catch its failure
        this.failures = failures;
        this.executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "notes-watcher");
            thread.setDaemon(true);
            return thread;
        });
        this.poll = () -> {
            Object seen = fingerprint(file);
            if (++polls % FULL_CHECK_EVERY == 0 || !Objects.equals(seen, lastSeen) || holding.getAsBoolean()) {
                lastSeen = seen;
                read.run();
            } else {
                looked.run();
            }
        };
        arm();
    }

    private synchronized void arm() {
        if (!executor.isShutdown() && (task == null || task.isDone())) {
            task = executor.scheduleWithFixedDelay(this::run, every.toMillis(), every.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
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

    /** Nothing escapes: a throwable out of here would end the schedule, silently. */
    private void run() {
        try {
            poll.run();
            worked();
        } catch (Throwable e) {
            try {
                failed(e);
            } catch (Throwable again) { // no memory even to say so: remember it, say it when there is
                failure = e;
                workedInARow = 0;
            }
        } finally {
            lastRun = System.nanoTime();
        }
    }

    private void worked() {
        if (failure != null && ++workedInARow >= RECOVERED_AFTER) {
            failure = null;
            LOG.info("checking {} works again", name);
        }
    }

    private void failed(Throwable e) {
        if (executor.isShutdown()) {
            return; // interrupted by close()
        }
        Throwable before = failure;
        failure = e;
        workedInARow = 0;
        failures.accept(e);
        if (before == null || !before.getClass().equals(e.getClass())) {
            LOG.error("checking {} failed: {}", name, e.toString());
        }
    }

    /** Why the watcher is not doing its job, or null when it is; re-arms it if its schedule has ended. */
    String trouble() {
        if (executor.isShutdown()) {
            return "the notes watcher has stopped";
        }
        ScheduledFuture<?> armed = task;
        if (armed != null && armed.isDone()) {
            LOG.warn("the notes watcher had stopped; started again");
            arm();
        }
        long since = System.nanoTime() - lastRun;
        if (since > late.toNanos()) {
            return "the notes watcher has not finished a check for " + Duration.ofNanos(since).toSeconds()
                    + " s (it checks every " + every.toMillis() + " ms)";
        }
        Throwable failed = failure;
        return failed == null ? null : "checking the notes failed: " + failed;
    }

    /** For tests: the schedule ends as a throwable escaping it would end it. */
    void cancelSchedule() {
        task.cancel(false);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
