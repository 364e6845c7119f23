package dev.confcal.official;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One event of a conference's own schedule export, as far as confcal uses it.
 *
 * @param url      the session's page (the notes link to the same page; the platform id in it is the match key)
 * @param title    the export's SUMMARY: sched writes {@code Title - Speaker, Company}, like the notes' links
 * @param room     LOCATION, or null
 * @param tracks   CATEGORIES in the export's order, without duplicates
 */
public record OfficialSession(String url, Instant start, Instant end, String title, String room,
                              List<String> tracks) {

    public OfficialSession {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(title, "title");
        tracks = List.copyOf(tracks);
        room = room == null || room.isBlank() ? null : room;
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("event " + url + " ends before it starts");
        }
    }
}
