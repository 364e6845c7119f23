package dev.confcal.official;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An export's start and end times as instants, read by confcal: a TZID is resolved by its IANA name in Java's own
 * zone rules, never by the export's VTIMEZONE (whose rules a hostile export makes endless), and only times a
 * calendar can be given are kept: years {@value #FIRST_YEAR}–{@value #LAST_YEAR} (a feed's VTIMEZONE covers a year
 * either side, and RFC 5545 has four digits for it) and events of at most a day.
 */
final class ExportTime {

    static final int FIRST_YEAR = 1970;
    static final int LAST_YEAR = 9998;
    static final Duration LONGEST = Duration.ofDays(1);
    private static final Pattern DATE_TIME = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})T(\\d{2})(\\d{2})(\\d{2})(Z?)");
    private static final Instant EARLIEST = LocalDateTime.of(FIRST_YEAR, 1, 1, 0, 0).toInstant(ZoneOffset.UTC);
    private static final Instant LATEST = LocalDateTime.of(LAST_YEAR + 1, 1, 1, 0, 0).toInstant(ZoneOffset.UTC);

    /** A session's span, or why the export's times for it are not used. */
    record Span(Instant start, Instant end) {
    }

    private ExportTime() {
    }

    /**
     * @param floatingZone the zone of times written without one (the export's X-WR-TIMEZONE), or null
     * @return the span, or null when there is no usable one: a time missing, all-day, in an unknown zone, outside
     * the years a calendar can be given, ending before it starts or lasting more than a day
     */
    static Span span(ExportEvents.Time start, ExportEvents.Time end, ZoneId floatingZone) {
        Instant from = instant(start, floatingZone);
        Instant to = instant(end, floatingZone);
        if (from == null || to == null || to.isBefore(from) || Duration.between(from, to).compareTo(LONGEST) > 0) {
            return null;
        }
        return new Span(from, to);
    }

    /** UTC times as they are, zoned ones by their TZID's IANA rules, floating ones in {@code floatingZone}. */
    static Instant instant(ExportEvents.Time time, ZoneId floatingZone) {
        if (time == null || time.date()) {
            return null; // an all-day entry is not a session
        }
        Matcher m = DATE_TIME.matcher(time.value());
        if (!m.matches()) {
            return null;
        }
        try {
            LocalDateTime local = LocalDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                    Integer.parseInt(m.group(6)));
            ZoneId zone = !m.group(7).isEmpty() ? ZoneOffset.UTC : time.tzid() != null ? zone(time.tzid()) : floatingZone;
            if (zone == null) {
                return null;
            }
            Instant instant = local.atZone(zone).toInstant();
            return instant.isBefore(EARLIEST) || !instant.isBefore(LATEST) ? null : instant;
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * The zone a TZID names: an IANA id, or one at the end of a prefixed name such as
     * {@code /mozilla.org/20050126_1/Europe/Berlin}; null for any other (its VTIMEZONE is not read).
     */
    static ZoneId zone(String tzid) {
        String id = tzid.strip();
        if (id.isEmpty() || id.length() > 200) {
            return null;
        }
        String[] parts = id.split("/");
        for (int first = 0; first < parts.length; first++) {
            String candidate = String.join("/", java.util.Arrays.asList(parts).subList(first, parts.length));
            if (candidate.isEmpty()) {
                continue;
            }
            try {
                return ZoneId.of(candidate);
            } catch (DateTimeException e) {
                // not this suffix; try a shorter one
            }
        }
        return null;
    }
}
