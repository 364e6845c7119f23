package dev.confcal.notes;

import dev.confcal.schedule.ProblemCode;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Gives a day heading its year: the heading's own, else the front matter's, else {@code --year}, else the year
 * the session links name ({@code kccncosschn2023}, {@code kccncna19}, {@code fosdem.org/2024/}), else — assumed,
 * and said so — the nearest year in which the written weekday matches, around the fallback year or the clock's.
 * A weekday that contradicts a year the notes give is an error naming both, never a silent change of year.
 */
final class YearResolver {

    /** A year the notes name around a day heading, and where: {@code "# KubeCon EU 2024" at line 1}. */
    record Hint(int year, String where) {
    }

    private final Integer told;
    private Hint context;
    private final Supplier<Integer> urls;
    private Integer fromUrls;
    private boolean urlsRead;
    private final int thisYear;
    private final Problems problems;
    private boolean guessed;
    private Hint lastSaid;

    /**
     * @param told     the year from the front matter or {@code --year}, or null
     * @param fromUrls the year the session links name, or null: looked for only when a heading needs it
     * @param thisYear the fallback year, else the clock's
     */
    YearResolver(Integer told, Supplier<Integer> fromUrls, int thisYear, Problems problems) {
        this.told = told;
        this.urls = fromUrls;
        this.thisYear = thisYear;
        this.problems = problems;
    }

    /** The year the notes name for what follows (a title, a section heading), or null. */
    void context(Hint hint) {
        context = hint;
    }

    /** The year a date without one would be read in, when the notes say it (never the clock's guess), or null. */
    Integer known(WrittenDate written) {
        if (written.year() != null || told != null) {
            return written.year() != null ? written.year() : told;
        }
        return context != null ? Integer.valueOf(context.year()) : fromUrls();
    }

    Optional<LocalDate> resolve(WrittenDate written, String heading, int line) {
        Integer given = written.year() != null ? written.year() : told;
        if (given == null && context != null) {
            Optional<LocalDate> date = date(context.year(), written);
            if (date.isEmpty()) {
                problems.add(ProblemCode.UNREADABLE_DAY, line, heading,
                        context.year() + "-" + written.month() + "-" + written.day() + " does not exist");
            } else if (written.weekday() != null && date.get().getDayOfWeek() != written.weekday()) {
                problems.add(ProblemCode.WEEKDAY_MISMATCH, line, heading, "in " + context.year() + ", the year "
                        + context.where() + " names, " + date.get() + " is a " + name(date.get().getDayOfWeek())
                        + ", not a " + name(written.weekday()));
            } else if (!context.equals(lastSaid)) {
                lastSaid = context;
                problems.add(ProblemCode.YEAR_FROM_NOTES, line, heading, context.year(), context.where());
            }
            return date;
        }
        Integer fromUrls = given == null ? fromUrls() : null;
        if (given != null || fromUrls != null) {
            int year = given != null ? given : fromUrls;
            Optional<LocalDate> date = date(year, written);
            if (date.isEmpty()) {
                problems.add(ProblemCode.UNREADABLE_DAY, line, heading,
                        year + "-" + written.month() + "-" + written.day() + " does not exist");
            } else if (written.weekday() != null && date.get().getDayOfWeek() != written.weekday()) {
                String where = given != null ? "" : "in " + year + ", the year the session links name, ";
                problems.add(ProblemCode.WEEKDAY_MISMATCH, line, heading, where + date.get() + " is a "
                        + name(date.get().getDayOfWeek()) + ", not a " + name(written.weekday()));
            }
            return date;
        }
        guessed = true;
        for (int offset = 0; offset <= 28; offset++) {
            for (int year : offset == 0 ? new int[] {thisYear} : new int[] {thisYear - offset, thisYear + offset}) {
                Optional<LocalDate> date = date(year, written);
                if (date.isPresent() && (written.weekday() == null || date.get().getDayOfWeek() == written.weekday())) {
                    if (year != thisYear) {
                        problems.add(ProblemCode.YEAR_FROM_WEEKDAY, line, heading, year, name(written.weekday()));
                    } else if (!problems.has(ProblemCode.YEAR_ASSUMED)) {
                        problems.add(ProblemCode.YEAR_ASSUMED, line, year);
                    }
                    return date;
                }
            }
        }
        problems.add(ProblemCode.UNREADABLE_DAY, line, heading, "month " + written.month() + " has no day "
                + written.day());
        return Optional.empty();
    }

    private Integer fromUrls() {
        if (!urlsRead) {
            fromUrls = urls.get();
            urlsRead = true;
        }
        return fromUrls;
    }

    /** The year a heading without one is placed near. */
    int base() {
        return fromUrls != null ? fromUrls : thisYear;
    }

    /** Whether some day heading's year came from the clock (or the fallback year), not from the notes. */
    boolean guessed() {
        return guessed;
    }

    private static Optional<LocalDate> date(int year, WrittenDate written) {
        try {
            return Optional.of(LocalDate.of(year, written.month(), written.day()));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    static String name(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
