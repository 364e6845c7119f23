package dev.confcal.schedule;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A conference as one person's notes describe it: the sessions they picked, in start order.
 *
 * @param source   the notes file's name, for messages and the calendar description
 * @param tracks   track name → keywords (any of) from the front matter, in the notes' order
 */
public record Schedule(
        String source,
        String title,
        ZoneId zone,
        String location,
        Map<String, List<String>> tracks,
        List<Session> sessions) {

    private static final Comparator<Session> BY_START =
            Comparator.comparing(Session::start).thenComparing(Session::line);

    public Schedule {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(zone, "zone");
        location = location == null || location.isBlank() ? null : location;
        Map<String, List<String>> copy = new LinkedHashMap<>();
        tracks.forEach((name, keywords) -> copy.put(name, List.copyOf(keywords)));
        tracks = Collections.unmodifiableMap(copy);
        sessions = sessions.stream().sorted(BY_START).toList();
    }

    public Optional<Session> session(String id) {
        return sessions.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public List<LocalDate> days() {
        return sessions.stream().map(Session::day).distinct().sorted().toList();
    }

    /** The tracks whose keywords a session matches, in the front matter's order. */
    public List<String> tracksOf(Session session) {
        if (tracks.isEmpty()) {
            return List.of();
        }
        String text = Keywords.text(session);
        return tracks.entrySet().stream()
                .filter(track -> Keywords.matchesAny(text, track.getValue()))
                .map(Map.Entry::getKey)
                .toList();
    }

    public List<Session> select(Filter filter) {
        return sessions.stream().filter(session -> filter.test(session, this)).toList();
    }
}
