package dev.confcal.publish;

import dev.confcal.calendar.Edition;
import dev.confcal.publish.Ledger;
import dev.confcal.notes.NotesParser;
import dev.confcal.publish.NotesSource;
import dev.confcal.notes.ParseResult;
import dev.confcal.publish.UnreadableNotesException;
import dev.confcal.schedule.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The schedule the server serves, kept in step with the notes file. An edit that breaks the notes (unreadable,
 * or parsed with problems while losing sessions, as a half-finished save does) never replaces the last good
 * edition: the server keeps serving it and reports the problems.
 */
public final class LiveEdition implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LiveEdition.class);

    /**
     * What is served now, and what the last look at the notes found.
     *
     * @param problems the problems of the last load attempt (the served edition may be older)
     * @param current    false when the last attempt was refused and an older edition is served
     * @param generation grows whenever the served edition changes; rendered feeds are cached by it
     */
    public record State(Edition edition, List<Problem> problems, Instant loadedAt, Instant checkedAt,
                        boolean current, long generation) {
        public State {
            problems = List.copyOf(problems);
        }
    }

    private final NotesSource source;
    private final NotesParser parser;
    private final Ledger ledger;
    private final Clock clock;
    private volatile State state;
    private ScheduledExecutorService watcher;
    private Object lastSeen;
    private Object pending;

    private LiveEdition(NotesSource source, NotesParser parser, Ledger ledger, Clock clock, State state) {
        this.source = source;
        this.parser = parser;
        this.ledger = ledger;
        this.clock = clock;
        this.state = state;
    }

    /**
     * Loads the notes for the first time: unreadable notes at start are the caller's error to report.
     */
    public static LiveEdition load(NotesSource source, NotesParser parser, Ledger ledger, Clock clock)
            throws UnreadableNotesException {
        ParseResult result = parser.parse(source.name(), source.read());
        Instant now = clock.instant();
        State state = new State(ledger.publish(result.schedule(), now), result.problems(), now, now, true, 1);
        LiveEdition live = new LiveEdition(source, parser, ledger, clock, state);
        live.lastSeen = live.fingerprint();
        return live;
    }

    public State state() {
        return state;
    }

    public Edition edition() {
        return state.edition();
    }

    /** Reads the notes again now; returns whether the served edition changed. */
    public synchronized boolean reload() {
        Instant now = clock.instant();
        State old = state;
        ParseResult result;
        try {
            result = parser.parse(source.name(), source.read());
        } catch (UnreadableNotesException e) {
            Problem problem = e.problem();
            refuse(old, List.of(problem.withSuffix("; still serving the last good version")), now);
            return false;
        }
        if (!result.clean() && losesSessions(old.edition(), result)) {
            refuse(old, result.problems(), now);
            return false;
        }
        Edition edition = ledger.publish(result.schedule(), now);
        boolean changed = edition.version() != old.edition().version()
                || !edition.schedule().equals(old.edition().schedule());
        state = changed
                ? new State(edition, result.problems(), now, now, true, old.generation() + 1)
                : new State(old.edition(), result.problems(), old.loadedAt(), now, true, old.generation());
        if (changed) {
            LOG.info("reloaded {}: {} sessions, {} problems", source.name(), edition.schedule().sessions().size(),
                    result.problems().size());
        }
        return changed;
    }

    private void refuse(State old, List<Problem> problems, Instant now) {
        state = new State(old.edition(), problems, old.loadedAt(), now, false, old.generation());
        LOG.warn("kept the last good version of {}: {}", source.name(), problems.isEmpty() ? "" : problems.get(0));
    }

    private static boolean losesSessions(Edition served, ParseResult result) {
        Set<String> now = new HashSet<>();
        result.schedule().sessions().forEach(s -> now.add(s.uid()));
        return served.schedule().sessions().stream().anyMatch(s -> !now.contains(s.uid()));
    }

    /**
     * Polls the notes file and reloads once a change has settled (the same size and time on two looks in a
     * row), so an editor's half-written save is not read. Polling, not inotify: it also sees atomic renames
     * and the symlink swaps of a Kubernetes ConfigMap.
     */
    public synchronized void watch(Duration every) {
        if (source.isBundled() || watcher != null) {
            return;
        }
        watcher = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "notes-watcher");
            thread.setDaemon(true);
            return thread;
        });
        watcher.scheduleWithFixedDelay(this::poll, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void poll() {
        try {
            Object seen = fingerprint();
            if (Objects.equals(seen, lastSeen)) {
                pending = null;
                return;
            }
            if (!Objects.equals(seen, pending)) {
                pending = seen; // changed since the last look: wait for it to settle
                return;
            }
            lastSeen = seen;
            pending = null;
            reload();
        } catch (RuntimeException e) {
            LOG.error("watching {} failed: {}", source.name(), e.toString());
        }
    }

    /** Size, modification time and identity of the notes file, or a marker when it is gone. */
    private Object fingerprint() {
        if (source.isBundled()) {
            return "bundled";
        }
        Path file = source.file();
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return List.of(attributes.size(), attributes.lastModifiedTime().toMillis(),
                    String.valueOf(attributes.fileKey()));
        } catch (IOException e) {
            return "missing";
        }
    }

    @Override
    public synchronized void close() {
        if (watcher != null) {
            watcher.shutdownNow();
            watcher = null;
        }
    }
}
