package dev.confcal.schedule;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What the conference's own schedule adds to the notes: its name, the placement of each session it knows, and
 * its tracks (slug → name as the schedule writes it).
 *
 * @param name        the schedule's name for the conference, or null
 * @param placements  by session UID
 */
public record OfficialInfo(String name, Map<String, Placement> placements, Map<String, String> tracks) {

    public static final OfficialInfo NONE = new OfficialInfo(null, Map.of(), Map.of());

    public OfficialInfo {
        name = name == null || name.isBlank() ? null : name;
        placements = Map.copyOf(placements);
        tracks = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(tracks, "tracks")));
    }

    public boolean isNone() {
        return placements.isEmpty() && tracks.isEmpty() && name == null;
    }
}
