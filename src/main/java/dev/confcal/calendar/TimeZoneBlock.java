package dev.confcal.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Locale;

/**
 * A VTIMEZONE for the years a feed's events fall in, written from Java's own zone rules: one observance for the
 * offset in force when the window opens, then one per transition inside it, each with its exact local start — no
 * RRULEs and no history. ical4j's bundled definitions carry a zone's whole history (1901's local mean time,
 * abolished daylight rules), which ical4j and biweekly each misread in dozens of zones (São Paulo, Moscow, Darwin:
 * hours off); a window of plain transitions is read the same by every parser.
 */
final class TimeZoneBlock {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter ABBREVIATION = DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH);

    private TimeZoneBlock() {
    }

    /** The VTIMEZONE of {@code zone} from 1 January of {@code firstYear} to the end of {@code lastYear}. */
    static void write(ContentLines out, ZoneId zone, int firstYear, int lastYear) {
        if (!zone.getId().matches("[A-Za-z0-9_+\\-/]+")) {
            throw new IllegalArgumentException("time zone " + zone.getId() + " cannot be a TZID; name an IANA zone");
        }
        ZoneRules rules = zone.getRules();
        Instant from = LocalDate.of(firstYear, 1, 1).atStartOfDay(zone).toInstant();
        Instant until = LocalDate.of(lastYear + 1, 1, 1).atStartOfDay(zone).toInstant();
        out.line("BEGIN:VTIMEZONE").raw("TZID", zone.getId());
        ZoneOffset offset = rules.getOffset(from);
        observance(out, zone, from, LocalDateTime.ofInstant(from, offset), offset, offset);
        ZoneOffsetTransition next = rules.nextTransition(from);
        while (next != null && next.getInstant().isBefore(until)) {
            observance(out, zone, next.getInstant(), next.getDateTimeBefore(), next.getOffsetBefore(),
                    next.getOffsetAfter());
            next = rules.nextTransition(next.getInstant());
        }
        out.line("END:VTIMEZONE");
    }

    /** @param localStart the wall-clock time the observance begins at, in the offset it replaces (RFC 5545 §3.6.5) */
    private static void observance(ContentLines out, ZoneId zone, Instant at, LocalDateTime localStart,
                                   ZoneOffset before, ZoneOffset after) {
        String kind = zone.getRules().isDaylightSavings(at) ? "DAYLIGHT" : "STANDARD";
        out.line("BEGIN:" + kind)
                .raw("DTSTART", LOCAL.format(localStart))
                .raw("TZOFFSETFROM", offset(before))
                .raw("TZOFFSETTO", offset(after))
                .text("TZNAME", ABBREVIATION.format(at.atZone(zone)))
                .line("END:" + kind);
    }

    /** {@code +0800}, {@code -0330}, {@code +053328} (seconds only when there are some). */
    static String offset(ZoneOffset offset) {
        int total = offset.getTotalSeconds();
        int abs = Math.abs(total);
        String text = String.format(Locale.ROOT, "%s%02d%02d", total < 0 ? "-" : "+", abs / 3600, abs / 60 % 60);
        return abs % 60 == 0 ? text : text + String.format(Locale.ROOT, "%02d", abs % 60);
    }
}
