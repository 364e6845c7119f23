package dev.confcal.notes;

import java.text.Normalizer;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A time or a time range as people write it at the start of a time heading or a session's line:
 * {@code 11:00am}, {@code 1:55 PM}, {@code 13:55}, {@code 11h15}, {@code 11 h 15}, {@code 11:15 Uhr},
 * {@code 14.30h}, {@code 上午11:00}, {@code 下午1:55}, {@code 午前10:00}, {@code 午後2時}, {@code 10点30分}, {@code 오후 2:00},
 * full-width digits, and
 * ranges ({@code 15:25 - 16:00}, {@code 1:55pm–3:10pm}, {@code 11:00〜11:30}, {@code 10 to 11am}).
 *
 * @param end the range's end, or null when only a start is written
 */
record WrittenTime(LocalTime start, LocalTime end) {

    private static final String MARKERS = "上午|早上|中午|下午|晚上|午前|午後|오전|오후";
    private static final Pattern CLOCK = Pattern.compile(
            "(?<marker>" + MARKERS + ")?\\s*(?:(?<milhour>[01]\\d|2[0-3])(?<milminute>[0-5]\\d)(?!\\d)"
                    + "(?:\\s*(?<milh>h|hrs|hours|uhr)(?!\\p{L}))?|(?<hour>\\d{1,2})"
                    + "(?:\\s*[:.]\\s*(?<minute>\\d{2})(?![\\d])(?:h(?![\\p{L}\\d]))?|(?:\\s*h\\s*|u)(?<hminute>\\d{2})(?!\\d)"
                    + "|\\s*(?<unit>[時时시点點])(?:\\s*(?<unitminute>\\d{1,2})\\s*[分분]|\\s*(?<half>半|반))?"
                    + "|(?<h>h|u)(?![\\p{L}\\d]))?)"
                    + "(?:\\s*(?<ampm>[ap]\\.?\\s?m\\.?|ص|م)(?![\\p{L}\\d]))?"
                    + "(?:\\s*(?<uhr>uhr)(?![\\p{L}]))?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RANGE = Pattern.compile(
            "\\s*(?:[-–—~‐‑‒―−→]|\\s(?:to|until|till|thru|through|bis|à|au|a|al|às|as|ás|alle|al|tot|do|til|до"
                    + ")\\s|至|到|から|부터)\\s*", Pattern.CASE_INSENSITIVE);
    /** A word that opens a range in many languages: {@code de 16:00 a 16:35}, {@code von 10 bis 11 Uhr}. */
    private static final Pattern RANGE_OPENER = Pattern.compile(
            "(?:(?:from|de|des|desde|von|ab|van|dalle|dalla|dal|da|od|от|с|从|自)\\s+"
                    + "|(?<hourword>ore|alle ore|um|kl\\.|kl|klo|godz\\.|godz)\\s*)", Pattern.CASE_INSENSITIVE);
    /** What says a time starts then and goes on: {@code 午後3時から}, {@code 下午3点起}, {@code 오후 3시부터}. */
    private static final Pattern ONWARDS = Pattern.compile("\\s*(?:から|より|起|开始|開始|부터)");
    /** Hours in Chinese numerals before 点 or 时: {@code 下午两点}, {@code 十点半}. */
    private static final Pattern CHINESE_HOUR = Pattern.compile("([一二两兩三四五六七八九十]{1,3})(?=\\s*[点點时時])");
    private static final String CHINESE_DIGITS = "〇一二三四五六七八九";
    /** What looks like a time, whether or not it is one: a heading starting {@code 25:00} is a broken time. */
    private static final Pattern LOOKS_LIKE_TIME = Pattern.compile(
            "\\s*(?:" + MARKERS + ")?\\s*\\d{1,2}\\s*(?:[:：]\\s*\\d{1,2}|(?:am|pm)\\b)",
            Pattern.CASE_INSENSITIVE);

    /**
     * A time read from the start of a text, the zone written after it if any, and how much of the (normalized)
     * text they took.
     */
    record Read(WrittenTime time, ZoneSuffix suffix, int end) {
    }

    /** Full-width digits and colons, and the Japanese wave dash, as the patterns expect them. */
    static String normalize(String text) {
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFKC).replace('〜', '~').replace('～', '~');
        if (normalized.indexOf('点') >= 0 || normalized.indexOf('點') >= 0 || normalized.indexOf('时') >= 0
                || normalized.indexOf('時') >= 0) {
            normalized = CHINESE_HOUR.matcher(normalized).replaceAll(m -> chineseNumber(m.group(1)));
        }
        StringBuilder ascii = null;
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            if (c >= '٠' && c <= '٩' || c >= '۰' && c <= '۹' || c >= '०' && c <= '९') { // Arabic and Devanagari digits
                if (ascii == null) {
                    ascii = new StringBuilder(normalized);
                }
                ascii.setCharAt(i, (char) ('0' + Character.digit(c, 10)));
            }
        }
        return ascii == null ? normalized : ascii.toString();
    }

    /**
     * 一 to 十二 as digits, the text's length kept (callers cut the text they gave at the end read): {@code 两} is 2,
     * {@code 十二} 12; {@code 十} alone would grow, and stays.
     */
    private static String chineseNumber(String numeral) {
        int value = 0;
        int ten = numeral.indexOf('十');
        if (ten < 0) {
            value = digit(numeral.charAt(0));
        } else {
            value = (ten == 0 ? 1 : digit(numeral.charAt(0))) * 10 + (ten == numeral.length() - 1 ? 0
                    : digit(numeral.charAt(ten + 1)));
        }
        String digits = Integer.toString(value);
        return digits.length() > numeral.length() || value > 23 ? numeral
                : " ".repeat(numeral.length() - digits.length()) + digits;
    }

    private static int digit(char c) {
        return c == '两' || c == '兩' ? 2 : CHINESE_DIGITS.indexOf(c);
    }

    static boolean looksLikeTime(String text) {
        return LOOKS_LIKE_TIME.matcher(normalize(text)).lookingAt();
    }

    /** The whole text as a time (the tests' and simple callers' form). */
    static Optional<WrittenTime> parse(String text) {
        String normalized = normalize(text).strip();
        return leading(normalized).filter(read -> read.end() == normalized.length() && read.suffix() == null)
                .map(Read::time);
    }

    /**
     * The time that starts an already {@link #normalize normalized} text, if one does; empty when there is none or
     * when what is there is not a valid time (see {@link #looksLikeTime}).
     */
    static Optional<Read> leading(String text) {
        Matcher opener = RANGE_OPENER.matcher(text);
        int opened = opener.lookingAt() ? opener.end() : 0;
        Matcher start = CLOCK.matcher(text).region(opened, text.length());
        if (!start.lookingAt()) {
            return Optional.empty();
        }
        // 10:30-11:00 is a range before -11:00 is an offset: a range is what people write, an offset after a
        // time without a space almost never.
        Matcher finish = rangeEnd(text, start.end(), start);
        ZoneSuffix startSuffix = null;
        if (finish == null) {
            Optional<ZoneSuffix.Matched> afterStart = ZoneSuffix.leading(text.substring(start.end()));
            startSuffix = afterStart.map(ZoneSuffix.Matched::suffix).orElse(null);
            finish = rangeEnd(text, start.end() + afterStart.map(ZoneSuffix.Matched::end).orElse(0), start);
        }
        int end = finish != null ? finish.end()
                : start.end() + (startSuffix == null ? 0 : ZoneSuffix.leading(text.substring(start.end())).get().end());
        boolean hourWord = opener.lookingAt() && opener.group("hourword") != null; // "ore 16", "kl. 9"
        if (!isClock(start) && (finish == null || !isClock(finish)) && !militaryRange(start, finish) && !hourWord) {
            return Optional.empty(); // a bare number is not a time
        }
        if (finish == null) {
            ZoneSuffix suffix = startSuffix;
            Matcher onwards = ONWARDS.matcher(text).region(end, text.length());
            int through = suffix == null && onwards.lookingAt() ? onwards.end() : end;
            return clock(start, marker(start)).map(time -> new Read(new WrittenTime(time, null), suffix, through));
        }
        String startMarker = marker(start);
        String endMarker = marker(finish);
        if (startMarker == null && endMarker != null && !endMarker.equals("noon")) {
            startMarker = inheritMarker(hour(start), hour(finish), endMarker);
        }
        Optional<LocalTime> from = clock(start, startMarker);
        Optional<LocalTime> to = clock(finish, endMarker);
        if (endMarker == null && startMarker != null && from.isPresent()) {
            Matcher last = finish;
            to = endLike(last, startMarker, from.get()).or(() -> clock(last, null));
        }
        if (from.isEmpty() || to.isEmpty()) {
            return Optional.empty();
        }
        Optional<ZoneSuffix.Matched> afterEnd = ZoneSuffix.leading(text.substring(finish.end()));
        return Optional.of(new Read(new WrittenTime(from.get(), to.get()),
                afterEnd.map(ZoneSuffix.Matched::suffix).orElse(startSuffix),
                finish.end() + afterEnd.map(ZoneSuffix.Matched::end).orElse(0)));
    }

    /** The clock that ends a range starting at {@code at}, or null when no range goes on there. */
    private static Matcher rangeEnd(String text, int at, Matcher start) {
        Matcher range = RANGE.matcher(text).region(at, text.length());
        if (!range.lookingAt()) {
            return null;
        }
        Matcher candidate = CLOCK.matcher(text).region(range.end(), text.length());
        return candidate.lookingAt() && (isClock(candidate) || isClock(start) || militaryRange(start, candidate))
                ? candidate : null;
    }

    /**
     * In {@code 下午3:25 - 4:00} and {@code 1:55pm - 3:10} the end is in the start's half of the day, or the next
     * one ({@code 11:30am - 12:30}), whichever comes after the start.
     */
    private static Optional<LocalTime> endLike(Matcher end, String startMarker, LocalTime start) {
        if (Integer.parseInt(hour(end)) > 12) {
            return Optional.empty();
        }
        for (String marker : startMarker.equals("am") ? new String[] {"am", "pm"} : new String[] {"pm"}) {
            Optional<LocalTime> time = clock(end, marker);
            if (time.isPresent() && time.get().isAfter(start)) {
                return time;
            }
        }
        return Optional.empty();
    }

    /**
     * {@code 0930–1030} and {@code 1045–1130} are a range of four-digit clocks (a planner's or the military's);
     * {@code 2023–2024} is a span of years, and one four-digit number alone says nothing.
     */
    private static boolean militaryRange(Matcher start, Matcher end) {
        return end != null && start.group("milhour") != null && end.group("milhour") != null
                && start.group("ampm") == null && !(year(start) && year(end));
    }

    private static boolean year(Matcher m) {
        return m.group("milhour").equals("19") || m.group("milhour").equals("20");
    }

    private static String hour(Matcher m) {
        return m.group("milhour") != null ? m.group("milhour") : m.group("hour");
    }

    /** A bare number is not a time: it needs minutes, an am/pm, an h, a 時 or an Uhr. */
    private static boolean isClock(Matcher m) {
        return m.group("milh") != null || m.group("milhour") != null && m.group("ampm") != null
                || m.group("minute") != null || m.group("hminute") != null || m.group("unit") != null
                || m.group("h") != null || m.group("ampm") != null || m.group("uhr") != null
                || m.group("marker") != null;
    }

    /** {@code am}, {@code pm}, {@code noon}, or null for a 24-hour clock. */
    private static String marker(Matcher m) {
        if (m.group("ampm") != null) {
            String ampm = m.group("ampm").toLowerCase(Locale.ROOT);
            return ampm.startsWith("a") || ampm.equals("ص") ? "am" : "pm"; // Arabic ص (morning), م (evening)
        }
        if (m.group("marker") == null) {
            return null;
        }
        return switch (m.group("marker")) {
            case "上午", "早上", "午前", "오전" -> "am";
            case "中午" -> "noon";
            default -> "pm";
        };
    }

    /** In {@code 1:55–3:10pm} the start takes the end's marker, unless that would put it after the end. */
    private static String inheritMarker(String startHour, String endHour, String endMarker) {
        int start = Integer.parseInt(startHour) % 12;
        int end = Integer.parseInt(endHour) % 12;
        if (endMarker.equals("pm") && start > end) {
            return "am";
        }
        return endMarker;
    }

    private static Optional<LocalTime> clock(Matcher m, String marker) {
        int hour = Integer.parseInt(hour(m));
        String minuteText = m.group("milminute") != null ? m.group("milminute")
                : m.group("minute") != null ? m.group("minute")
                : m.group("hminute") != null ? m.group("hminute")
                : m.group("unitminute");
        int minute = minuteText == null ? (m.group("half") != null ? 30 : 0) : Integer.parseInt(minuteText);
        if (minute > 59) {
            return Optional.empty();
        }
        if (marker == null) {
            return hour <= 23 ? Optional.of(LocalTime.of(hour, minute)) : Optional.empty();
        }
        if (hour > 12 && hour <= 23 && marker.equals("pm") && m.group("marker") != null && m.group("ampm") == null) {
            return Optional.of(LocalTime.of(hour, minute)); // 下午 13:30: the afternoon said twice (13:00pm stays broken)
        }
        if (hour > 12 || hour == 0 && !marker.equals("noon")) {
            return Optional.empty();
        }
        int hour24 = switch (marker) {
            case "am" -> hour % 12;
            case "noon" -> hour < 11 ? hour + 12 : hour; // 中午12:30 and 中午1:00 are both around noon
            default -> hour % 12 + 12;
        };
        return Optional.of(LocalTime.of(hour24, minute));
    }
}
