package dev.confcal.publish;

import dev.confcal.calendar.Edition;
import dev.confcal.notes.NotesParser;
import dev.confcal.notes.ParseResult;
import dev.confcal.publish.following.ScheduleFollowing;
import dev.confcal.publish.ledger.Ledger;
import dev.confcal.publish.ledger.LedgerWriteException;
import dev.confcal.publish.runtime.HeapAlarm;
import dev.confcal.publish.runtime.Ticker;
import dev.confcal.schedule.Problem;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The schedule the server serves, kept in step with the notes file. Each version of the notes (told apart by
 * content) is published or not by the {@link PublishPolicy}: an edit with errors never replaces a good edition,
 * and one that removes sessions waits until it has stayed the same for a while, because a half-written save looks
 * just like it. What is held back, and why, shows in {@link #state()} and {@link #health()}.
 */
public final class LiveEdition implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LiveEdition.class);

    /**
     * A version of the notes, parsed once, and since when it has been there unchanged (monotonic nanoseconds: a
     * clock step must not shorten the wait); placed by the official schedule of version {@code official} (placed
     * again when that changes).
     */
    private static final class Candidate {
        final String hash;
        final String text;
        final ParseResult parsed;
        final Optional<String> unfinished;
        final long firstSeen;
        ParseResult placed;
        long official = -1;

        Candidate(String hash, String text, ParseResult parsed, Optional<String> unfinished, long firstSeen) {
            this.hash = hash;
            this.text = text;
            this.parsed = parsed;
            this.unfinished = unfinished;
            this.firstSeen = firstSeen;
        }
    }

    /**
     * What the served edition was published from.
     *
     * @param hash     SHA-256 of the notes text (null while serving what the ledger last published)
     * @param official the version of the official schedule it was placed by (-1: none yet)
     * @param text     the notes text, to tell a truncated save of it ({@link NotesShape})
     * @param good     whether those notes had no errors
     */
    private record Served(String hash, long official, String text, boolean good) {
        static final Served NOTHING = new Served(null, -1, null, false);
    }

    private final NotesSource source;
    private final Function<Integer, NotesParser> parsers;
    private final Ledger ledger;
    private final Clock clock;
    private final Ticker ticker;
    private final HeapAlarm heap;
    private final PublicPaths paths;
    private final PublishPolicy policy;
    private final Publication publication;
    private final ScheduleFollowing following;
    private final List<Consumer<EditionState>> listeners = new CopyOnWriteArrayList<>();
    private volatile EditionState state;
    private volatile NotesWatcher watcher;
    private volatile ParseDeadline deadline = ParseDeadline.DEFAULT;
    private Served served = Served.NOTHING;
    private Candidate candidate;

    private LiveEdition(NotesSource source, Function<Integer, NotesParser> parsers, Ledger ledger, Clock clock,
                        PublishPolicy policy, ScheduleFollowing following) {
        this.following = following;
        this.source = source;
        this.parsers = parsers;
        this.ledger = ledger;
        this.clock = clock;
        this.ticker = Ticker.of(clock);
        this.heap = new HeapAlarm(ticker);
        this.paths = PublicPaths.of(source.file(), ledger.status().path());
        this.policy = policy;
        this.publication = new Publication(source.name());
    }

    /** With a parser that makes its own assumptions about the year, and the default waiting periods. */
    public static LiveEdition load(NotesSource source, NotesParser parser, Ledger ledger, Clock clock)
            throws UnreadableNotesException {
        return load(source, year -> parser, ledger, clock, PublishPolicy.DEFAULT);
    }

    /** Without an official schedule unless the notes ask for one (then fetched once, at start). */
    public static LiveEdition load(NotesSource source, Function<Integer, NotesParser> parsers, Ledger ledger,
                                   Clock clock, PublishPolicy policy) throws UnreadableNotesException {
        return load(source, parsers, ledger, clock, policy, ScheduleFollowing.none());
    }

    /**
     * Loads the notes for the first time and takes charge of the ledger (closed with this). When the ledger
     * keeps a last good version of the notes, that is served first and the notes file is then considered as an
     * edit of it: a broken or half-saved file found at start is held back or refused like any edit, and says so.
     *
     * @param parsers a parser for a fallback year (the one the ledger recorded, or null)
     * @throws UnreadableNotesException when there is no notes file, or nothing that can be published at all
     * @throws LedgerWriteException     when the ledger cannot be written at start
     */
    public static LiveEdition load(NotesSource source, Function<Integer, NotesParser> parsers, Ledger ledger,
                                   Clock clock, PublishPolicy policy, ScheduleFollowing following)
            throws UnreadableNotesException {
        NotesSource.Snapshot current = null;
        UnreadableNotesException broken = null;
        try {
            current = source.snapshot();
        } catch (UnreadableNotesException e) {
            if (e.noFile()) {
                throw e;
            }
            broken = e;
        }
        NotesSource.Snapshot base = ledger.lastGoodNotes().map(NotesSource.Snapshot::of).orElse(current);
        if (base == null) {
            throw broken;
        }
        LiveEdition live = new LiveEdition(source, parsers, ledger, clock, policy, following);
        // a moved talk is an edit like any other; listening before the first fetch starts (in start), so a fetch
        // that finishes first is not missed (the feeds then waited for the next change of the export)
        following.onChange(live::reload);
        live.start(base, current);
        return live;
    }

    private synchronized void start(NotesSource.Snapshot base, NotesSource.Snapshot current)
            throws UnreadableNotesException {
        Instant now = clock.instant();
        ParseResult first = following.place(parse(base.text()));
        long official = following.version();
        Optional<Problem> unwritable = publication.unwritable(first.schedule());
        if (unwritable.isPresent()) {
            throw new UnreadableNotesException(source.name(), 0, unwritable.get().message(), false);
        }
        if (ledger.isEmpty()) { // nothing published yet: publish what can be read, and show its problems
            Edition edition = ledger.publish(first.schedule(), first.guessedYear(), now);
            served = new Served(base.hash(), official, base.text(), !first.hasErrors());
            if (served.good()) {
                ledger.rememberGoodNotes(base.text());
            }
            state = new EditionState(edition, first.problems(), first.notices(), ledger.published(), now, true, 1,
                    base.hash());
        } else { // serve what the ledger last published, and take the notes as an edit of it
            served = new Served(null, Served.NOTHING.official(), base.text(), true);
            state = new EditionState(ledger.lastPublished(first.schedule()), List.of(), first.notices(),
                    ledger.published(), now, true, 1, null);
            consider(base, now);
        }
        if (current == null || !current.hash().equals(base.hash())) {
            reload();
            if (!state.current()) {
                LOG.warn("{}: started from the last good version kept beside the ledger", source.name());
            }
        }
    }

    /**
     * Calls {@code listener} with every newly served edition, on the thread that published it, before anything else
     * happens: for an audit log, or a cache to warm.
     */
    public void onPublish(Consumer<EditionState> listener) {
        listeners.add(listener);
    }

    public EditionState state() {
        return state;
    }

    public Edition edition() {
        return state.edition();
    }

    /** Looks at the notes now; returns whether the served edition changed. */
    public synchronized boolean reload() {
        if (state == null) {
            return false; // told of the official schedule while a failed start was being given up
        }
        Instant now = now();
        ledger.check();
        NotesSource.Snapshot snapshot;
        try {
            snapshot = source.snapshot();
        } catch (UnreadableNotesException e) {
            candidate = null;
            Problem problem = e.problem().withSuffix("; kept the last good version");
            hold(PublishDecision.refuse(problem.toString()), List.of(problem), now);
            return false;
        }
        return consider(snapshot, now);
    }

    private boolean consider(NotesSource.Snapshot snapshot, Instant now) {
        if (candidate == null || !candidate.hash.equals(snapshot.hash())) {
            candidate = new Candidate(snapshot.hash(), snapshot.text(), parse(snapshot.text()),
                    NotesShape.unfinished(snapshot.text(), served.text()), ticker.nanos());
            publication.newVersion();
        }
        ParseResult result = placed(candidate);
        EditionState old = state;
        if (candidate.hash.equals(served.hash()) && candidate.official == served.official()) {
            publication.served();
            state = old.looked(result, now, true);
            return false;
        }
        PublishDecision decision = ParseDeadline.gaveUp(result).map(problem -> PublishDecision.refuse(
                "kept the last good version because " + problem.message())).orElseGet(() -> policy.decide(
                old.edition().schedule(), served.good(), result, candidate.unfinished,
                Duration.ofNanos(ticker.nanos() - candidate.firstSeen)));
        if (decision.kind() == PublishDecision.Kind.PUBLISH) {
            Optional<Problem> unwritable = publication.unwritable(result.schedule());
            if (unwritable.isEmpty()) {
                return publish(candidate, now);
            }
            decision = PublishDecision.refuse("kept the last good version because " + unwritable.get().message());
        }
        hold(decision, result, now);
        return false;
    }

    /** The candidate placed by the official schedule as it is now (placed again only when that changed). */
    private ParseResult placed(Candidate candidate) {
        long official = following.version();
        if (candidate.placed == null || candidate.official != official) {
            candidate.placed = following.place(candidate.parsed);
            candidate.official = official;
        }
        return candidate.placed;
    }

    private boolean publish(Candidate published, Instant now) {
        ParseResult result = published.placed;
        EditionState old = state;
        Edition edition;
        try {
            edition = ledger.publish(result.schedule(), result.guessedYear(), now);
        } catch (LedgerWriteException e) {
            hold(PublishDecision.refuse("not published: " + e.getMessage()), result, now);
            return false;
        }
        served = new Served(published.hash, published.official, published.text, !result.hasErrors());
        if (served.good()) {
            ledger.rememberGoodNotes(published.text);
        }
        publication.served();
        boolean changed = edition.version() != old.edition().version()
                || !edition.schedule().equals(old.edition().schedule());
        state = changed
                ? new EditionState(edition, result.problems(), result.notices(), ledger.published(), now, true,
                        old.generation() + 1, published.hash)
                : old.looked(result, now, true);
        if (changed) {
            listeners.forEach(listener -> listener.accept(state));
            LOG.info("published {}: {} sessions, {} problems", source.name(), edition.schedule().sessions().size(),
                    result.problems().size());
        }
        return changed;
    }

    /** Keeps serving what is served, and says why the notes as they are now are not. */
    private void hold(PublishDecision decision, List<Problem> problems, Instant now) {
        state = state.looked(publication.hold(decision, problems), now, false);
    }

    private void hold(PublishDecision decision, ParseResult result, Instant now) {
        EditionState looked = state.looked(result, now, false);
        state = looked.looked(publication.hold(decision, result.problems()), now, false);
    }

    /** Given up after its deadline: a stuck parse must not hold back the next version of the notes. */
    private ParseResult parse(String text) {
        return deadline.parse(source.name(), text, () -> parsers.apply(ledger.year()));
    }

    /** For tests: how long a parse may take, before the text's size is counted. */
    void parseDeadline(ParseDeadline deadline) {
        this.deadline = deadline;
    }

    /** The clock's time, but never before the last check: checkedAt does not go back when the clock does. */
    private Instant now() {
        Instant now = clock.instant();
        Instant last = state.checkedAt();
        return now.isBefore(last) ? last : now;
    }

    /** What /healthz says: see {@link Health}. */
    public Health health() {
        NotesWatcher running = watcher;
        String heapTrouble = heap.trouble();
        return Health.of(state, ledger.status(), running == null ? null : running.trouble(),
                heapTrouble != null ? heapTrouble : HeapAlarm.jvm().trouble(), publication.held(),
                following.status().orElse(null), paths);
    }

    /** What this edition's own threads report running out of memory to (the process's is {@link HeapAlarm#jvm()}). */
    public HeapAlarm heapAlarm() {
        return heap;
    }

    /** Looks at the notes every {@code every} (see {@link NotesWatcher}); nothing to watch for the bundled notes. */
    public synchronized void watch(Duration every) {
        if (source.isBundled() || watcher != null) {
            return;
        }
        watcher = new NotesWatcher(source.file(), every, () -> publication.held() != null, this::reload,
                this::looked, heap::seen);
    }

    /** The notes were looked at, and had not changed. */
    private synchronized void looked() {
        ledger.check();
        state = state.looked(state.problems(), now(), state.current());
    }

    /** Not synchronized: it must work while a check is stuck. */
    @Override
    public void close() {
        NotesWatcher running = watcher;
        if (running != null) {
            running.close();
        }
        following.close();
        ledger.close();
    }
}
