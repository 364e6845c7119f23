package dev.confcal.notes;

import java.time.DayOfWeek;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The weekday a heading names, in any language confcal reads: {@code 周三}/{@code 星期三}, {@code (火)}/{@code 火曜日},
 * {@code (화)}/{@code 화요일}, and the names of {@link DateLanguage} ({@code Wednesday}, {@code Mi.}, {@code środa},
 * {@code Çarşamba}, {@code Thứ Tư}).
 */
final class Weekdays {

    private static final Pattern CHINESE = Pattern.compile("(?:周|週|星期|礼拜|禮拜)([一二三四五六日天])");
    /** {@code (六)} in Chinese notes, {@code (土)} in Japanese ones: one pattern, so the first written wins. */
    private static final Pattern JAPANESE = Pattern.compile("([月火水木金土日])曜日?|[(（]([一二三四五六天月火水木金土日])[)）]");
    private static final Pattern KOREAN = Pattern.compile("([월화수목금토일])요일|[(（]([월화수목금토일])[)）]");
    private static final Pattern CJK_ONLY = Pattern.compile(
            "(?:周|週|星期|礼拜|禮拜)([一二三四五六日天])|([月火水木金土日])曜日?|([월화수목금토일])요일");
    /**
     * A German abbreviation with its dot or comma: {@code So., 24.03.2024}. CLDR's {@code So} is also Czech for
     * Saturday, so {@link DateLanguage} leaves it to the month's language; without one, it is German here.
     */
    private static final Pattern GERMAN_SHORT = Pattern.compile("(?<![\\p{L}])(Mo|Di|Mi|Do|Fr|Sa|So)[.,]");

    private static final Map<Character, DayOfWeek> CJK_DAYS = Map.ofEntries(
            Map.entry('一', DayOfWeek.MONDAY), Map.entry('二', DayOfWeek.TUESDAY), Map.entry('三', DayOfWeek.WEDNESDAY),
            Map.entry('四', DayOfWeek.THURSDAY), Map.entry('五', DayOfWeek.FRIDAY), Map.entry('六', DayOfWeek.SATURDAY),
            Map.entry('日', DayOfWeek.SUNDAY), Map.entry('天', DayOfWeek.SUNDAY),
            Map.entry('月', DayOfWeek.MONDAY), Map.entry('火', DayOfWeek.TUESDAY), Map.entry('水', DayOfWeek.WEDNESDAY),
            Map.entry('木', DayOfWeek.THURSDAY), Map.entry('金', DayOfWeek.FRIDAY), Map.entry('土', DayOfWeek.SATURDAY),
            Map.entry('월', DayOfWeek.MONDAY), Map.entry('화', DayOfWeek.TUESDAY), Map.entry('수', DayOfWeek.WEDNESDAY),
            Map.entry('목', DayOfWeek.THURSDAY), Map.entry('금', DayOfWeek.FRIDAY), Map.entry('토', DayOfWeek.SATURDAY),
            Map.entry('일', DayOfWeek.SUNDAY));
    private static final String GERMAN_SHORT_DAYS = "MoDiMiDoFrSaSo";

    private Weekdays() {
    }

    /** The first weekday the text names. */
    static Optional<DayOfWeek> find(String text) {
        Optional<DayOfWeek> cjk = cjk(text);
        if (cjk.isPresent()) {
            return cjk;
        }
        Optional<DayOfWeek> named = DateLanguage.weekday(text);
        return named.isPresent() ? named : germanShort(text);
    }

    /** The weekday the text names in a form {@link DateLanguage} does not read itself: CJK, or {@code So.}. */
    static Optional<DayOfWeek> unnamed(String text) {
        Optional<DayOfWeek> cjk = cjk(text);
        return cjk.isPresent() ? cjk : germanShort(text);
    }

    private static Optional<DayOfWeek> cjk(String text) {
        for (Pattern cjk : new Pattern[] {CHINESE, JAPANESE, KOREAN}) {
            Matcher m = cjk.matcher(text);
            if (m.find()) {
                String day = m.group(1) != null ? m.group(1) : m.group(2);
                return Optional.of(CJK_DAYS.get(day.charAt(0)));
            }
        }
        return Optional.empty();
    }

    private static Optional<DayOfWeek> germanShort(String text) {
        Matcher german = GERMAN_SHORT.matcher(text);
        return german.find() ? Optional.of(DayOfWeek.of(GERMAN_SHORT_DAYS.indexOf(german.group(1)) / 2 + 1))
                : Optional.empty();
    }

    /** A weekday and the day of its month, with no month: {@code Tue 12}, {@code Mardi 10}. */
    record OfMonth(DayOfWeek weekday, int day) {
    }

    /** A name, a day number, and maybe a remark after a dash or in parentheses: {@code Tue 19 — co-located day}. */
    private static final Pattern NAME_AND_NUMBER = Pattern.compile(
            "^\\s*(\\p{L}+)\\.?,?\\s+(\\d{1,2})(?:st|nd|rd|th|\\.)?(?:\\s+[–—-]\\s+.*|\\s*[(（].*)?$");
    /** A name, then a remark after a dash or in parentheses: {@code Friday – specialist tracks}. */
    private static final Pattern NAME_AND_REMARK = Pattern.compile("^\\s*(\\p{L}+\\.?)\\s*(?:[–—-]\\s+|[(（]).{0,60}$");

    /**
     * {@code Mon 11}, {@code Tue 19 — co-located day}: a weekday (an abbreviation will do, the number beside it
     * says it is a day) and its day of the month; the month comes from the dates the notes state.
     */
    static Optional<OfMonth> ofMonth(String text) {
        Matcher m = NAME_AND_NUMBER.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        int day = Integer.parseInt(m.group(2));
        return day < 1 || day > 31 ? Optional.empty()
                : DateLanguage.weekdayOnly(m.group(1) + ".").map(weekday -> new OfMonth(weekday, day));
    }

    /** A weekday written out, then a remark: {@code Friday – specialist tracks}, {@code Samstag (Tag 1)}. */
    static Optional<DayOfWeek> withRemark(String text) {
        Matcher m = NAME_AND_REMARK.matcher(text);
        return m.matches() && text.split("\\s+").length <= 6 ? DateLanguage.weekdayOnly(m.group(1)) : Optional.empty();
    }

    /** The weekday a heading that is nothing but a weekday names: {@code Sunday}, {@code 日曜日}, {@code 星期日}. */
    static Optional<DayOfWeek> only(String heading) {
        Optional<DayOfWeek> named = DateLanguage.weekdayOnly(heading);
        if (named.isPresent()) {
            return named;
        }
        String text = heading.replaceAll("[\\p{P}\\p{S}\\s]+", "");
        Matcher cjk = CJK_ONLY.matcher(text);
        if (cjk.matches()) {
            String day = cjk.group(1) != null ? cjk.group(1) : cjk.group(2) != null ? cjk.group(2) : cjk.group(3);
            return Optional.of(CJK_DAYS.get(day.charAt(0)));
        }
        return Optional.empty();
    }
}
