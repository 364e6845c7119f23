package dev.confcal.publish.following;

import dev.confcal.notes.ParseResult;
import dev.confcal.notes.SessionLinks;
import dev.confcal.official.ExportFetcher;
import dev.confcal.official.ExportSource;
import dev.confcal.official.OfficialSchedule;
import dev.confcal.schedule.Problem;
import dev.confcal.schedule.ProblemCode;
import dev.confcal.schedule.Schedule;
import dev.confcal.schedule.Session;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Places the notes by the conference's official schedule, when the notes ({@code schedule:}) or the operator
 * ({@code --schedule}, which wins) name one: resolves where its export is, follows it (see {@link ExportRefresher})
 * and merges it into every parse ({@link OfficialMerge}), concluding the time zone from it when the notes name
 * none ({@link ZoneInference}). Without a source it changes nothing, contacts nothing, and only suggests
 * {@code schedule: auto} when the notes link to a sched site. Thread-safe.
 */
public final class ScheduleFollowing implements AutoCloseable {

    /** How the export is fetched: in the background (the server), or once, now (check, export). */
    public enum Mode { BACKGROUND, ONCE }

    private final String operatorSource;
    private final Path notesDir;
    private final ExportFetcher fetcher;
    private final Path ledgerFile;
    private final Clock clock;
    private final Duration refresh;
    private final Mode mode;
    private final AtomicLong version = new AtomicLong();
    private volatile Runnable changed = () -> { };
    private volatile boolean forTheOperator;
    private ExportRefresher follower;

    /**
     * @param operatorSource {@code --schedule} as given, or null to follow what the notes ask for
     * @param notesDir       where a relative file path starts
     * @param ledgerFile     where the last good copy is kept beside, or null for none
     */
    public ScheduleFollowing(String operatorSource, Path notesDir, ExportFetcher fetcher, Path ledgerFile, Clock clock,
                             Duration refresh, Mode mode) {
        this.operatorSource = operatorSource == null || operatorSource.isBlank() ? null : operatorSource.strip();
        this.notesDir = notesDir;
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
        this.ledgerFile = ledgerFile;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.refresh = Objects.requireNonNull(refresh, "refresh");
        this.mode = Objects.requireNonNull(mode, "mode");
    }

    /** Nothing followed unless the notes ask: what {@code check} and tests without a schedule use. */
    public static ScheduleFollowing none() {
        return new ScheduleFollowing(null, null, new ExportFetcher(ExportFetcher.Limits.DEFAULT), null,
                Clock.systemUTC(), ExportRefresher.DEFAULT_REFRESH, Mode.ONCE);
    }

    /**
     * Problems that say what exactly went wrong with the export (its first characters, the parser's message), for
     * {@code check} and {@code export}, which print them to the operator; a server's are shown to anyone.
     */
    public ScheduleFollowing forTheOperator() {
        forTheOperator = true;
        return this;
    }

    /** Called (on the follower's thread) when the official schedule changed and the notes should be placed again. */
    public void onChange(Runnable listener) {
        this.changed = Objects.requireNonNull(listener, "listener");
    }

    /** Grows with every new official schedule: a parse placed at an older version must be placed again. */
    public long version() {
        return version.get();
    }

    /**
     * The notes as read, placed by the official schedule when there is one, with what that has to say; a session a
     * feed cannot carry is left out, said at its line ({@link WritableSessions}).
     */
    public ParseResult place(ParseResult parsed) {
        return WritableSessions.only(placeByOfficial(parsed));
    }

    private ParseResult placeByOfficial(ParseResult parsed) {
        String value = operatorSource != null ? operatorSource : parsed.request().schedule();
        Schedule notes = parsed.schedule();
        if (value == null) {
            stop();
            return parsed.placed(notes, suggestion(notes));
        }
        String where = operatorSource != null ? "--schedule" : notes.source();
        int line = operatorSource != null ? 0 : parsed.request().line();
        ExportSource source;
        try {
            source = resolve(ExportSource.parse(value, notesDir), notes);
        } catch (IllegalArgumentException e) {
            stop();
            return parsed.placed(notes, List.of(ProblemCode.BAD_SCHEDULE.at(where, line, e.getMessage())));
        }
        ExportRefresher following = follow(source);
        List<Problem> more = new ArrayList<>(following.problems());
        Optional<OfficialSchedule> official = following.current();
        if (official.isEmpty()) {
            return parsed.placed(notes, more);
        }
        ParseResult read = parsed;
        if (parsed.zoneAssumed()) {
            ZoneInference.Conclusion zone = ZoneInference.conclude(notes, official.get(), SessionLinks::uidOf);
            more.addAll(zone.problems());
            List<Problem> rest = parsed.all().stream()
                    .filter(p -> p.kind() != ProblemCode.ZONE_ASSUMED
                            && p.kind() != ProblemCode.ZONE_FROM_LANGUAGE
                            && p.kind() != ProblemCode.ZONE_DEFAULT_AGREES
                            && p.kind() != ProblemCode.ZONE_FROM_PLACE).toList();
            if (zone.zone().isPresent()) {
                read = new ParseResult(ZoneInference.inZone(notes, zone.zone().get()), rest, parsed.guessedYear(),
                        parsed.request());
            } else if (zone.confirmed()) {
                read = new ParseResult(notes, rest, parsed.guessedYear(), parsed.request());
                more.add(ProblemCode.ZONE_CONFIRMED.at(notes.source(), 0, notes.zone().getId()));
            }
        }
        OfficialMerge.Merged merged = OfficialMerge.apply(read, official.get(), SessionLinks::uidOf);
        more.addAll(merged.differences());
        return read.placed(merged.schedule(), more);
    }

    /** What /healthz says about the official schedule, when one is followed. */
    public synchronized Optional<ExportRefresher.Status> status() {
        return follower == null ? Optional.empty() : Optional.of(follower.status());
    }

    private ExportSource resolve(ExportSource source, Schedule notes) {
        if (!(source instanceof ExportSource.Auto)) {
            return source;
        }
        return ExportSource.derive(notes.sessions().stream().map(Session::url).toList())
                .orElseThrow(() -> new IllegalArgumentException("schedule: auto finds sched's export from the notes'"
                        + " links to a sched.com site, and these have none; give the export's URL or file instead"));
    }

    private synchronized ExportRefresher follow(ExportSource source) {
        if (follower != null && follower.source().equals(source)) {
            return follower;
        }
        stop();
        ExportRefresher started = new ExportRefresher(source, fetcher, ledgerFile, clock, refresh, schedule -> {
            version.incrementAndGet();
            changed.run();
        });
        follower = started;
        if (forTheOperator) {
            started.forTheOperator();
        }
        if (started.current().isPresent()) {
            version.incrementAndGet(); // the copy from disk: a schedule the parse has not been placed by
        }
        if (mode == Mode.BACKGROUND) {
            started.start();
        } else {
            started.withoutLog().refreshNow();
        }
        return started;
    }

    /** The one line that tells a person with sched links what {@code schedule: auto} would give them. */
    private static List<Problem> suggestion(Schedule notes) {
        return notes.sessions().stream().map(Session::url).filter(java.util.Objects::nonNull).map(ExportSource.SCHED_HOST::matcher)
                .filter(java.util.regex.Matcher::lookingAt).map(m -> m.group(1)).findFirst()
                .map(host -> List.of(ProblemCode.SCHEDULE_SUGGESTED.at(notes.source(), 0, host)))
                .orElse(List.of());
    }

    private synchronized void stop() {
        if (follower != null) {
            follower.close();
            follower = null;
        }
    }

    @Override
    public void close() {
        stop();
    }
}
