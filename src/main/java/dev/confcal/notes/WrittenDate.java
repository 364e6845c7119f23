package dev.confcal.notes;

import java.time.DayOfWeek;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as a day heading writes it: month and day, and maybe a year and a weekday. Reads Chinese, Japanese and
 * Korean dates ({@code 9 月 27 日 周三}, {@code 2025年6月17日(火)}, {@code 2025년 6월 17일 화요일}), ISO and
 * year-first numbers ({@code 2023-09-27}, {@code 2023/9/27}), the month names of {@link DateLanguage}, and
 * day-first ({@code 21.03.2024}) or slashed ({@code 9/27}) numbers.
 */
record WrittenDate(Integer year, int month, int day, DayOfWeek weekday) {

    private static final Pattern CJK = Pattern.compile(
            "(?:(\\d{4})\\s*[年년]\\s*)?(\\d{1,2})\\s*[月월]\\s*(\\d{1,2})\\s*[日号號일]");
    private static final Pattern YEAR_FIRST = Pattern.compile("(?<![\\d.])(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?![\\d])");
    /** {@code 21.03.2024}, {@code 21.03.}: the year may be left out, the dot after the month may not. */
    private static final Pattern DAY_RANGE = Pattern.compile(
            "(?<![\\d.:/-])(\\d{1,2})\\.?[–—-]\\d{1,2}\\.?(?![\\d:./-])");
    /**
     * {@code Sat 1 – Sun 2 Feb 2025}, {@code Sat 23 + Sun 24 Nov 2024}: days with their weekdays, read from the first
     * (both words must be weekdays).
     */
    private static final Pattern DAY_RANGE_WITH_WEEKDAY = Pattern.compile("(\\p{L}{2,})\\.?,?\\s+(\\d{1,2})"
            + "(?:st|nd|rd|th|\\.)?\\s*(?:[–—+&/,-]|and|und|et|y|e|to|bis|au|al)\\s*(\\p{L}{2,})\\.?,?\\s+\\d{1,2}(?:st|nd|rd|th|\\.)?(?=\\s+\\p{L})");

    /** Whether the text writes a range of days ({@code March 18–20, 2024}, {@code Sat 1 – Sun 2 Feb}). */
    static boolean isRange(String heading) {
        String text = WrittenTime.normalize(heading);
        return DAY_RANGE.matcher(text).find() || !firstOfRange(text).equals(text);
    }

    private static String firstOfRange(String text) {
        Matcher m = DAY_RANGE_WITH_WEEKDAY.matcher(text);
        return m.replaceAll(r -> DateLanguage.weekdayOnly(r.group(1) + ".").isPresent()
                && DateLanguage.weekdayOnly(r.group(3) + ".").isPresent()
                ? Matcher.quoteReplacement(r.group(1) + " " + r.group(2)) : Matcher.quoteReplacement(r.group()));
    }

    private static final Pattern DOTTED_SHORT = Pattern.compile(
            "(?<![\\p{L}\\d.:])(\\d{1,2})\\.(\\d{1,2})(?![\\d.:])");
    private static final Pattern DOTTED = Pattern.compile("(?<![\\p{L}\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})?(?![\\d])");
    private static final Pattern SLASHED = Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})(?:/(\\d{4}))?(?![\\d/])");

    /** The order two numbers separated by a slash are read in. */
    enum Order {
        MONTH_DAY, DAY_MONTH
    }

    /**
     * A date found in a heading.
     *
     * @param order   for a slashed date ({@code 9/27}), the order its numbers were read in, else null
     * @param assumed whether that order had to be assumed (both numbers could be the month)
     */
    record Found(WrittenDate date, Order order, boolean assumed) {
        Found(WrittenDate date) {
            this(date, null, false);
        }
    }

    /** The date a heading writes, if it writes one (valid or not: the year resolver checks); slashes month first. */
    static Optional<WrittenDate> find(String heading) {
        return find(heading, Order.MONTH_DAY).map(Found::date);
    }

    /**
     * The date a heading writes; a slashed one's numbers are read in the order they must be in (a number over 12
     * is the day), or else in {@code ambiguousOrder}.
     */
    static Optional<Found> find(String heading, Order ambiguousOrder) {
        String text = WrittenTime.normalize(heading);
        Matcher m = CJK.matcher(text);
        if (m.find()) {
            return Optional.of(new Found(of(m.group(1), m.group(2), m.group(3), text)));
        }
        m = YEAR_FIRST.matcher(text);
        if (m.find()) {
            return Optional.of(new Found(of(m.group(1), m.group(3), m.group(4), text)));
        }
        // "March 18–20, 2024", "18-20 juin": a range of days starts on its first
        Optional<WrittenDate> named = DateLanguage.find(DAY_RANGE.matcher(firstOfRange(text)).replaceAll("$1"));
        if (named.isPresent()) {
            return Optional.of(new Found(named.get()));
        }
        m = DOTTED_SHORT.matcher(text);
        if (m.find() && Weekdays.find(text).isPresent()) { // "Czwartek, 20.06": the weekday says 20.06 is a date
            return Optional.of(new Found(of(null, m.group(2), m.group(1), text)));
        }
        m = DOTTED.matcher(text);
        if (m.find()) {
            return Optional.of(new Found(of(m.group(3), m.group(2), m.group(1), text)));
        }
        m = SLASHED.matcher(text);
        if (m.find()) {
            int first = Integer.parseInt(m.group(1));
            int second = Integer.parseInt(m.group(2));
            boolean assumed = first <= 12 && second <= 12 && first != second;
            Order order = first > 12 ? Order.DAY_MONTH : second > 12 ? Order.MONTH_DAY : ambiguousOrder;
            WrittenDate date = order == Order.MONTH_DAY ? of(m.group(3), m.group(1), m.group(2), text)
                    : of(m.group(3), m.group(2), m.group(1), text);
            return Optional.of(new Found(date, order, assumed));
        }
        return Optional.empty();
    }

    private static WrittenDate of(String year, String month, String day, String text) {
        return new WrittenDate(year == null ? null : Integer.valueOf(year), Integer.parseInt(month),
                Integer.parseInt(day), Weekdays.find(text).orElse(null));
    }
}
