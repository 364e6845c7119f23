package dev.confcal.notes;

import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A time slot as a time heading writes it: {@code 11:00am}, {@code 1:55pm}, {@code 13:55}, {@code 上午11:00},
 * {@code 下午1:55}, or a range ({@code 15:25 - 16:00}, {@code 1:55pm–3:10pm}) whose end is the session's end.
 *
 * @param end the range's end, or null when the heading gives only a start
 */
record WrittenTime(LocalTime start, LocalTime end) {

    private static final String CLOCK =
            "(上午|早上|中午|下午|晚上)?\\s*(\\d{1,2})(?:\\s*[:：.]\\s*(\\d{2}))?\\s*(a\\.?m\\.?|p\\.?m\\.?)?";
    private static final Pattern TIME = Pattern.compile(
            "\\s*" + CLOCK + "(?:\\s*(?:-|–|—|~|～|to|至|到)\\s*" + CLOCK + ")?\\s*", Pattern.CASE_INSENSITIVE);
    /** What looks like a time, whether or not it is one: a heading starting {@code 25:00} is a broken time. */
    private static final Pattern LOOKS_LIKE_TIME = Pattern.compile(
            "\\s*(?:上午|早上|中午|下午|晚上)?\\s*\\d{1,2}\\s*(?:[:：]\\s*\\d{1,2}|(?:am|pm)\\b)",
            Pattern.CASE_INSENSITIVE);

    static boolean looksLikeTime(String heading) {
        return LOOKS_LIKE_TIME.matcher(heading).lookingAt();
    }

    /** The time a heading writes, or empty when it is not a valid time (or not a time at all). */
    static Optional<WrittenTime> parse(String heading) {
        Matcher m = TIME.matcher(heading);
        if (!m.matches()) {
            return Optional.empty();
        }
        boolean startHasClock = m.group(3) != null || m.group(4) != null || m.group(1) != null;
        if (!startHasClock) {
            return Optional.empty(); // a bare number is not a time
        }
        String startMarker = marker(m.group(1), m.group(4));
        String endMarker = marker(m.group(5), m.group(8));
        if (m.group(6) == null) {
            return clock(m.group(2), m.group(3), startMarker).map(start -> new WrittenTime(start, null));
        }
        if (startMarker == null && endMarker != null) {
            startMarker = inheritMarker(m.group(2), m.group(6), endMarker);
        }
        Optional<LocalTime> start = clock(m.group(2), m.group(3), startMarker);
        Optional<LocalTime> end = clock(m.group(6), m.group(7), endMarker);
        if (start.isEmpty() || end.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new WrittenTime(start.get(), end.get()));
    }

    /** {@code am}, {@code pm}, or null for a 24-hour clock. */
    private static String marker(String chinese, String latin) {
        if (latin != null) {
            return latin.toLowerCase(Locale.ROOT).startsWith("a") ? "am" : "pm";
        }
        if (chinese == null) {
            return null;
        }
        return switch (chinese) {
            case "上午", "早上" -> "am";
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

    private static Optional<LocalTime> clock(String hourText, String minuteText, String marker) {
        int hour = Integer.parseInt(hourText);
        int minute = minuteText == null ? 0 : Integer.parseInt(minuteText);
        if (minute > 59) {
            return Optional.empty();
        }
        if (marker == null) {
            return hour <= 23 ? Optional.of(LocalTime.of(hour, minute)) : Optional.empty();
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
