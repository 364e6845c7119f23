package dev.confcal.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.time.zone.ZoneOffsetTransitionRule;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A yearly onset in the one RRULE form Outlook imports ([MS-OXCICAL] 2.1.3.1.1.19.2.2): FREQ=YEARLY, one month and
 * one weekday with a single ordinal ({@code BYDAY=2SU}, {@code BYDAY=-1SU}), at a wall-clock time in the offset the
 * onset replaces.
 *
 * @param ordinal 1–4 for the first to fourth weekday of the month, -1 for the last
 * @param time    the onset's local time in TZOFFSETFROM (RFC 5545 §3.6.5), the same every year
 */
record YearlyRule(Month month, int ordinal, DayOfWeek day, LocalTime time) {

    /** Every leap-year and weekday pairing comes round within 28 years (1901–2099). */
    private static final int CYCLE = 28;

    /**
     * The RRULE form of a java.time rule, checked against the rule's own transitions for 28 years from
     * {@code fromYear}; empty when it has none: a fixed day of the month, a weekday that is not an ordinal of its
     * month ("Sunday on or after the 16th"), or a time that moves the onset to another day (a rule at 24:00, or one
     * defined in UTC that falls on the evening before).
     */
    static Optional<YearlyRule> of(ZoneOffsetTransitionRule rule, int fromYear) {
        if (rule.getDayOfWeek() == null) {
            return Optional.empty();
        }
        LocalDateTime first = rule.createTransition(fromYear).getDateTimeBefore();
        int day = first.getDayOfMonth();
        List<Integer> ordinals = day + 7 > first.toLocalDate().lengthOfMonth() ? List.of(-1, (day - 1) / 7 + 1)
                : List.of((day - 1) / 7 + 1);
        for (int ordinal : ordinals) {
            if (ordinal > 4) {
                continue; // a fifth weekday some months do not have
            }
            YearlyRule candidate = new YearlyRule(first.getMonth(), ordinal, first.getDayOfWeek(), first.toLocalTime());
            if (candidate.matches(rule, fromYear)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private boolean matches(ZoneOffsetTransitionRule rule, int fromYear) {
        for (int year = fromYear; year < fromYear + CYCLE; year++) {
            if (!rule.createTransition(year).getDateTimeBefore().equals(onset(year))) {
                return false;
            }
        }
        return true;
    }

    /** The onset in {@code year}, as local time in the offset it replaces. */
    LocalDateTime onset(int year) {
        LocalDate first = LocalDate.of(year, month, 1);
        LocalDate date = ordinal < 0 ? first.with(TemporalAdjusters.lastInMonth(day))
                : first.with(TemporalAdjusters.dayOfWeekInMonth(ordinal, day));
        return date.atTime(time);
    }

    /** {@code FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU}. */
    String rrule() {
        return "FREQ=YEARLY;BYMONTH=" + month.getValue() + ";BYDAY=" + ordinal
                + day.name().substring(0, 2).toUpperCase(Locale.ROOT);
    }
}
