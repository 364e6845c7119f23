package dev.confcal.publish;

import dev.confcal.calendar.Edition;
import dev.confcal.calendar.FeedOptions;
import dev.confcal.calendar.IcsWriter;
import dev.confcal.calendar.Revision;
import dev.confcal.schedule.Filter;
import dev.confcal.schedule.Problem;
import dev.confcal.schedule.Schedule;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** What the live edition checks and says about a version of the notes before and instead of publishing it. */
final class Publication {

    private final String source;
    private final IcsWriter writer = new IcsWriter();

    Publication(String source) {
        this.source = source;
    }

    /**
     * Why the schedule cannot be written as a calendar (a time zone ical4j has no definition for, say), or empty
     * when it can: found by writing it once, so no feed request is the first to fail.
     */
    Optional<Problem> unwritable(Schedule schedule) {
        Revision any = new Revision(0, Instant.EPOCH, Instant.EPOCH);
        Map<String, Revision> revisions = new HashMap<>();
        schedule.sessions().forEach(session -> revisions.put(session.uid(), any));
        try {
            writer.feed(new Edition(schedule, revisions, java.util.List.of(), 0), Filter.ALL, FeedOptions.DEFAULT);
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.of(Problem.error(source, 0, "unwritable-calendar",
                    "the calendar cannot be written (" + e.getMessage() + ")"));
        }
    }

    /** The line the page, /healthz and `check` show first while an edit is held back or refused. */
    Problem notice(PublishDecision decision) {
        String code = decision.kind() == PublishDecision.Kind.HOLD ? "edit-held-back" : "edit-refused";
        String reason = decision.reason();
        String prefix = source + ": ";
        return Problem.warning(source, 0, code, reason.startsWith(prefix) ? reason.substring(prefix.length()) : reason);
    }
}
