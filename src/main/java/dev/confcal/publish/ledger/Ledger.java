package dev.confcal.publish.ledger;

import dev.confcal.calendar.Edition;
import dev.confcal.schedule.Schedule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What confcal has published, per UID: a content hash, SEQUENCE, CREATED and LAST-MODIFIED, and the last content
 * of sessions removed from the notes (kept {@link #CANCELLED_FOR} as cancelled events, their SEQUENCE for good).
 * Kept in a JSON file ({@link LedgerFormat}) written atomically, one writer at a time ({@link LedgerLock}). A
 * publish that cannot be saved changes nothing ({@link LedgerWriteException}): what a client saw is always on disk,
 * so no SEQUENCE goes back after a restart, and DTSTAMPs only move forward, whatever the clock does.
 */
public final class Ledger implements AutoCloseable {

    public static final Duration CANCELLED_FOR = LedgerState.CANCELLED_FOR;
    /** The largest notes file confcal reads, and so the largest last good copy kept. */
    public static final long MAX_NOTES_BYTES = LastGoodNotes.MAX_BYTES;
    private static final DateTimeFormatter CORRUPT_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    /**
     * How the ledger is kept.
     *
     * @param path         the file, or null when it lives in memory only
     * @param problem      why what is published cannot be saved now (a failed write, a lost lock), or null
     * @param readProblems what was not valid in the file when it was opened (each with its line and column)
     */
    public record Status(Path path, String problem, List<String> readProblems) {
    }

    private final Path file;
    private final LedgerLock lock;
    private final LastGoodNotes lastGood;
    private final Consumer<String> warnings;
    private final List<String> readProblems;
    private volatile LedgerState state;
    private volatile String saveProblem;
    private volatile String lockProblem;
    private volatile String lastGoodProblem;

    private Ledger(Path file, LedgerLock lock, LedgerState state, Consumer<String> warnings, List<String> readProblems) {
        this.file = file;
        this.lock = lock;
        this.lastGood = file == null ? null : new LastGoodNotes(file);
        this.state = state;
        this.warnings = warnings;
        this.readProblems = List.copyOf(readProblems);
    }

    /** A ledger that lives only as long as the process (the bundled notes, tests). */
    public static Ledger inMemory() {
        return new Ledger(null, null, LedgerState.EMPTY, warning -> { }, List.of());
    }

    /**
     * Opens the ledger at {@code file} and takes its lock. A missing file starts an empty ledger. A damaged one is
     * read entry by entry (what is valid is kept, what is not is reported through {@code warnings} with its line),
     * and the original is kept as {@code FILE.corrupt-<time>} before anything is written.
     *
     * @throws UnusableLedgerException when the file is not a confcal ledger, is too large, or another process
     *                                 holds it: confcal must then not start over it
     */
    public static Ledger open(Path given, Consumer<String> warnings) throws UnusableLedgerException {
        Path file = real(given);
        LedgerLock lock = LedgerLock.acquire(file);
        try {
            if (RealPath.names(file) > 1) { // another process may write it under the other name, unlocked
                throw new UnusableLedgerException("the ledger " + file + " has another name (a hard link): confcal"
                        + " saves it by replacing the file, which would leave the other name behind with an old"
                        + " ledger; remove the other name, or give --state a copy");
            }
            removeLeftovers(file);
            LedgerReader.Result read;
            try {
                read = LedgerReader.read(file);
            } catch (NoSuchFileException e) {
                read = new LedgerReader.Result(LedgerState.EMPTY, List.of(), false);
            }
            List<String> problems = new ArrayList<>(read.problems());
            if (read.damaged()) {
                Path copy = file.resolveSibling(file.getFileName() + ".corrupt-" + CORRUPT_STAMP.format(Instant.now()));
                Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                problems.add("the ledger " + file + " was damaged: kept what was valid, and the original as " + copy);
            }
            HighWaterMark mark = mark(file, problems);
            LedgerState state = read.state().above(mark, read.damaged());
            boolean behind = mark != null && mark.version() > read.state().version();
            if (behind) {
                problems.add("the ledger " + file + " is older than what was published (version "
                        + read.state().version() + " of " + mark.version() + "): every SEQUENCE is put above "
                        + mark.sequence());
            }
            problems.forEach(warnings);
            Ledger ledger = new Ledger(file, lock, state, warnings, problems);
            if (behind) { // raised SEQUENCEs are served at once: saved first (a damaged one's floor, at its next change)
                ledger.saveRaised();
            }
            return ledger;
        } catch (IOException e) {
            lock.close();
            throw new UnusableLedgerException("cannot read the ledger " + file + " (" + LedgerLock.describe(e)
                    + "); it was not changed");
        } catch (UnusableLedgerException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** The ledger's real place: its lock, last good notes and official copy go beside it, not beside a link. */
    private static Path real(Path given) throws UnusableLedgerException {
        try {
            return RealPath.of(given);
        } catch (IOException e) {
            throw new UnusableLedgerException("cannot find where the ledger " + given + " is ("
                    + LedgerLock.describe(e) + ")");
        }
    }

    public Edition publish(Schedule schedule, Instant now) {
        return publish(schedule, null, now);
    }

    /**
     * Records the schedule as published {@code now}: new sessions start at SEQUENCE 0 (or continue a retired
     * one's), changed ones go up by one, removed ones become cancelled (SEQUENCE + 1). Saves the ledger when
     * anything changed.
     *
     * @param guessedYear the year the parse assumed, recorded the first time (see {@link #year()})
     * @throws LedgerWriteException when the change cannot be saved: then nothing changed, in memory either
     */
    public synchronized Edition publish(Schedule schedule, Integer guessedYear, Instant now) {
        LedgerState next = state.after(schedule, guessedYear, now);
        if (next != state) {
            if (next.entries().size() > LedgerState.MAX_ENTRIES) {
                throw new LedgerWriteException("the notes hold more than " + LedgerState.MAX_ENTRIES
                        + " sessions, more than a ledger keeps", null);
            }
            save(next);
            state = next;
        }
        return next.edition(schedule);
    }

    /** Whether nothing was ever published through this ledger. */
    public boolean isEmpty() {
        return state.isEmpty();
    }

    /** The latest DTSTAMP issued: when what is published last changed. Never goes back. */
    public Instant published() {
        return state.published();
    }

    /**
     * What was last published, as the ledger keeps it (every present session's last content), in the frame of
     * {@code shell} (title, zone, location, tracks): what a restarted server serves until the notes may replace it.
     */
    public Edition lastPublished(Schedule shell) {
        return state.lastPublished(shell);
    }

    /** The year a parse once assumed (from the clock), to pass back to every later parse; null when none was. */
    public Integer year() {
        return state.year();
    }

    /** The notes text last published without errors, kept beside the ledger; empty in memory or when none is. */
    public Optional<String> lastGoodNotes() {
        if (lastGood == null) {
            return Optional.empty();
        }
        try {
            return lastGood.read();
        } catch (IOException e) {
            warnings.accept("cannot read the last good notes " + lastGood.path() + " (" + LedgerLock.describe(e) + ")");
            return Optional.empty();
        }
    }

    /** Keeps {@code text} as the last good notes; a failure shows in {@link #status()} and is retried by {@link #check()}. */
    public synchronized void rememberGoodNotes(String text) {
        if (lastGood == null) {
            return;
        }
        try {
            lastGood.remember(text);
            lastGoodProblem = null;
        } catch (IOException | RuntimeException e) {
            lastGoodProblem = report(lastGoodProblem, "cannot write the last good notes " + lastGood.path() + " ("
                    + LedgerLock.describe(e) + ")");
        }
    }

    public Status status() {
        String problem = lockProblem != null ? lockProblem : saveProblem != null ? saveProblem : lastGoodProblem;
        return new Status(file, problem, readProblems);
    }

    /** Looks whether this process still holds the lock, and retries a save that failed. Cheap: call it per poll. */
    public synchronized void check() {
        if (file == null) {
            return;
        }
        String lost = lock.lost();
        lockProblem = lost == null ? null : report(lockProblem, lost + "; nothing more is written or published");
        if (lost != null) {
            return;
        }
        try {
            if (saveProblem != null) {
                save(state);
            }
            if (lastGood.retry()) {
                lastGoodProblem = null;
            }
        } catch (LedgerWriteException | IOException e) {
            // still failing: status() says why
        }
    }

    private void save(LedgerState next) {
        if (file == null) {
            return;
        }
        String lost = lock.lost();
        if (lost != null) {
            lockProblem = report(lockProblem, lost + "; nothing more is written or published");
            throw new LedgerWriteException(lost, null);
        }
        try {
            byte[] bytes = LedgerFormat.write(next);
            if (bytes.length > LedgerFormat.MAX_BYTES) {
                throw new IOException("it would be larger than " + (LedgerFormat.MAX_BYTES >> 20) + " MiB");
            }
            next.highWaterMark().write(file); // first: the mark is never below the ledger
            AtomicFile.write(file, bytes, true);
            if (saveProblem != null) {
                warnings.accept("the ledger " + file + " is written again");
            }
            saveProblem = null;
        } catch (IOException | RuntimeException e) {
            saveProblem = report(saveProblem, "cannot write the ledger " + file + " (" + LedgerLock.describe(e)
                    + "); nothing new is published until it can be");
            throw new LedgerWriteException(saveProblem, e);
        }
    }

    /** The high-water mark beside the ledger, or null when there is none that can be read (then said). */
    private static HighWaterMark mark(Path file, List<String> problems) {
        try {
            return HighWaterMark.read(file).orElse(null);
        } catch (IOException | RuntimeException e) {
            problems.add("cannot read the high-water mark beside " + file + " (" + LedgerLock.describe(e)
                    + "); a damaged ledger may publish a lower SEQUENCE than before");
            return null;
        }
    }

    /** The state put above the high-water mark is saved before anything is published from it; retried if not. */
    private synchronized void saveRaised() {
        try {
            save(state);
        } catch (LedgerWriteException e) {
            // status() says why, and check() retries
        }
    }

    /** Says a problem once, when it starts, not on every retry. */
    private String report(String before, String now) {
        if (before == null) {
            warnings.accept(now);
        }
        return now;
    }

    /** Temporary files of a save that a crash (kill -9) interrupted: the ledger itself is whole either way. */
    private static void removeLeftovers(Path file) {
        Path dir = file.toAbsolutePath().getParent();
        String prefix = "." + file.getFileName();
        try (var leftovers = Files.newDirectoryStream(dir, entry -> entry.getFileName().toString().startsWith(prefix)
                && entry.getFileName().toString().endsWith(".tmp"))) {
            for (Path leftover : leftovers) {
                Files.deleteIfExists(leftover);
            }
        } catch (IOException e) {
            // a folder we cannot list: nothing to clean, and save() will say what is wrong
        }
    }

    @Override
    public void close() {
        if (lock != null) {
            lock.close();
        }
    }
}
