package dev.confcal.publish;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a check of the notes every poll period on a thread of its own, survives anything a check throws (an
 * OutOfMemoryError, a StackOverflowError, a bug) and can say when it is not doing its job: stopped, failing,
 * or not having finished a check for several periods (a read that hangs).
 */
final class NotesWatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(NotesWatcher.class);

    private final ScheduledExecutorService executor;
    private final Duration every;
    private final Duration late;
    private volatile long lastRun = System.nanoTime();
    private volatile Throwable failure;

    NotesWatcher(String name, Duration every, Runnable check) {
        this.every = every;
        this.late = Duration.ofMillis(Math.max(4 * every.toMillis(), 2000));
        this.executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "notes-watcher");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(() -> run(name, check), every.toMillis(), every.toMillis(),
                TimeUnit.MILLISECONDS);
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
