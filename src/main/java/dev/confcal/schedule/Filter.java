package dev.confcal.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Which sessions a feed holds. Every criterion narrows the feed; an empty criterion does not.
 * The lists are normalized (trimmed, lower-cased, de-duplicated, sorted) so that equal filters are
 * equal values: the server caches rendered feeds by filter.
 *
 * @param keywords any of them, or one of its {@link Synonyms}, must occur (case-insensitive) in titles, speakers,
 *                 companies or notes
 * @param exclude  none of them, nor their synonyms, may occur
 * @param track    a track name from the notes' front matter, or null
 */
public record Filter(boolean starredOnly, List<String> keywords, List<String> exclude, List<LocalDate> days,
                     String track) {

    public static final Filter ALL = new Filter(false, List.of(), List.of(), List.of(), null);
    public static final Filter STARRED = ALL.withStarredOnly();

    public Filter {
        keywords = normalize(keywords);
        exclude = normalize(exclude);
        days = List.copyOf(new TreeSet<>(days));
        track = track == null || track.isBlank() ? null : track.strip();
    }

    private static List<String> normalize(List<String> words) {
        TreeSet<String> set = new TreeSet<>();
        for (String word : words) {
            Objects.requireNonNull(word, "keyword");
            String clean = word.strip().toLowerCase(Locale.ROOT);
            if (!clean.isEmpty()) {
                set.add(clean);
            }
        }
        return List.copyOf(set);
    }

    public Filter withStarredOnly() {
        return new Filter(true, keywords, exclude, days, track);
    }

    public Filter withTrack(String name) {
        return new Filter(starredOnly, keywords, exclude, days, name);
    }

    public boolean isAll() {
        return equals(ALL);
    }

    public boolean test(Session session, Schedule schedule) {
        if (starredOnly && !session.starred()) {
            return false;
        }
        if (!days.isEmpty() && !days.contains(session.day())) {
            return false;
        }
        if (keywords.isEmpty() && exclude.isEmpty() && track == null) {
            return true;
        }
        String text = Keywords.text(session);
        if (!keywords.isEmpty() && !Keywords.matchesAny(text, Synonyms.expand(keywords))) {
            return false;
        }
        if (Keywords.matchesAny(text, Synonyms.expand(exclude))) {
            return false;
        }
        return track == null || Keywords.matchesAny(text, schedule.tracks().getOrDefault(track, List.of()))
                || schedule.placement(session).map(p -> p.tracks().contains(track)).orElse(false);
    }

    /** A short human description for feed names: {@code starred · wasm, istio · 2023-09-27}. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (starredOnly) {
            parts.add("starred");
        }
        if (track != null) {
            parts.add("track " + track);
        }
        if (!keywords.isEmpty()) {
            parts.add(String.join(", ", keywords));
        }
        if (!exclude.isEmpty()) {
            parts.add("without " + String.join(", ", exclude));
        }
        if (!days.isEmpty()) {
            parts.add(String.join(", ", days.stream().map(LocalDate::toString).toList()));
        }
        return String.join(" · ", parts);
    }
}
