package dev.confcal.publish;

import dev.confcal.calendar.Edition;
import dev.confcal.calendar.FeedOptions;
import dev.confcal.calendar.IcsWriter;
import dev.confcal.calendar.Revision;
import dev.confcal.schedule.Filter;
import dev.confcal.schedule.Problem;
import dev.confcal.schedule.ProblemCode;
import dev.confcal.schedule.Schedule;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the live edition checks and says about a version of the notes before, and instead of, publishing it: whether
 * it can be written as a calendar, and, while it is held back or refused, why (on the page, /healthz and once in
 * the log).
 */
final class Publication {

    /** Its lines are the live edition's (a name, not the class: the class does not import the one that imports it). */
    private static final Logger LOG = LoggerFactory.getLogger("dev.confcal.publish.LiveEdition");

    private final String source;
    private final IcsWriter writer = new IcsWriter();
    private volatile PublishDecision held;
    private String logged;

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
            writer.feed(new Edition(schedule, revisions, List.of(), 0), Filter.ALL, FeedOptions.DEFAULT);
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.of(ProblemCode.UNWRITABLE_CALENDAR.at(source, 0, e.getMessage()));
        }
    }

    /** Why the notes as they are now are not served (held back or refused), or null when they are. */
    PublishDecision held() {
        return held;
    }

    /** The notes as they are now are served. */
    void served() {
        held = null;
        logged = null;
    }

    /** The notes changed: whatever is said about them is said again, once. */
    void newVersion() {
        logged = null;
    }

    /** Holds back or refuses the notes as they are: the problems to show, why first. Logs it once per version. */
    List<Problem> hold(PublishDecision decision, List<Problem> problems) {
        held = decision;
        if (!decision.reason().equals(logged)) {
            LOG.warn("{}: {}", source, decision.reason());
            logged = decision.reason();
        }
        List<Problem> shown = new ArrayList<>();
        shown.add(notice(decision));
        problems.stream().filter(p -> !p.toString().equals(decision.reason())).forEach(shown::add);
        return shown;
    }

    /** The line the page and /healthz show first while an edit is held back or refused. */
    private Problem notice(PublishDecision decision) {
        ProblemCode code = decision.kind() == PublishDecision.Kind.HOLD ? ProblemCode.EDIT_HELD_BACK
                : ProblemCode.EDIT_REFUSED;
        String reason = decision.reason();
        String prefix = source + ": ";
        return code.at(source, 0, reason.startsWith(prefix) ? reason.substring(prefix.length()) : reason);
    }
}
