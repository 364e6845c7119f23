package dev.confcal.publish;

import dev.confcal.notes.NotesParser;
import dev.confcal.notes.ParseResult;
import dev.confcal.schedule.Problem;
import dev.confcal.schedule.ProblemCode;
import dev.confcal.schedule.Schedule;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * A parse of the notes that is given up after a while: {@link #base} plus {@link #PER_MEGABYTE} of the text's size
 * (100,000 sessions, 50 MB, parse in about a minute). The notes reader bounds what it knows to be slow, but a parse
 * that is stuck anyway must not hold back the next version of the notes, nor hang {@code check}: past its deadline
 * it is left to finish on its own thread, and the version is refused with an error.
 */
public final class ParseDeadline {

    public static final ParseDeadline DEFAULT = new ParseDeadline(Duration.ofSeconds(10));
    static final Duration PER_MEGABYTE = Duration.ofSeconds(2);
    private static final Duration POLL = Duration.ofMillis(50);
    private static final int STARVED = 5;

    /**
     * Asked for at the first look at a parse under way, not when this class is first used: the platform's
     * management beans take a few hundred classes to set up, which then happens beside the parse, on the waiting
     * thread, instead of before it starts.
     */
    private static final class Threads {

        static final java.lang.management.ThreadMXBean THREADS =
                java.lang.management.ManagementFactory.getThreadMXBean();

        private Threads() {
        }
    }

    private final Duration base;

    public ParseDeadline(Duration base) {
        this.base = base;
    }

    /** How long a parse of {@code text} may take. */
    Duration of(String text) {
        return base.plus(PER_MEGABYTE.multipliedBy(text.length()).dividedBy(1 << 20));
    }

    /**
     * @param parser asked for on the parse's own thread: a parser built with the year the ledger recorded
     * @return the parse, or notes without sessions and an error when it took too long
     */
    public ParseResult parse(String source, String text, Supplier<NotesParser> parser) {
        Duration limit = of(text);
        CompletableFuture<ParseResult> parse = new CompletableFuture<>();
        Thread thread = NotesParser.roomyThread(() -> {
            try {
                parse.complete(parser.get().parse(source, text));
            } catch (Throwable e) {
                parse.completeExceptionally(e);
            }
        }, "notes-parse");
        thread.setDaemon(true);
        thread.start();
        long started = System.nanoTime();
        try {
            while (true) {
                try {
                    return parse.get(POLL.toMillis(), TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    if (spent(thread, started).compareTo(limit) > 0) {
                        return tooSlow(source, limit);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while parsing " + source, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * How much of the limit a parse has used: the CPU time of its thread, so that a machine busy with other work
     * (a build, three other checks on two cores) does not get small notes refused as too slow — a slow parse
     * spends CPU, a starved one does not. Real time counts too, at {@link #STARVED} times the limit, for a parse
     * that waits on something, and where the platform cannot tell a thread's CPU time.
     */
    private static Duration spent(Thread thread, long started) {
        Duration real = Duration.ofNanos(System.nanoTime() - started);
        java.lang.management.ThreadMXBean threads = Threads.THREADS;
        long cpu = threads.isThreadCpuTimeSupported() ? threads.getThreadCpuTime(thread.getId()) : -1;
        return cpu < 0 ? real : Duration.ofNanos(Math.max(cpu, real.toNanos() / STARVED));
    }

    /** The error of a parse that was given up: such notes were not read, and are never published. */
    public static java.util.Optional<Problem> gaveUp(ParseResult result) {
        return result.all().stream().filter(problem -> problem.kind() == ProblemCode.NOTES_TOO_SLOW).findFirst();
    }

    private static String seconds(Duration duration) {
        return String.format(java.util.Locale.ROOT, duration.toMillis() < 10_000 ? "%.1f s" : "%.0f s",
                duration.toMillis() / 1000.0);
    }

    private static ParseResult tooSlow(String source, Duration limit) {
        Schedule nothing = new Schedule(source, source, NotesParser.DEFAULT_ZONE, null, Map.of(), List.of());
        return new ParseResult(nothing, List.of(ProblemCode.NOTES_TOO_SLOW.at(source, 0, seconds(limit))), null);
    }
}
