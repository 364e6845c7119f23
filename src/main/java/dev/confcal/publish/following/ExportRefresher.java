package dev.confcal.publish.following;

import dev.confcal.official.ExportFetcher;
import dev.confcal.official.ExportReader;
import dev.confcal.official.ExportSource;
import dev.confcal.official.OfficialSchedule;
import dev.confcal.publish.runtime.HeapAlarm;
import dev.confcal.schedule.Problem;
import dev.confcal.schedule.ProblemCode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows the conference's official schedule: starts from the last good copy on disk (if any), fetches the export
 * in the background — never delaying start-up or a request —, refreshes it every {@code refresh} (30 minutes by
 * default) with a conditional GET, and backs off after failures (1, 2, 4 … minutes, at most {@code refresh}). A
 * fetched export replaces the current one only when it reads as a whole and its bytes differ; an unreachable,
 * broken, empty, truncated or enormous export never does. Thread-safe.
 */
public final class ExportRefresher implements AutoCloseable {

    public static final Duration DEFAULT_REFRESH = Duration.ofMinutes(30);
    static final Duration FIRST_BACKOFF = Duration.ofMinutes(1);
    private static final Logger LOG = LoggerFactory.getLogger(ExportRefresher.class);

    /**
     * What /healthz, the page and {@code check} say about the official schedule.
     *
     * @param copyFetchedAt  when the copy in use was fetched, or null when there is none
     * @param lastAttemptAt  the last fetch, or null before the first
     * @param lastSuccessAt  the last fetch that confirmed or replaced the copy in use, or null
     * @param lastFailure    why the last attempt did not give a usable export, or null when it did
     * @param nextAttemptAt  when the next fetch is due, or null when the follower is not running
     */
    public record Status(String source, int sessions, Instant copyFetchedAt, Instant lastAttemptAt,
                         Instant lastSuccessAt, String lastFailure, int failures, Instant nextAttemptAt) {
    }

    private final ExportSource source;
    private final ExportFetcher fetcher;
    private final Path ledgerFile;
    private final Clock clock;
    private final Duration refresh;
    private final Consumer<OfficialSchedule> onChange;

    private OfficialCopy copy;
    private OfficialSchedule current;
    private Instant lastAttemptAt;
    private Instant lastSuccessAt;
    private String lastFailure;
    private List<Problem> problems = List.of();
    private int failures;
    private Instant nextAttemptAt;
    private ScheduledExecutorService timer;
    /** A one-shot command reports failures as problems of its own: the log would say them a second time. */
    private volatile boolean logging = true;
    /** Problems say what exactly went wrong (the export's first characters): only where the operator alone reads. */
    private volatile boolean detailed;

    /**
     * @param source     a {@link ExportSource.Remote} or {@link ExportSource.LocalFile} ({@code auto} is resolved
     *                   by the caller from the notes' links)
     * @param ledgerFile where the ledger lives (the copy is kept beside it), or null to keep nothing on disk
     * @param onChange   told each new official schedule, on the follower's thread
     */
    public ExportRefresher(ExportSource source, ExportFetcher fetcher, Path ledgerFile, Clock clock, Duration refresh,
                            Consumer<OfficialSchedule> onChange) {
        if (source instanceof ExportSource.Auto) {
            throw new IllegalArgumentException("resolve schedule: auto from the notes' links first");
        }
        this.source = Objects.requireNonNull(source, "source");
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
        this.ledgerFile = ledgerFile;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.refresh = Objects.requireNonNull(refresh, "refresh");
        this.onChange = Objects.requireNonNull(onChange, "onChange");
        if (ledgerFile != null) {
            OfficialCopy.load(ledgerFile, source.toString()).ifPresent(saved -> {
                ExportReader.Reading reading = ExportReader.read(source.publicName(), saved.bytes());
                if (reading.usable()) {
                    copy = saved;
                    current = reading.schedule();
                }
            });
        }
    }

    /** Problems that say what exactly went wrong: for {@code check} and {@code export}, never for a server. */
    public ExportRefresher forTheOperator() {
        detailed = true;
        return this;
    }

    /** No log lines: for {@code check} and {@code export}, which print what went wrong as problems. */
    public ExportRefresher withoutLog() {
        logging = false;
        return this;
    }

    /** The official schedule in use: the last good one fetched, or the copy from disk. */
    public synchronized Optional<OfficialSchedule> current() {
        return Optional.ofNullable(current);
    }

    /** What went wrong with the last attempt (empty when it went well). */
    public synchronized List<Problem> problems() {
        return problems;
    }

    /** Where the export comes from. */
    public ExportSource source() {
        return source;
    }

    /** Named as anyone may read it (see {@link ExportSource#publicName()}): for /healthz and the page. */
    public synchronized Status status() {
        return new Status(source.publicName(), current == null ? 0 : current.sessions().size(),
                copy == null ? null : copy.fetchedAt(), lastAttemptAt, lastSuccessAt, lastFailure, failures,
                nextAttemptAt);
    }

    /** Fetches now, on the caller's thread; returns whether the official schedule changed. */
    public boolean refreshNow() {
        Attempt attempt = fetch();
        OfficialSchedule changed;
        synchronized (this) {
            lastAttemptAt = clock.instant();
            changed = apply(attempt);
        }
        if (changed != null) {
            onChange.accept(changed);
        }
        return changed != null;
    }

    /** Fetches in the background: at once, then every refresh period (sooner, backing off, after a failure). */
    public synchronized void start() {
        if (timer != null) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "official-schedule");
            thread.setDaemon(true);
            return thread;
        });
        schedule(Duration.ZERO);
    }

    private synchronized void schedule(Duration delay) {
        if (timer == null) {
            return;
        }
        nextAttemptAt = clock.instant().plus(delay);
        timer.schedule(() -> {
            try {
                refreshNow();
            } catch (RuntimeException | Error e) { // the follower must outlive any one attempt
                HeapAlarm.jvm().seen(e);
                LOG.error("following the official schedule failed: {}", e.toString());
                synchronized (this) {
                    failures++;
                    lastFailure = "internal error: " + e.getClass().getSimpleName();
                }
            } finally {
                schedule(nextDelay());
            }
        }, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** After a success the refresh period; after n failures in a row 1, 2, 4 … minutes, at most the period. */
    synchronized Duration nextDelay() {
        if (failures == 0) {
            return refresh;
        }
        Duration backoff = FIRST_BACKOFF.multipliedBy(1L << Math.min(failures - 1, 20));
        return backoff.compareTo(refresh) < 0 ? backoff : refresh;
    }

    /**
     * One fetch's result, before it is applied.
     *
     * @param detail what exactly went wrong, for the operator's log only
     */
    private record Attempt(OfficialCopy copy, ExportReader.Reading reading, boolean notModified, String failure,
                           String detail) {
        Attempt(OfficialCopy copy, ExportReader.Reading reading, boolean notModified, String failure) {
            this(copy, reading, notModified, failure, reading == null ? null : reading.detail());
        }
    }

    private Attempt fetch() {
        if (source instanceof ExportSource.LocalFile file) {
            return readFile(file.path());
        }
        ExportFetcher.Validators validators;
        synchronized (this) {
            validators = copy == null ? ExportFetcher.Validators.NONE : copy.validators();
        }
        ExportFetcher.Outcome outcome = fetcher.fetch((ExportSource.Remote) source, validators);
        if (outcome instanceof ExportFetcher.NotModified) {
            if (validators.etag() == null && validators.lastModified() == null) { // nothing was asked to compare
                return new Attempt(null, null, false, "answered 304 Not Modified, but confcal has no copy yet", null);
            }
            return new Attempt(null, null, true, null);
        }
        if (outcome instanceof ExportFetcher.Failed failed) {
            return new Attempt(null, null, false, failed.reason(), failed.detail());
        }
        ExportFetcher.Fetched fetched = (ExportFetcher.Fetched) outcome;
        OfficialCopy fresh = new OfficialCopy(fetched.body(), fetched.validators(), source.toString(), clock.instant());
        return new Attempt(fresh, ExportReader.read(source.publicName(), fetched.body()), false, null);
    }

    /** The file, reached through links (a ConfigMap's are symlinks), read only when it is a regular file. */
    private Attempt readFile(Path given) {
        Path path = given;
        try {
            path = given.toRealPath();
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            if (!attributes.isRegularFile()) {
                return new Attempt(null, null, false, "is not a regular file");
            }
            if (attributes.size() > ExportReader.LARGEST) {
                return new Attempt(null, null, false, "is larger than " + (ExportReader.LARGEST >> 20) + " MB");
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(path, LinkOption.NOFOLLOW_LINKS)) { // swapped for a link: next time
                bytes = in.readNBytes(ExportReader.LARGEST + 1);
            }
            OfficialCopy fresh = new OfficialCopy(bytes, ExportFetcher.Validators.NONE, source.toString(),
                    clock.instant());
            return new Attempt(fresh, ExportReader.read(source.publicName(), bytes), false, null);
        } catch (IOException e) {
            return new Attempt(null, null, false, Files.exists(path) ? "cannot be read" : "does not exist",
                    e.toString());
        }
    }

    /** @return the new official schedule when it changed, else null */
    private OfficialSchedule apply(Attempt attempt) {
        if (attempt.notModified()) {
            lastSuccessAt = lastAttemptAt;
            failures = 0;
            lastFailure = null;
            problems = List.of();
            return null;
        }
        if (attempt.failure() != null || !attempt.reading().usable()) {
            failures++;
            if (attempt.failure() != null) {
                lastFailure = attempt.failure();
                problems = List.of(ProblemCode.SCHEDULE_UNREACHABLE.at(source.publicName(), 0, attempt.failure(),
                        current == null ? "the notes alone are served" : "still using the copy of " + copy.fetchedAt()));
            } else {
                lastFailure = attempt.reading().problems().get(0).message();
                problems = attempt.reading().problems();
            }
            if (detailed && attempt.detail() != null) {
                problems = problems.stream().map(p -> p.withSuffix(" (" + attempt.detail() + ")")).toList();
            }
            if (logging) { // the log names the source whole, and says what exactly
                LOG.warn("official schedule {}: {}{}", source, lastFailure,
                        attempt.detail() == null ? "" : " (" + attempt.detail() + ")");
            }
            return null;
        }
        lastSuccessAt = lastAttemptAt;
        failures = 0;
        lastFailure = null;
        problems = attempt.reading().problems();
        boolean same = copy != null && copy.sha256().equals(attempt.copy().sha256());
        copy = same ? new OfficialCopy(copy.bytes(), attempt.copy().validators(), copy.source(), copy.fetchedAt())
                : attempt.copy();
        save();
        if (same) {
            return null;
        }
        current = attempt.reading().schedule();
        if (logging) {
            LOG.info("official schedule {}: {} sessions", source, current.sessions().size());
        }
        return current;
    }

    private void save() {
        if (ledgerFile == null || source instanceof ExportSource.LocalFile) {
            return; // a file source is its own copy
        }
        try {
            copy.save(ledgerFile);
        } catch (IOException | RuntimeException e) {
            LOG.warn("cannot keep a copy of the official schedule beside {}: {}", ledgerFile, e.toString());
        }
    }

    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
            nextAttemptAt = null;
        }
    }
}
