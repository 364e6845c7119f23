package dev.confcal.notes;

import dev.confcal.schedule.ProblemCode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Recognises day headings and gives each its date: a written date ({@link WrittenDate}, its year from
 * {@link YearResolver}); a counted day ({@code Day 2}, {@code 第二天}: see {@link DayNumber}) from a day heading that
 * gave both a number and a date, else from the front matter's {@code start:}, else counting the first dated day
 * heading as day 1; a weekday alone ({@code Sunday}, {@code 日曜日}) as the first such day after the previous day
 * heading, else from {@code start:}. What had to be worked out is said in a notice; what cannot be is an error.
 */
final class DayHeadings {

    /** What a heading is: not a day, or a day whose date is known (null when it could not be read). */
    record Day(LocalDate date) {
    }

    private final YearResolver years;
    private final LocalDate start;
    private final Problems problems;
    private WrittenDate.Order order = WrittenDate.Order.MONTH_DAY;
    private boolean orderKnown;
    private LocalDate previous;
    private boolean first = true;
    private Integer anchorNumber;
    private LocalDate anchorDate;
    private String anchorHeading;
    private int anchorLine;

    /** Why slashed dates are read in the order they are when nothing else says: the notes' clock. */
    private String orderEvidence = "month/day";

    DayHeadings(YearResolver years, LocalDate start, Problems problems) {
        this.years = years;
        this.start = start;
        this.problems = problems;
    }

    /**
     * The order of {@code 4/10} when neither number must be the day: day first in notes that write 24-hour
     * times (most of the world), month first in notes that write am/pm (the United States).
     */
    void defaultOrder(WrittenDate.Order order, String evidence) {
        this.order = order;
        this.orderEvidence = (order == WrittenDate.Order.MONTH_DAY ? "month/day" : "day/month") + ", as " + evidence
                + " suggest";
    }

    Optional<Day> read(String heading, int line) {
        Optional<WrittenDate.Found> found = WrittenDate.find(heading, order);
        if (found.isPresent() && previous == null && WrittenDate.isRange(heading)) {
            // "# FOSDEM 2025, Brussels, Sat 1 – Sun 2 Feb 2025": the conference's days, not one of them
            Integer year = found.get().date().year() != null ? found.get().date().year()
                    : years.known(found.get().date());
            if (year != null) {
                try {
                    statedStart(LocalDate.of(year, found.get().date().month(), found.get().date().day()),
                            "line " + line);
                } catch (java.time.DateTimeException e) {
                    // not a date: the heading is left as it is
                }
            }
            return Optional.empty();
        }
        Optional<Integer> number = DayNumber.find(heading);
        if (found.isPresent()) {
            return Optional.of(new Day(dated(found.get(), number.orElse(null), heading, line)));
        }
        if (number.isPresent()) {
            return Optional.of(new Day(counted(number.get(), heading, line)));
        }
        Optional<DayOfWeek> weekday = Weekdays.only(heading);
        if (weekday.isPresent()) {
            return Optional.of(new Day(weekday(weekday.get(), heading, line)));
        }
        Optional<Weekdays.OfMonth> ofMonth = Weekdays.ofMonth(heading);
        if (ofMonth.isPresent()) {
            return Optional.of(new Day(ofMonth(ofMonth.get(), heading, line)));
        }
        weekday = Weekdays.withRemark(heading);
        return weekday.map(day -> new Day(weekday(day, heading, line)));
    }

    private LocalDate dated(WrittenDate.Found found, Integer number, String heading, int line) {
        found = byWeekday(found);
        LocalDate date = years.resolve(found.date(), heading, line).orElse(null);
        if (found.order() != null) {
            if (!found.assumed()) {
                order = found.order();
                orderKnown = true;
            } else if (date != null) {
                problems.add(ProblemCode.NUMERIC_DATE_ORDER, line, heading, date, orderKnown
                        ? (order == WrittenDate.Order.MONTH_DAY ? "month/day" : "day/month")
                        + ", the order of the day headings before it"
                        : orderEvidence);
            }
        }
        if (date != null && (number != null || first)) {
            anchorNumber = number != null ? number : 1;
            anchorDate = date;
            anchorHeading = heading;
            anchorLine = line;
        }
        return seen(date);
    }

    /**
     * {@code 8/4（日）}: when both numbers could be the month, the weekday written beside them says which order is
     * meant, in the year the notes name.
     */
    private WrittenDate.Found byWeekday(WrittenDate.Found found) {
        WrittenDate written = found.date();
        Integer year = found.assumed() && written.weekday() != null ? years.known(written) : null;
        if (year == null) {
            return found;
        }
        if (matches(year, written)) { // the weekday confirms the order: evidence, not an assumption
            return new WrittenDate.Found(written, found.order(), false);
        }
        WrittenDate swapped = new WrittenDate(written.year(), written.day(), written.month(), written.weekday());
        return matches(year, swapped) ? new WrittenDate.Found(swapped, found.order() == WrittenDate.Order.MONTH_DAY
                ? WrittenDate.Order.DAY_MONTH : WrittenDate.Order.MONTH_DAY, false) : found;
    }

    private static boolean matches(int year, WrittenDate written) {
        try {
            return LocalDate.of(year, written.month(), written.day()).getDayOfWeek() == written.weekday();
        } catch (java.time.DateTimeException e) {
            return false;
        }
    }

    private LocalDate counted(int number, String heading, int line) {
        if (anchorDate != null) {
            LocalDate date = anchorDate.plusDays(number - anchorNumber);
            problems.add(ProblemCode.DAY_FROM_CONTEXT, line, heading, date, "day " + number + ", counting \""
                    + anchorHeading + "\" at line " + anchorLine + " as day " + anchorNumber);
            return seen(date);
        }
        if (start != null) {
            LocalDate date = start.plusDays(number - 1);
            problems.add(ProblemCode.DAY_FROM_CONTEXT, line, heading, date, "day " + number
                    + " of the conference that starts on " + start + ", the front matter's start:");
            return seen(date);
        }
        if (statedStart != null) {
            LocalDate date = statedStart.plusDays(number - 1);
            problems.add(ProblemCode.DAY_FROM_CONTEXT, line, heading, date, "day " + number
                    + " of the conference that starts on " + statedStart + ", the date " + statedWhere + " names");
            return seen(date);
        }
        problems.add(ProblemCode.UNDATED_DAY, line, heading, heading);
        return seen(null);
    }

    /** The first date the notes write before their first day ({@code March 18–20, 2024}), and where. */
    void statedStart(LocalDate date, String where) {
        if (statedStart == null) {
            statedStart = date;
            statedWhere = where;
        }
    }

    private LocalDate statedStart;
    private String statedWhere;

    /** The first day an undated day heading may be, and what says so: the day after the previous, or a start. */
    private record CountFrom(LocalDate date, String why) {
    }

    private CountFrom countFrom() {
        if (previous != null) {
            return new CountFrom(previous.plusDays(1), "after " + previous);
        }
        if (start != null) {
            return new CountFrom(start, "from " + start + ", the front matter's start:");
        }
        return statedStart == null ? null
                : new CountFrom(statedStart, "from " + statedStart + ", the date " + statedWhere + " names");
    }

    private LocalDate weekday(DayOfWeek weekday, String heading, int line) {
        CountFrom from = countFrom();
        if (from == null) {
            problems.add(ProblemCode.UNDATED_DAY, line, heading, heading);
            return seen(null);
        }
        LocalDate date = from.date();
        while (date.getDayOfWeek() != weekday) {
            date = date.plusDays(1);
        }
        problems.add(ProblemCode.DAY_FROM_CONTEXT, line, heading, date, "the first " + YearResolver.name(weekday)
                + " " + from.why());
        return seen(date);
    }

    /**
     * {@code Tue 12}: the first date from the previous day (else the stated start, else the front matter's) that is
     * that weekday and that day of its month.
     */
    private LocalDate ofMonth(Weekdays.OfMonth day, String heading, int line) {
        CountFrom from = countFrom();
        if (from == null) {
            problems.add(ProblemCode.UNDATED_DAY, line, heading, heading);
            return seen(null);
        }
        for (LocalDate date = from.date(); date.isBefore(from.date().plusYears(1)); date = date.plusDays(1)) {
            if (date.getDayOfMonth() == day.day() && date.getDayOfWeek() == day.weekday()) {
                problems.add(ProblemCode.DAY_FROM_CONTEXT, line, heading, date, "the first " + YearResolver.name(
                        day.weekday()) + " that is day " + day.day() + " of its month, " + from.why());
                return seen(date);
            }
        }
        problems.add(ProblemCode.UNDATED_DAY, line, heading, heading);
        return seen(null);
    }

    private LocalDate seen(LocalDate date) {
        first = false;
        if (date != null) {
            previous = date;
        }
        return date;
    }
}
