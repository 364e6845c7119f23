package dev.confcal.notes;

import dev.confcal.schedule.Problem;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Gives a day heading its year: the heading's own, else the front matter's, else {@code --year}, else the year
 * in the session URLs ({@code kccncosschn2023}) when it agrees with the written weekday, else the nearest year
 * in which the weekday matches. A weekday that contradicts a year we were told is a problem.
 */
final class YearResolver {

    private final Integer told;
    private final Integer fromUrls;
    private final int thisYear;
    private boolean guessed;

    /**
     * @param told     the year from the front matter or {@code --year}, or null
     * @param fromUrls the year the session URLs name, or null
     */
    YearResolver(Integer told, Integer fromUrls, int thisYear) {
        this.told = told;
        this.fromUrls = fromUrls;
        this.thisYear = thisYear;
    }

    Optional<LocalDate> resolve(WrittenDate written, String heading, String source, int line,
                                Consumer<Problem> problems) {
        Integer explicit = written.year() != null ? written.year() : told;
        if (explicit != null) {
            Optional<LocalDate> date = date(explicit, written);
            if (date.isEmpty()) {
                problems.accept(ProblemCode.UNREADABLE_DAY.at(source, line, heading,
                        explicit + "-" + written.month() + "-" + written.day() + " does not exist"));
            } else if (written.weekday() != null && date.get().getDayOfWeek() != written.weekday()) {
                problems.accept(ProblemCode.WEEKDAY_MISMATCH.at(source, line, heading, date.get()
                        + " is a " + name(date.get().getDayOfWeek()) + ", not a " + name(written.weekday())));
            }
            return date;
        }
        guessed |= fromUrls == null;
        int base = base();
        for (int offset = 0; offset <= 28; offset++) {
            for (int year : offset == 0 ? new int[] {base} : new int[] {base - offset, base + offset}) {
                Optional<LocalDate> date = date(year, written);
                if (date.isPresent() && (written.weekday() == null || date.get().getDayOfWeek() == written.weekday())) {
                    return date;
                }
            }
        }
        problems.accept(ProblemCode.UNREADABLE_DAY.at(source, line, heading, "month "
                + written.month() + " has no day " + written.day()));
        return Optional.empty();
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

    private static String name(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
