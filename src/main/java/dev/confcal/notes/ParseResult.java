package dev.confcal.notes;

import dev.confcal.schedule.Problem;
import dev.confcal.schedule.Problem.Severity;
import dev.confcal.schedule.ProblemCode;
import dev.confcal.schedule.Schedule;
import java.util.List;
import java.util.Objects;

/**
 * What a parse gives: the schedule it could read, and everything it has to say about the notes, located.
 *
 * @param all         every problem and notice, in the order of the notes (see {@link ProblemCode} for what each
 *                    severity means)
 * @param guessedYear the year the parse assumed because neither the notes, the options nor the session links
 *                    named one (from {@link NotesParser.Builder#fallbackYear}, else the clock), or null when
 *                    nothing was assumed. Whoever publishes records it and passes it back as the fallback year,
 *                    so that an edit after New Year does not move untouched sessions a year.
 * @param request     what the notes ask of the conference's official schedule
 */
public record ParseResult(Schedule schedule, List<Problem> all, Integer guessedYear, ScheduleRequest request) {

    public ParseResult {
        Objects.requireNonNull(schedule, "schedule");
        all = List.copyOf(all);
        request = request == null ? ScheduleRequest.NONE : request;
    }

    public ParseResult(Schedule schedule, List<Problem> all, Integer guessedYear) {
        this(schedule, all, guessedYear, ScheduleRequest.NONE);
    }

    /** The same notes, placed by the official schedule, with what that had to say added. */
    public ParseResult placed(Schedule placed, List<Problem> more) {
        java.util.List<Problem> everything = new java.util.ArrayList<>(all);
        everything.addAll(more);
        return new ParseResult(placed, everything, guessedYear, request);
    }

    /** The lines of sessions whose title was taken from their link (a bare URL): the schedule's title may do better. */
    public java.util.Set<Integer> titlesFromLinks() {
        return all.stream().filter(p -> p.kind() == ProblemCode.TITLE_FROM_URL).map(Problem::line)
                .collect(java.util.stream.Collectors.toSet());
    }

    /** The errors and warnings: what the person should fix. Notices are not problems. */
    public List<Problem> problems() {
        return all.stream().filter(p -> p.severity() != Severity.NOTICE).toList();
    }

    /** What could not be read: sessions may be missing, misplaced or mis-timed, so this text must not be published. */
    public List<Problem> errors() {
        return of(Severity.ERROR);
    }

    /** What was read with a fallback (a default duration); never a reason to hold back publishing. */
    public List<Problem> warnings() {
        return of(Severity.WARNING);
    }

    /** What confcal assumed where the notes are silent (the time zone, a title from a link). */
    public List<Problem> notices() {
        return of(Severity.NOTICE);
    }

    /** No errors and no warnings (notices are fine). */
    public boolean clean() {
        return all.stream().allMatch(p -> p.severity() == Severity.NOTICE);
    }

    /** Whether any problem is an error: something that looks like a session, day, time or setting was unreadable. */
    public boolean hasErrors() {
        return all.stream().anyMatch(Problem::isError);
    }

    /** Whether the time zone is the default, or rests only on the notes' language: no place or zone is named. */
    public boolean zoneAssumed() {
        return all.stream().anyMatch(p -> p.kind() == ProblemCode.ZONE_ASSUMED
                || p.kind() == ProblemCode.ZONE_FROM_LANGUAGE || p.kind() == ProblemCode.ZONE_DEFAULT_AGREES
                || p.kind() == ProblemCode.ZONE_FROM_PLACE);
    }

    private List<Problem> of(Severity severity) {
        return all.stream().filter(p -> p.severity() == severity).toList();
    }
}
