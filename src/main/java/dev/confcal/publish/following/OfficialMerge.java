package dev.confcal.publish.following;

import dev.confcal.notes.ParseResult;
import dev.confcal.notes.SessionLinks;
import dev.confcal.official.OfficialSchedule;
import dev.confcal.official.OfficialSession;
import dev.confcal.schedule.OfficialInfo;
import dev.confcal.schedule.Placement;
import dev.confcal.schedule.Problem;
import dev.confcal.schedule.ProblemCode;
import dev.confcal.schedule.Schedule;
import dev.confcal.schedule.Session;
import dev.confcal.schedule.Tracks;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Puts the notes' sessions where the conference's own schedule puts them: the official room, tracks, start and
 * end (the conference moved the talk; {@code prefer: notes} keeps the notes' times), and the schedule's name for
 * the calendar when the notes give none. Sessions are matched by the platform's session id in their URL — the
 * same key as the UID —, never by title. Every difference is a located problem: a moved talk, a session the
 * schedule does not have. A pure function of its input.
 */
final class OfficialMerge {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter ISO_DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    /**
     * How far the schedule may move a talk from where the notes put it. A conference moves talks by hours or days;
     * a time weeks or centuries off is another edition's schedule, or a hostile one, and is not taken.
     */
    static final java.time.Duration NEAR = java.time.Duration.ofDays(7);
    private static final DateTimeFormatter DAY_AND_CLOCK = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH);

    /** The notes as placed, and what differs between the notes and the schedule. */
    record Merged(Schedule schedule, List<Problem> differences) {
        Merged {
            differences = List.copyOf(differences);
        }
    }

    private OfficialMerge() {
    }

    /**
     * @param parsed the notes as read; their front matter says whether to keep the notes' times
     *               ({@code prefer: notes}: differences are still reported) and whether they name the conference
     * @param uidOf  the UID a session page URL gives ({@code 1PTJt@kccncosschn2023.sched.com}), as the notes
     *               reader would make it, or empty for a URL of no known platform
     */
    static Merged apply(ParseResult parsed, OfficialSchedule official, Function<String, Optional<String>> uidOf) {
        Schedule notes = parsed.schedule();
        boolean preferNotes = parsed.request().preferNotes();
        java.util.Set<Integer> bareLinks = parsed.titlesFromLinks();
        Map<String, OfficialSession> byUid = new HashMap<>();
        for (OfficialSession session : official.sessions()) {
            uidOf.apply(session.url()).ifPresent(uid -> byUid.putIfAbsent(uid, session));
        }
        ZoneId zone = notes.zone();
        Map<String, String> trackNames = new LinkedHashMap<>();
        Map<String, Placement> placements = new HashMap<>();
        List<Session> placed = new ArrayList<>();
        List<Problem> differences = new ArrayList<>();
        for (Session noted : notes.sessions()) {
            OfficialSession match = byUid.get(noted.uid());
            Session session = noted;
            if (match == null) {
                differences.add(ProblemCode.SCHEDULE_MISSING.at(notes.source(), session.line(), session.id()));
                placed.add(session);
                continue;
            }
            if (bareLinks.contains(session.line()) && !match.title().isBlank()) {
                SessionLinks.Title title = SessionLinks.title(match.title());
                session = session.withTitles(title.titles(), title.speakers());
            }
            List<String> tracks = new ArrayList<>();
            for (String track : match.tracks()) {
                String slug = Tracks.slug(track);
                trackNames.putIfAbsent(slug, track);
                if (!tracks.contains(slug)) {
                    tracks.add(slug);
                }
            }
            ZonedDateTime start = match.start().atZone(zone);
            ZonedDateTime end = match.end().isAfter(match.start()) ? match.end().atZone(zone) : null;
            if (farOff(session.start(), start)) {
                differences.add(ProblemCode.SCHEDULE_FAR_OFF.at(notes.source(), session.line(), session.id(),
                        ISO_DAY.format(start), NEAR.toDays(), ISO_DAY.format(session.start())));
                placements.put(session.uid(), new Placement(match.room(), tracks, null, null));
                placed.add(session);
                continue;
            }
            boolean moved = !start.toInstant().equals(session.start().toInstant());
            if (moved) {
                differences.add(ProblemCode.SCHEDULE_MOVED.at(notes.source(), session.line(), session.id(),
                        when(session.start(), start), when(start, session.start()),
                        (match.room() == null ? "" : " (" + match.room() + ")")
                                + (preferNotes ? "; keeping the notes' time (prefer: notes)" : "")));
            }
            if (preferNotes) {
                placements.put(session.uid(), new Placement(match.room(), tracks, null, null));
                placed.add(session);
                continue;
            }
            ZonedDateTime newEnd = end != null ? end : session.end().plus(java.time.Duration.between(
                    session.start(), start));
            boolean changed = moved || !newEnd.toInstant().equals(session.end().toInstant());
            placements.put(session.uid(), new Placement(match.room(), tracks, moved ? session.start() : null,
                    moved ? session.end() : null));
            placed.add(changed ? session.withTimes(start, newEnd) : session);
        }
        String title = parsed.request().titleGiven() || official.name() == null ? notes.title() : official.name();
        return new Merged(notes.withOfficial(title, placed, new OfficialInfo(official.name(), placements, trackNames)),
                differences);
    }

    private static boolean farOff(ZonedDateTime noted, ZonedDateTime official) {
        return java.time.Duration.between(noted, official).abs().compareTo(NEAR) > 0;
    }

    /** {@code 11:00}, or {@code 27 Sep 11:00} when the other time is on another day. */
    private static String when(ZonedDateTime time, ZonedDateTime other) {
        return time.toLocalDate().equals(other.withZoneSameInstant(time.getZone()).toLocalDate())
                ? CLOCK.format(time) : DAY_AND_CLOCK.format(time);
    }
}
