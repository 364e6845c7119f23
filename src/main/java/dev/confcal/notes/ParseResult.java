package dev.confcal.notes;

import dev.confcal.schedule.Problem;
import dev.confcal.schedule.Schedule;
import java.util.List;
import java.util.Objects;

/**
 * What a parse gives: the schedule it could read, and every problem it met, located.
 *
 * @param guessedYear the year the parse assumed because neither the notes, the options nor the session links
 *                    named one (from {@link NotesParser.Builder#fallbackYear}, else the clock), or null when
 *                    nothing was assumed. Whoever publishes records it and passes it back as the fallback year,
 *                    so that an edit after New Year does not move untouched sessions a year.
 */
public record ParseResult(Schedule schedule, List<Problem> problems, Integer guessedYear) {

    public ParseResult {
        Objects.requireNonNull(schedule, "schedule");
        problems = List.copyOf(problems);
    }

    public boolean clean() {
        return problems.isEmpty();
    }

    /** Whether any problem is an error: something that looks like a session, day, time or setting was unreadable. */
    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }
}
