package dev.confcal.notes;

import java.time.DayOfWeek;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as a day heading writes it: month and day, and maybe a year and a weekday.
 * Understands {@code 9 月 27 日 周三}, {@code 2023年9月27日 星期三}, {@code Wednesday, April 19},
 * {@code Sept 27 (Wed)}, {@code April 19, 2023}, {@code 19 April 2023} and {@code 2023-09-27}.
 */
record WrittenDate(Integer year, int month, int day, DayOfWeek weekday) {

    private static final String MONTH_NAMES =
            "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
                    + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
    private static final String WEEKDAY_NAMES =
            "mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?";

    private static final Pattern CHINESE = Pattern.compile(
            "(?:(\\d{4})\\s*年\\s*)?(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]");
    private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{1,2})-(\\d{1,2})(?!\\d)");
    private static final Pattern MONTH_FIRST = Pattern.compile(
            "\\b(" + MONTH_NAMES + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_FIRST = Pattern.compile(
            "(?<![\\d:])\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(" + MONTH_NAMES + ")\\b\\.?(?:,?\\s+(\\d{4})\\b)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ENGLISH_WEEKDAY =
            Pattern.compile("\\b(" + WEEKDAY_NAMES + ")\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern CHINESE_WEEKDAY = Pattern.compile("(?:周|星期|礼拜)([一二三四五六日天])");

    private static final Map<Character, DayOfWeek> CHINESE_DAYS = Map.of(
            '一', DayOfWeek.MONDAY, '二', DayOfWeek.TUESDAY, '三', DayOfWeek.WEDNESDAY, '四', DayOfWeek.THURSDAY,
            '五', DayOfWeek.FRIDAY, '六', DayOfWeek.SATURDAY, '日', DayOfWeek.SUNDAY, '天', DayOfWeek.SUNDAY);

    /** The date a heading writes, if it writes one (valid or not: the year resolver checks). */
    static Optional<WrittenDate> find(String heading) {
        Matcher m = CHINESE.matcher(heading);
        if (m.find()) {
            return Optional.of(of(m.group(1), m.group(2), m.group(3), heading));
        }
        m = ISO.matcher(heading);
        if (m.find()) {
            return Optional.of(of(m.group(1), m.group(2), m.group(3), heading));
        }
        m = MONTH_FIRST.matcher(heading);
        if (m.find()) {
            return Optional.of(of(m.group(3), Integer.toString(month(m.group(1))), m.group(2), heading));
        }
        m = DAY_FIRST.matcher(heading);
        if (m.find()) {
            return Optional.of(of(m.group(3), Integer.toString(month(m.group(2))), m.group(1), heading));
        }
        return Optional.empty();
    }

    private static WrittenDate of(String year, String month, String day, String heading) {
        return new WrittenDate(year == null ? null : Integer.valueOf(year), Integer.parseInt(month),
                Integer.parseInt(day), weekday(heading));
    }

    private static int month(String name) {
        String prefix = name.toLowerCase(Locale.ROOT).substring(0, 3);
        return "janfebmaraprmayjunjulaugsepoctnovdec".indexOf(prefix) / 3 + 1;
    }

    private static DayOfWeek weekday(String heading) {
        Matcher chinese = CHINESE_WEEKDAY.matcher(heading);
        if (chinese.find()) {
            return CHINESE_DAYS.get(chinese.group(1).charAt(0));
        }
        Matcher english = ENGLISH_WEEKDAY.matcher(heading);
        if (english.find()) {
            String prefix = english.group(1).toLowerCase(Locale.ROOT).substring(0, 3);
            return DayOfWeek.of("montuewedthufrisatsun".indexOf(prefix) / 3 + 1);
        }
        return null;
    }
}
