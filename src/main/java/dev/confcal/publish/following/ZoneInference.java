package dev.confcal.publish.following;

import dev.confcal.official.OfficialSchedule;
import dev.confcal.official.OfficialSession;
import dev.confcal.schedule.Problem;
import dev.confcal.schedule.ProblemCode;
import dev.confcal.schedule.Schedule;
import dev.confcal.schedule.Session;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * When the notes name no time zone, the official schedule's UTC instants settle it: if the notes' wall-clock times
 * differ from them by one offset per date (a talk or two may have moved), the zone is one whose offsets those are.
 * Several zones share offsets; any of them gives the same instants for these dates, and the one named is the
 * first of the zones conferences are usually held in, so the person can correct the name with {@code timezone:}.
 */
final class ZoneInference {

    /** Zones preferred when several fit, in this order (all agree on the conference's instants anyway). */
    private static final List<String> PREFERRED = List.of("Asia/Shanghai", "Europe/Brussels", "Europe/Amsterdam",
            "Europe/Paris", "Europe/Berlin", "Europe/London", "Europe/Lisbon", "America/New_York", "America/Chicago",
            "America/Denver", "America/Los_Angeles", "America/Sao_Paulo", "Asia/Tokyo", "Asia/Seoul",
            "Asia/Singapore", "Asia/Kolkata", "Australia/Sydney", "Asia/Dubai", "Europe/Istanbul", "UTC");
    /** Share of a date's sessions that must agree on its offset: the rest are talks that moved. */
    private static final double MAJORITY = 0.6;

    /**
     * @param zone      the zone concluded, or empty when the assumed one fits (or none can be concluded)
     * @param confirmed the assumed zone fits the official schedule
     * @param problems  what was concluded, or why nothing could be
     */
    record Conclusion(Optional<ZoneId> zone, boolean confirmed, List<Problem> problems) {
    }

    private ZoneInference() {
    }

    /** @param notes the notes as read in an assumed zone */
    static Conclusion conclude(Schedule notes, OfficialSchedule official, Function<String, Optional<String>> uidOf) {
        Map<String, Instant> officialStart = new HashMap<>();
        for (OfficialSession session : official.sessions()) {
            uidOf.apply(session.url()).ifPresent(uid -> officialStart.putIfAbsent(uid, session.start()));
        }
        Map<LocalDate, Map<Integer, Integer>> offsetsByDate = new TreeMap<>();
        Map<LocalDate, Instant> sampleByDate = new HashMap<>();
        for (Session session : notes.sessions()) {
            Instant instant = officialStart.get(session.uid());
            if (instant == null) {
                continue;
            }
            long seconds = Duration.between(instant, session.start().toLocalDateTime().toInstant(ZoneOffset.UTC))
                    .getSeconds();
            if (Math.abs(seconds) > 18 * 3600) {
                continue; // another day altogether: a moved talk, not an offset
            }
            offsetsByDate.computeIfAbsent(session.day(), d -> new HashMap<>()).merge((int) seconds, 1, Integer::sum);
            sampleByDate.putIfAbsent(session.day(), instant);
        }
        if (offsetsByDate.isEmpty()) {
            return new Conclusion(Optional.empty(), false, List.of());
        }
        Map<Instant, ZoneOffset> wanted = new HashMap<>();
        for (Map.Entry<LocalDate, Map<Integer, Integer>> date : offsetsByDate.entrySet()) {
            int total = date.getValue().values().stream().mapToInt(Integer::intValue).sum();
            Map.Entry<Integer, Integer> mode = date.getValue().entrySet().stream()
                    .max(Map.Entry.comparingByValue()).orElseThrow();
            if (mode.getValue() < MAJORITY * total || Math.abs(mode.getKey()) > 18 * 3600) {
                return unsettled(notes, "on " + date.getKey() + " the notes' times differ from the official"
                        + " schedule's by different amounts");
            }
            wanted.put(sampleByDate.get(date.getKey()), ZoneOffset.ofTotalSeconds(mode.getKey()));
        }
        if (fits(notes.zone(), wanted)) {
            return new Conclusion(Optional.empty(), true, List.of());
        }
        List<ZoneId> candidates = candidates(wanted);
        if (candidates.isEmpty()) {
            return unsettled(notes, "no time zone has the offsets " + new LinkedHashSet<>(wanted.values())
                    + " that the official schedule implies");
        }
        ZoneId zone = candidates.get(0);
        return new Conclusion(Optional.of(zone), false, List.of(ProblemCode.ZONE_FROM_SCHEDULE.at(notes.source(), 0,
                zone.getId(), wanted.values().iterator().next(), notes.zone().getId(), zone.getId())));
    }

    /** The same notes read in {@code zone}: the same wall-clock times, other instants. */
    static Schedule inZone(Schedule notes, ZoneId zone) {
        List<Session> sessions = new ArrayList<>();
        for (Session s : notes.sessions()) {
            sessions.add(s.inZoneSameLocal(zone));
        }
        return new Schedule(notes.source(), notes.title(), zone, notes.location(), notes.tracks(), sessions);
    }

    private static List<ZoneId> candidates(Map<Instant, ZoneOffset> wanted) {
        Set<String> ids = new LinkedHashSet<>(PREFERRED);
        ZoneId.getAvailableZoneIds().stream().filter(id -> id.matches("[A-Z][a-z]+/[A-Za-z_/-]+")).sorted()
                .forEach(ids::add);
        List<ZoneId> fitting = new ArrayList<>();
        for (String id : ids) {
            ZoneId zone = ZoneId.of(id);
            if (fits(zone, wanted)) {
                fitting.add(zone);
            }
        }
        return fitting;
    }

    private static boolean fits(ZoneId zone, Map<Instant, ZoneOffset> wanted) {
        return wanted.entrySet().stream()
                .allMatch(e -> ZonedDateTime.ofInstant(e.getKey(), zone).getOffset().equals(e.getValue()));
    }

    private static Conclusion unsettled(Schedule notes, String why) {
        return new Conclusion(Optional.empty(), false, List.of(ProblemCode.ZONE_UNSETTLED.at(notes.source(), 0, why,
                notes.zone().getId())));
    }
}
