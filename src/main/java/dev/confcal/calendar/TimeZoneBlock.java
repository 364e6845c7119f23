package dev.confcal.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A VTIMEZONE for a feed's events, written from Java's own zone rules in the shape Outlook and Google write: one
 * STANDARD and one DAYLIGHT, each with a yearly RRULE ([MS-OXCICAL] 2.1.3.1.1.19.2: Outlook reads only the STANDARD
 * with the largest DTSTART, and Ruby's icalendar gem fails on several), both starting at the last onset before the
 * first event; a zone without daylight saving gets one STANDARD. Where the zone's current rules do not give every
 * change between those onsets and the last event (a year before a rule change, rules with no RRULE form), it falls
 * back to explicit observances: the one in force at the first event and one per change up to the last. Never a
 * zone's history: ical4j's bundled definitions carry it (1901's local mean time, abolished daylight rules), and ical4j
 * and biweekly each misread it in dozens of zones (São Paulo, Moscow, Darwin: hours off).
 */
final class TimeZoneBlock {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter ABBREVIATION = DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH);
    /** How far back the onsets of a yearly pair are looked for: two changes a year. */
    private static final int ONSETS_BACK = 4;

    private TimeZoneBlock() {
    }

    /** One STANDARD or DAYLIGHT part: its first onset as local time in {@code from}, and its RRULE or null. */
    record Observance(boolean daylight, LocalDateTime start, ZoneOffset from, ZoneOffset to, String name,
                      String rrule) {
    }

    /** The VTIMEZONE of {@code zone} for events from {@code first} (the earliest start) to {@code last} (the latest end). */
    static void write(ContentLines out, ZoneId zone, Instant first, Instant last) {
        if (!zone.getId().matches("[A-Za-z0-9_+\\-/]+")) {
            throw new IllegalArgumentException("time zone " + zone.getId() + " cannot be a TZID; name an IANA zone");
        }
        out.line("BEGIN:VTIMEZONE").raw("TZID", zone.getId());
        for (Observance part : observances(zone, first, last)) {
            String kind = part.daylight() ? "DAYLIGHT" : "STANDARD";
            out.line("BEGIN:" + kind).raw("DTSTART", LOCAL.format(part.start()));
            if (part.rrule() != null) {
                out.raw("RRULE", part.rrule());
            }
            out.raw("TZOFFSETFROM", offset(part.from()))
                    .raw("TZOFFSETTO", offset(part.to()))
                    .text("TZNAME", part.name())
                    .line("END:" + kind);
        }
        out.line("END:VTIMEZONE");
    }

    static List<Observance> observances(ZoneId zone, Instant first, Instant last) {
        return yearly(zone, first, last).orElseGet(() -> explicit(zone, first, last));
    }

    /**
     * The zone's two yearly rules, from the last onset of each before {@code first}; empty unless the zone's actual
     * changes from the earlier onset to {@code last} are exactly the rules' and both rules have an RRULE form.
     */
    private static Optional<List<Observance>> yearly(ZoneId zone, Instant first, Instant last) {
        ZoneRules rules = zone.getRules();
        List<ZoneOffsetTransitionRule> yearly = rules.getTransitionRules();
        ZoneOffsetTransition standard = lastOnset(rules, first, false);
        ZoneOffsetTransition daylight = lastOnset(rules, first, true);
        if (yearly.size() != 2 || standard == null || daylight == null) {
            return Optional.empty();
        }
        Instant from = standard.getInstant().isBefore(daylight.getInstant()) ? standard.getInstant()
                : daylight.getInstant();
        if (!transitions(rules, from, last).equals(predicted(yearly, from, last))) {
            return Optional.empty();
        }
        List<Observance> parts = new ArrayList<>();
        for (ZoneOffsetTransition onset : List.of(standard, daylight)) {
            Optional<YearlyRule> rule = yearly.stream().filter(r -> produces(r, onset)).findFirst()
                    .flatMap(r -> YearlyRule.of(r, onset.getDateTimeBefore().getYear()));
            if (rule.isEmpty()) {
                return Optional.empty();
            }
            parts.add(observance(zone, onset, rule.get().rrule()));
        }
        parts.sort(Comparator.comparing(part -> part.start()));
        return Optional.of(parts);
    }

    /** The last change at or before {@code at} into daylight saving time (or out of it), a few changes back at most. */
    private static ZoneOffsetTransition lastOnset(ZoneRules rules, Instant at, boolean daylight) {
        ZoneOffsetTransition transition = rules.previousTransition(at.plusNanos(1));
        for (int i = 0; i < ONSETS_BACK && transition != null; i++) {
            if (rules.isDaylightSavings(transition.getInstant()) == daylight) {
                return transition;
            }
            transition = rules.previousTransition(transition.getInstant());
        }
        return null;
    }

    /** The zone's changes from {@code from} to {@code until}, both included. */
    private static List<ZoneOffsetTransition> transitions(ZoneRules rules, Instant from, Instant until) {
        List<ZoneOffsetTransition> transitions = new ArrayList<>();
        ZoneOffsetTransition next = rules.nextTransition(from.minusNanos(1));
        while (next != null && !next.getInstant().isAfter(until)) {
            transitions.add(next);
            next = rules.nextTransition(next.getInstant());
        }
        return transitions;
    }

    /** The changes the yearly rules alone give from {@code from} to {@code until}, both included. */
    private static List<ZoneOffsetTransition> predicted(List<ZoneOffsetTransitionRule> yearly, Instant from,
                                                        Instant until) {
        List<ZoneOffsetTransition> transitions = new ArrayList<>();
        int firstYear = from.atOffset(ZoneOffset.UTC).getYear() - 1;
        int lastYear = until.atOffset(ZoneOffset.UTC).getYear() + 1;
        for (int year = firstYear; year <= lastYear; year++) {
            for (ZoneOffsetTransitionRule rule : yearly) {
                ZoneOffsetTransition transition = rule.createTransition(year);
                if (!transition.getInstant().isBefore(from) && !transition.getInstant().isAfter(until)) {
                    transitions.add(transition);
                }
            }
        }
        transitions.sort(Comparator.naturalOrder());
        return transitions;
    }

    private static boolean produces(ZoneOffsetTransitionRule rule, ZoneOffsetTransition transition) {
        int year = transition.getDateTimeBefore().getYear();
        for (int y = year - 1; y <= year + 1; y++) {
            if (rule.createTransition(y).equals(transition)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The observance in force at {@code first}, then one per change up to {@code last}: no RRULEs. When daylight saving
     * time is in force, from the last change to standard time instead: a VTIMEZONE of DAYLIGHT parts alone is one that
     * Python's icalendar refuses, and Outlook expects a STANDARD.
     */
    private static List<Observance> explicit(ZoneId zone, Instant first, Instant last) {
        ZoneRules rules = zone.getRules();
        List<Observance> parts = new ArrayList<>();
        Observance current = inForce(zone, first);
        ZoneOffsetTransition standard = current.daylight() ? lastOnset(rules, first, false) : null;
        Instant from = first;
        if (standard != null && !standard.getInstant().isBefore(floor(zone, first))) {
            parts.add(observance(zone, standard, null));
            from = standard.getInstant();
        } else {
            parts.add(current);
        }
        ZoneOffsetTransition next = rules.nextTransition(from);
        while (next != null && !next.getInstant().isAfter(last)) {
            parts.add(observance(zone, next, null));
            next = rules.nextTransition(next.getInstant());
        }
        if (parts.stream().allMatch(Observance::daylight)) {
            // daylight saving all along (Windhoek, in java.time's reading of Namibia's winter time): call the first
            // part STANDARD, which changes no offset, for the readers that want one
            Observance part = parts.get(0);
            parts.set(0, new Observance(false, part.start(), part.from(), part.to(), part.name(), null));
        }
        return parts;
    }

    /**
     * The observance in force at {@code at}: from the change that began it, or, when that was before the year
     * before, from 1 January of that year with the same offset before and after — no history.
     */
    private static Observance inForce(ZoneId zone, Instant at) {
        ZoneRules rules = zone.getRules();
        Instant floor = floor(zone, at);
        ZoneOffsetTransition began = rules.previousTransition(at.plusNanos(1));
        if (began != null && !began.getInstant().isBefore(floor)) {
            return observance(zone, began, null);
        }
        ZoneOffset offset = rules.getOffset(floor);
        return new Observance(rules.isDaylightSavings(floor), LocalDateTime.ofInstant(floor, offset), offset, offset,
                ABBREVIATION.format(floor.atZone(zone)), null);
    }

    /** 1 January of the year before {@code at}'s: how far back an observance is written from its real start. */
    private static Instant floor(ZoneId zone, Instant at) {
        return LocalDate.of(at.atZone(zone).getYear() - 1, 1, 1).atStartOfDay(zone).toInstant();
    }

    /** The observance a change begins, at the change's wall-clock time in the offset it replaces (RFC 5545 §3.6.5). */
    private static Observance observance(ZoneId zone, ZoneOffsetTransition change, String rrule) {
        Instant at = change.getInstant();
        return new Observance(zone.getRules().isDaylightSavings(at), change.getDateTimeBefore(),
                change.getOffsetBefore(), change.getOffsetAfter(), ABBREVIATION.format(at.atZone(zone)), rrule);
    }

    /** {@code +0800}, {@code -0330}, {@code +053328} (seconds only when there are some). */
    static String offset(ZoneOffset offset) {
        int total = offset.getTotalSeconds();
        int abs = Math.abs(total);
        String text = String.format(Locale.ROOT, "%s%02d%02d", total < 0 ? "-" : "+", abs / 3600, abs / 60 % 60);
        return abs % 60 == 0 ? text : text + String.format(Locale.ROOT, "%02d", abs % 60);
    }
}
