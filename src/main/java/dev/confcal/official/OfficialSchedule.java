package dev.confcal.official;

import java.util.List;
import java.util.Objects;

/**
 * A conference's programme as its schedule platform exports it (sched's {@code all.ics}, pretalx's
 * {@code schedule.ics}, …): the events that have a session page, and the calendar's name.
 *
 * @param name the export's X-WR-CALNAME (or NAME), or null
 */
public record OfficialSchedule(String name, List<OfficialSession> sessions) {

    public OfficialSchedule {
        Objects.requireNonNull(sessions, "sessions");
        sessions = List.copyOf(sessions);
        name = name == null || name.isBlank() ? null : name;
    }
}
