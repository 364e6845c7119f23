package dev.confcal.notes;

import dev.confcal.schedule.ProblemCode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;

/**
 * A time zone as the notes or the command line name it, checked where it is read: Java accepts ids that no
 * calendar can be given a VTIMEZONE for ({@code UTC+8}, {@code +08:00}, {@code Z}, {@code SystemV/PST8}), and a
 * feed in such a zone could not be written at all. A fixed offset is written as the IANA zone of the same offset
 * ({@code Etc/GMT-8}: the sign is reversed there); any other zone must be one the iCalendar library defines, the
 * same check the feed writer makes.
 *
 * @param zone     the zone to use, or null when the text cannot be used
 * @param problem  what to say: {@link ProblemCode#TIMEZONE_MAPPED}, {@link ProblemCode#UNKNOWN_TIMEZONE},
 *                 {@link ProblemCode#UNWRITABLE_TIMEZONE}, or null when the text is fine as it is
 * @param details  the problem's details
 */
public record WritableZone(ZoneId zone, ProblemCode problem, Object[] details) {

    private static final TimeZoneRegistry REGISTRY = TimeZoneRegistryFactory.getInstance().createRegistry();

    /** Reads a zone id; never throws. */
    public static WritableZone read(String text) {
        String id = text.strip();
        ZoneId zone;
        try {
            zone = ZoneId.of(id);
        } catch (DateTimeException e) {
            return new WritableZone(null, ProblemCode.UNKNOWN_TIMEZONE, new Object[] {id});
        }
        return check(zone, id);
    }

    /** Checks a zone given as a {@link ZoneId} (the builder's option); {@code label} is how it was written. */
    public static WritableZone check(ZoneId zone, String label) {
        if (writable(zone.getId())) {
            return new WritableZone(zone, null, new Object[0]);
        }
        if (zone.getRules() == null) { // a few old SystemV ids: Java knows the name but has no rules for it
            return new WritableZone(null, ProblemCode.UNWRITABLE_TIMEZONE, new Object[] {label, "Asia/Shanghai"});
        }
        Optional<ZoneOffset> fixed = fixedOffset(zone.getRules());
        Optional<ZoneId> mapped = fixed.flatMap(WritableZone::forOffset);
        if (mapped.isPresent()) {
            return new WritableZone(mapped.get(), ProblemCode.TIMEZONE_MAPPED, new Object[] {label, mapped.get()});
        }
        return new WritableZone(null, ProblemCode.UNWRITABLE_TIMEZONE, new Object[] {label, suggestion(zone)});
    }

    /** The message when the zone cannot be used, or null. */
    public String error() {
        return zone == null ? String.format(java.util.Locale.ROOT, problem.template(), details) : null;
    }

    /**
     * The writable zone of a whole-hour offset: {@code Etc/UTC}, or {@code Etc/GMT-8} for UTC+8 (POSIX signs,
     * reversed); empty for offsets such as +05:30, which no such zone holds.
     */
    static Optional<ZoneId> forOffset(ZoneOffset offset) {
        int seconds = offset.getTotalSeconds();
        if (seconds == 0) {
            return Optional.of(ZoneId.of("Etc/UTC"));
        }
        if (seconds % 3600 != 0 || seconds < -12 * 3600 || seconds > 14 * 3600) {
            return Optional.empty();
        }
        String id = "Etc/GMT" + (seconds > 0 ? "-" : "+") + Math.abs(seconds / 3600);
        return writable(id) ? Optional.of(ZoneId.of(id)) : Optional.empty();
    }

    static boolean writable(String id) {
        try {
            return REGISTRY.getTimeZone(id) != null;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The offset of a zone that never changes it (an offset, or an old id like SystemV/PST8). */
    private static Optional<ZoneOffset> fixedOffset(ZoneRules rules) {
        if (rules.isFixedOffset() || rules.getTransitions().isEmpty() && rules.getTransitionRules().isEmpty()) {
            return Optional.of(rules.getOffset(Instant.EPOCH));
        }
        return Optional.empty();
    }

    /** Well-known places, asked first for a suggestion. */
    private static final List<String> KNOWN = List.of("America/Los_Angeles", "America/Denver", "America/Chicago",
            "America/New_York", "America/Sao_Paulo", "Europe/London", "Europe/Paris", "Europe/Athens",
            "Europe/Istanbul", "Asia/Dubai", "Asia/Kolkata", "Asia/Bangkok", "Asia/Shanghai", "Asia/Tokyo",
            "Australia/Sydney", "Pacific/Auckland");

    /** A place with the zone's offsets (in January and July) that calendars know, for the message. */
    private static String suggestion(ZoneId zone) {
        List<String> candidates = new java.util.ArrayList<>(KNOWN);
        candidates.addAll(new TreeSet<>(ZoneId.getAvailableZoneIds()));
        for (String id : candidates) {
            if (id.matches("(Africa|America|Asia|Australia|Europe|Pacific)/[A-Za-z_]+") && sameOffsets(zone, ZoneId.of(id))
                    && writable(id)) {
                return REGISTRY.getTimeZone(id).getID();
            }
        }
        return "Asia/Shanghai";
    }

    private static boolean sameOffsets(ZoneId a, ZoneId b) {
        for (Instant at : List.of(Instant.parse("2025-01-15T00:00:00Z"), Instant.parse("2025-07-15T00:00:00Z"))) {
            if (!a.getRules().getOffset(at).equals(b.getRules().getOffset(at))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WritableZone that && java.util.Objects.equals(zone, that.zone)
                && problem == that.problem && java.util.Arrays.equals(details, that.details);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(zone, problem, java.util.Arrays.hashCode(details));
    }

    @Override
    public String toString() {
        return "WritableZone[" + zone + ", " + problem + "]";
    }
}
