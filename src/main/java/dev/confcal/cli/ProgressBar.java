package dev.confcal.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

/**
 * A progress bar on standard error for work that takes a while: drawn only when a person watches a terminal
 * ({@link Terminal#interactive()}), and only once the work has taken longer than {@code after} — a quick run, a
 * pipe, a file or a test's captured output never sees a single escape code. Redrawn in place ({@code \r}) ten
 * times a second on a thread of its own, and erased when the work is done, so what is printed after it starts on
 * a clean line.
 */
final class ProgressBar implements AutoCloseable {

    static final Duration AFTER = Duration.ofSeconds(1);
    private static final long FRAME_MILLIS = 100;

    private final PrintWriter err;
    private final int width;
    private final long started;
    private final long showFrom;
    private final ScheduledExecutorService timer;
    private volatile Phase phase = new Phase("", null, 0);
    private boolean drawn;

    private record Phase(String label, IntSupplier done, int total) {
    }

    private ProgressBar(PrintWriter err, int width, Duration after, boolean draw) {
        this.err = err;
        this.width = width;
        this.started = System.nanoTime();
        this.showFrom = started + after.toNanos();
        if (draw) {
            timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread thread = new Thread(r, "progress");
                thread.setDaemon(true);
                return thread;
            });
            timer.scheduleAtFixedRate(this::frame, FRAME_MILLIS, FRAME_MILLIS, TimeUnit.MILLISECONDS);
        } else {
            timer = null;
        }
    }

    /** A bar for the work starting now; one that never draws anything unless a person watches a terminal. */
    static ProgressBar start(Terminal terminal, PrintWriter err) {
        return start(terminal, err, AFTER);
    }

    static ProgressBar start(Terminal terminal, PrintWriter err, Duration after) {
        return new ProgressBar(err, terminal.width(), after, terminal.interactive());
    }

    /** Work whose size is unknown: only its name and the time it has taken are shown. */
    void phase(String label) {
        phase = new Phase(label, null, 0);
    }

    /** Work of {@code total} steps, of which {@code done} says how many are finished. */
    void phase(String label, IntSupplier done, int total) {
        phase = new Phase(label, done, total);
    }

    private synchronized void frame() {
        long now = System.nanoTime();
        if (now < showFrom) {
            return;
        }
        Phase current = phase;
        double fraction = current.done() == null || current.total() <= 0 ? -1
                : Math.min(1.0, current.done().getAsInt() / (double) current.total());
        err.print("\r" + line(current.label(), fraction, Duration.ofNanos(now - started), width)
                + "\u001b[K");
        err.flush();
        drawn = true;
    }

    /**
     * One frame: {@code [#########-----------]  45% writing files  2.3 s}, or without a bar when the size of the
     * work is unknown ({@code fraction} &lt; 0); never wider than {@code width} - 1, so the terminal never wraps it.
     */
    static String line(String label, double fraction, Duration elapsed, int width) {
        String time = String.format(Locale.ROOT, "%.1f s", elapsed.toMillis() / 1000.0);
        if (fraction < 0) {
            return TextColumns.fit(label + "…  " + time, width - 1);
        }
        int bar = Math.max(10, Math.min(30, width / 3));
        int filled = (int) Math.round(fraction * bar);
        String text = "[" + "#".repeat(filled) + "-".repeat(bar - filled) + "] "
                + String.format(Locale.ROOT, "%3d%%", Math.round(fraction * 100)) + "  " + label + "  " + time;
        return TextColumns.fit(text, width - 1);
    }

    /** Prints lines of its own (warnings) on standard error: the bar is erased first and redrawn after them. */
    synchronized void print(Runnable output) {
        erase();
        output.run();
        err.flush();
    }

    private void erase() {
        if (drawn) {
            err.print("\r\u001b[K");
            err.flush();
            drawn = false;
        }
    }

    /** Stops drawing and erases the bar, if it was drawn. */
    @Override
    public void close() {
        if (timer == null) {
            return;
        }
        timer.shutdownNow();
        try {
            timer.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            erase();
        }
    }
}
