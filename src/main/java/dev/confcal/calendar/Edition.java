package dev.confcal.calendar;

import dev.confcal.schedule.Schedule;
import dev.confcal.schedule.Session;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A schedule as published: each session with its revision, plus the sessions removed from the notes lately,
 * which feeds keep as cancelled events so subscribed calendars drop them instead of keeping a ghost.
 *
 * @param revisions by UID, for every session and every cancelled one
 * @param version   grows with every change of what is published; feeds are cached by it
 */
public record Edition(Schedule schedule, Map<String, Revision> revisions, List<Session> cancelled, long version) {

    public Edition {
        Objects.requireNonNull(schedule, "schedule");
        revisions = Map.copyOf(revisions);
        cancelled = List.copyOf(cancelled);
        for (Session session : schedule.sessions()) {
            if (!revisions.containsKey(session.uid())) {
                throw new IllegalArgumentException("no revision for " + session.uid());
            }
        }
    }

    public Revision revision(Session session) {
        return revisions.get(session.uid());
    }
}
