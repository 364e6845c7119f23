package dev.confcal.notes;

import dev.confcal.schedule.Problem;
import dev.confcal.schedule.Schedule;
import java.util.List;
import java.util.Objects;

/** What a parse gives: the schedule it could read, and every problem it met, located. */
public record ParseResult(Schedule schedule, List<Problem> problems) {

    public ParseResult {
        Objects.requireNonNull(schedule, "schedule");
        problems = List.copyOf(problems);
    }

    public boolean clean() {
        return problems.isEmpty();
    }
}
