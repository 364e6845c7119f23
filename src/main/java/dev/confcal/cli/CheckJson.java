package dev.confcal.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.confcal.notes.ParseResult;
import dev.confcal.publish.following.ExportRefresher;
import dev.confcal.schedule.Placement;
import dev.confcal.schedule.Problem;
import dev.confcal.schedule.ProblemCode;
import dev.confcal.schedule.Schedule;
import dev.confcal.schedule.Session;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code check --format json}: everything the text report says, for scripts. Field names follow
 * {@code /sessions.json}; times are ISO-8601 with their offset; a field with nothing to say is {@code null}, never
 * left out. {@code format} grows only when a field changes meaning or goes away.
 */
final class CheckJson {

    static final int FORMAT = 1;

    /** Two spaces, {@code "key": value}, {@code []}: as people and {@code jq} write JSON. */
    private static final ObjectWriter WRITER = new ObjectMapper().writer(new DefaultPrettyPrinter(
            Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withArrayEmptySeparator("").withObjectEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n")).withArrayIndenter(new DefaultIndenter("  ", "\n")));

    record Report(int format, String source, String title, Zone zone, Year year, List<SessionView> sessions,
                  List<ProblemView> problems, List<ProblemView> notices, Official official, Summary summary) {
    }

    /** @param assumed no zone in the notes or the options: confcal chose it (said in a notice) */
    record Zone(String id, boolean assumed) {
    }

    /**
     * The year confcal assumed because nothing named one, or null when the notes, the options or the links did.
     *
     * @param from {@code ledger} (what serve and export recorded when they first assumed it) or {@code clock}
     */
    record Year(int assumed, String from) {
    }

    record SpeakerView(String name, String company) {
    }

    record SessionView(String id, String uid, String url, int line, String title, List<String> titles,
                       List<SpeakerView> speakers, boolean starred, boolean tutorial, String day, String start,
                       String end, String room, String movedFrom, List<String> tracks) {
    }

    /** @param line the line in the notes, or null for the file as a whole */
    record ProblemView(String code, String severity, String source, Integer line, String message) {
    }

    /**
     * The official schedule followed, or null when none is named.
     *
     * @param differences where the notes and the schedule disagree: a moved talk, a session the schedule lacks
     */
    record Official(String source, String name, int sessions, String fetchedAt, String failure,
                    List<Difference> differences) {
    }

    /**
     * @param kind      {@code moved} or {@code missing}
     * @param notesStart the start the notes give, for a moved talk
     * @param start      the start confcal publishes (the schedule's, unless {@code prefer: notes})
     */
    record Difference(String kind, String id, int line, String notesStart, String start, String room,
                      String message) {
    }

    /** @param exitCode what check exits with: 0 clean or notices only, 1 errors or warnings */
    record Summary(int sessions, int starred, int errors, int warnings, int notices, int exitCode) {
    }

    private CheckJson() {
    }

    static String render(ParseResult result, Year year, Optional<ExportRefresher.Status> following, int exitCode) {
        Schedule schedule = result.schedule();
        List<SessionView> sessions = schedule.sessions().stream().map(s -> session(schedule, s)).toList();
        Report report = new Report(FORMAT, schedule.source(), schedule.title(),
                new Zone(schedule.zone().getId(), result.zoneAssumed()), year, sessions,
                result.problems().stream().map(CheckJson::problem).toList(),
                result.notices().stream().map(CheckJson::problem).toList(),
                following.map(status -> official(result, status)).orElse(null),
                new Summary(sessions.size(), (int) schedule.sessions().stream().filter(Session::starred).count(),
                        result.errors().size(), result.warnings().size(), result.notices().size(), exitCode));
        try {
            return WRITER.writeValueAsString(report) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("records always serialize", e);
        }
    }

    private static SessionView session(Schedule schedule, Session s) {
        return new SessionView(s.id(), s.uid(), s.url(), s.line(), s.fullTitle(), s.titles(),
                s.speakers().stream().map(sp -> new SpeakerView(sp.name(), sp.company())).toList(), s.starred(),
                s.tutorial(), s.day().toString(), time(s.start()), time(s.end()), schedule.room(s),
                schedule.placement(s).filter(Placement::moved).map(p -> time(p.notedStart())).orElse(null),
                schedule.tracksOf(s));
    }

    private static ProblemView problem(Problem p) {
        return new ProblemView(p.code(), p.severity().name().toLowerCase(Locale.ROOT), p.source(),
                p.line() > 0 ? p.line() : null, p.message());
    }

    private static Official official(ParseResult result, ExportRefresher.Status status) {
        Schedule schedule = result.schedule();
        List<Difference> differences = new ArrayList<>();
        for (Problem problem : result.all()) {
            boolean moved = problem.kind() == ProblemCode.SCHEDULE_MOVED;
            if (!moved && problem.kind() != ProblemCode.SCHEDULE_MISSING) {
                continue;
            }
            Optional<Session> session = schedule.sessions().stream()
                    .filter(s -> s.line() == problem.line() && problem.message().startsWith(s.id() + ":"))
                    .findFirst();
            Optional<Placement> placement = session.flatMap(schedule::placement);
            differences.add(new Difference(moved ? "moved" : "missing", session.map(Session::id).orElse(null),
                    problem.line(), placement.filter(Placement::moved).map(p -> time(p.notedStart())).orElse(null),
                    session.map(s -> time(s.start())).orElse(null), session.map(schedule::room).orElse(null),
                    problem.message()));
        }
        return new Official(status.source(), schedule.official().name(), status.sessions(),
                status.copyFetchedAt() == null ? null : status.copyFetchedAt().toString(), status.lastFailure(),
                differences);
    }

    private static String time(ZonedDateTime time) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time);
    }
}
