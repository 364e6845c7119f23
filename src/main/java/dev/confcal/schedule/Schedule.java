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
 * @param official what the conference's own schedule adds (rooms, official tracks, moved talks), or
 *                 {@link OfficialInfo#NONE}
 */
public record Schedule(
        String source,
        String title,
        ZoneId zone,
        String location,
        Map<String, List<String>> tracks,
        List<Session> sessions,
        OfficialInfo official) {

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
        official = official == null ? OfficialInfo.NONE : official;
    }

    /** A schedule from the notes alone. */
    public Schedule(String source, String title, ZoneId zone, String location, Map<String, List<String>> tracks,
                    List<Session> sessions) {
        this(source, title, zone, location, tracks, sessions, OfficialInfo.NONE);
    }

    /** The same notes with what the official schedule adds, and the sessions as it places them. */
    public Schedule withOfficial(String title, List<Session> placed, OfficialInfo info) {
        return new Schedule(source, title, zone, location, tracks, placed, info);
    }

    /** The same schedule named after another source: the notes file's name without its folders, say. */
    public Schedule withSource(String name) {
        return new Schedule(name, title, zone, location, tracks, sessions, official);
    }

    public Optional<Placement> placement(Session session) {
        return Optional.ofNullable(official.placements().get(session.uid()));
    }

    /** The session's room: the official schedule's, else the one the notes name (a time heading's text), or null. */
    public String room(Session session) {
        Placement placement = official.placements().get(session.uid());
        return placement != null && placement.room() != null ? placement.room() : session.location();
    }

    /** Every track a feed can be asked for: the front matter's, then the official schedule's, by slug. */
    public List<String> trackNames() {
        if (official.tracks().isEmpty()) {
            return List.copyOf(tracks.keySet());
        }
        java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>(tracks.keySet());
        names.addAll(official.tracks().keySet());
        return List.copyOf(names);
    }

    public boolean hasTrack(String name) {
        return tracks.containsKey(name) || official.tracks().containsKey(name);
    }

    /** How a track is shown: the official schedule's own name, or the front matter's key. */
    public String trackTitle(String name) {
        return tracks.containsKey(name) ? name : official.tracks().getOrDefault(name, name);
    }

    public Optional<Session> session(String id) {
        return sessions.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public List<LocalDate> days() {
        return sessions.stream().map(Session::day).distinct().sorted().toList();
    }

    /**
     * The tracks a session is in: those of the front matter whose keywords it matches, in the front matter's order,
     * then its official tracks.
     */
    public List<String> tracksOf(Session session) {
        Placement placement = official.placements().get(session.uid());
        if (tracks.isEmpty()) {
            return placement == null ? List.of() : placement.tracks();
        }
        String text = Keywords.text(session);
        List<String> matched = new java.util.ArrayList<>(tracks.entrySet().stream()
                .filter(track -> Keywords.matchesAny(text, track.getValue()))
                .map(Map.Entry::getKey)
                .toList());
        if (placement != null) {
            placement.tracks().stream().filter(track -> !matched.contains(track)).forEach(matched::add);
        }
        return List.copyOf(matched);
    }

    public List<Session> select(Filter filter) {
        return sessions.stream().filter(session -> filter.test(session, this)).toList();
    }
}
