package dev.confcal.notes;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A day heading that counts the conference's days: {@code Day 2}, {@code Day two}, {@code Tag 2},
 * {@code 2. Tag}, {@code Jour 2}, {@code Día 2}, {@code 第二天}, {@code 2日目}, {@code 初日}, {@code 2일차}. With a date
 * as well ({@code Day 1 — Tuesday, June 17}) it anchors the count; alone, its date is counted from one that did.
 */
final class DayNumber {

    private static final List<Pattern> NUMBERED = List.of(
            Pattern.compile("^(?:day|tag|jour|journée|d[ií]a)\\s*(\\d{1,2})(?!\\d)", Pattern.CASE_INSENSITIVE
                    | Pattern.UNICODE_CASE),
            Pattern.compile("^(\\d{1,2})\\.\\s*tag(?![\\p{L}])", Pattern.CASE_INSENSITIVE),
            Pattern.compile("^第\\s*([一二三四五六七八九十]+|\\d{1,2})\\s*[天日]"),
            Pattern.compile("^([一二三四五六七八九十]+|\\d{1,2})\\s*日目"),
            Pattern.compile("^(\\d{1,2})\\s*일\\s*[차째]"));
    private static final Pattern WORDS = Pattern.compile(
            "^day\\s+(one|two|three|four|five|six|seven)(?![\\p{L}])", Pattern.CASE_INSENSITIVE);
    private static final List<String> ENGLISH = List.of("one", "two", "three", "four", "five", "six", "seven");
    private static final String CHINESE = "一二三四五六七八九十";

    private DayNumber() {
    }

    /** The day number a heading starts with ({@code 初日} is day 1). */
    static Optional<Integer> find(String heading) {
        String text = WrittenTime.normalize(heading).strip().replaceFirst("^[*_#\\s]+", "");
        if (text.startsWith("初日")) {
            return Optional.of(1);
        }
        Matcher words = WORDS.matcher(text);
        if (words.find()) {
            return Optional.of(ENGLISH.indexOf(words.group(1).toLowerCase(Locale.ROOT)) + 1);
        }
        for (Pattern pattern : NUMBERED) {
            Matcher m = pattern.matcher(text);
            if (m.find()) {
                int number = number(m.group(1));
                return number > 0 ? Optional.of(number) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** {@code 2}, {@code 二}, {@code 十二}. */
    private static int number(String text) {
        if (Character.isDigit(text.charAt(0))) {
            return Integer.parseInt(text);
        }
        int tens = text.indexOf('十');
        if (tens < 0) {
            return text.length() == 1 ? CHINESE.indexOf(text.charAt(0)) + 1 : 0;
        }
        int before = tens == 0 ? 1 : CHINESE.indexOf(text.charAt(0)) + 1;
        int after = tens == text.length() - 1 ? 0 : CHINESE.indexOf(text.charAt(tens + 1)) + 1;
        return before * 10 + after;
    }
}
