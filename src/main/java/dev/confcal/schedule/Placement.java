package dev.confcal.schedule;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * Where and when the conference's own schedule puts a session the notes pick.
 *
 * @param room        the official room, or null when the schedule names none
 * @param tracks      the official tracks' slugs ({@link Tracks#slug}), in the schedule's order
 * @param notedStart  the start the notes give, when the official one differs (the talk moved), else null
 * @param notedEnd    the end the notes give (or assumed), when the official one differs, else null
 */
public record Placement(String room, List<String> tracks, ZonedDateTime notedStart, ZonedDateTime notedEnd) {

    public Placement {
        room = room == null || room.isBlank() ? null : room;
        tracks = List.copyOf(tracks);
    }

    /** The official start differs from the one in the notes. */
    public boolean moved() {
        return notedStart != null;
    }
}
