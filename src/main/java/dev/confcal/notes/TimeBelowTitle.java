package dev.confcal.notes;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The line right under a title that gives the title its time: a clock and the time ({@code ⏰ 11:10–11:35},
 * {@code 🕘 9:00 – 10:15 · Ballroom A}), a property ({@code time:: 14:00 - 14:25}, {@code When: 10:30}), org's
 * {@code SCHEDULED: <2023-09-21 Thu 09:00-09:50>}. What follows the time is where it is or a remark, never a title:
 * {@code 10:00 Keynote} under a heading is a session of its own, and read as one elsewhere.
 */
final class TimeBelowTitle {

    /**
     * @param day  the date written before the time ({@code 2023-09-21 Thu}), or null
     * @param rest what follows the time: a room or a remark, or empty
     */
    record Read(String day, WrittenTime time, ZoneSuffix suffix, String rest) {
    }

    /** A label that says the value is the time; not "Date:" (an e-mail's header is no session's time). */
    private static final Pattern LABEL = Pattern.compile("(?iu)^(?:time|when|start|zeit|uhrzeit|wann|hora|heure"
            + "|quand|horário|horario|orario|tijd|czas|godzina|время|saat|tid|aika|时间|時間|시간|scheduled)"
            + "\\s*::?\\s*");
    private static final Pattern OPENING = Pattern.compile("^[<\\[(]\\s*");
    private static final Pattern CLOSING = Pattern.compile("^\\s*[>\\])]");
    /** Unlabelled, what follows the time must be set off from it: {@code · Room 301A}, {@code , venue TBA}. */
    private static final Pattern SET_OFF = Pattern.compile("^\\s*(?:[·•|,;@(\\[📍]|$)");
    private static final Pattern DASH = Pattern.compile("^\\s+[-–—]\\s");
    private static final Pattern SEPARATORS = Pattern.compile("^[\\s\\-–—|:·•,;@>\\])]+");
    private static final Pattern TIME_TOKEN = Pattern.compile(
            "(?i)(?<![\\d:.])\\d{1,2}(?::\\d{2})?\\s?[ap]\\.?m\\.?(?![\\p{L}])|(?<![\\d:.])\\d{1,2}:\\d{2}(?!\\d)");

    private TimeBelowTitle() {
    }

    /**
     * What a line of plain text (list markers and emphasis gone) under a title says of its time, if it says it.
     *
     * @param underHeading whether the title is a heading: then a dash also sets a remark off the time
     *                     ({@code 🕚 11:00 – 11:45 — seen it already}), as a heading holds the title
     */
    static Optional<Read> read(String plain, boolean underHeading) {
        String line = WrittenTime.normalize(skipSymbols(plain));
        Matcher label = LABEL.matcher(line);
        boolean labelled = label.lookingAt();
        if (labelled) {
            line = line.substring(label.end());
        }
        line = OPENING.matcher(line).replaceFirst("");
        String day = null;
        int at = 0;
        Optional<WrittenTime.Read> time = WrittenTime.leading(line);
        if (time.isEmpty() && labelled) { // SCHEDULED: <2023-09-21 Thu 09:00-09:50>
            Matcher token = TIME_TOKEN.matcher(line);
            if (!token.find() || token.start() == 0 || token.start() > 40) {
                return Optional.empty();
            }
            String date = line.substring(0, token.start()).strip();
            if (WrittenDate.find(date).isEmpty() && Weekdays.find(date).isEmpty()) {
                return Optional.empty();
            }
            day = date;
            at = token.start();
            time = WrittenTime.leading(line.substring(at));
        }
        if (time.isEmpty()) {
            return Optional.empty();
        }
        String rest = line.substring(at + time.get().end());
        if (!rest.isEmpty() && Character.isLetterOrDigit(rest.codePointAt(0))) {
            return Optional.empty(); // 10:30x is no time
        }
        rest = CLOSING.matcher(rest).replaceFirst("");
        if (!labelled && !SET_OFF.matcher(rest).lookingAt() && !(underHeading && DASH.matcher(rest).lookingAt())) {
            return Optional.empty();
        }
        return Optional.of(new Read(day, time.get().time(), time.get().suffix(),
                SEPARATORS.matcher(rest).replaceFirst("").strip()));
    }

    /** The clock emoji and other symbols before the time. */
    private static String skipSymbols(String plain) {
        int at = 0;
        while (at < plain.length()) {
            int c = plain.codePointAt(at);
            int type = Character.getType(c);
            if (Character.isWhitespace(c) || type == Character.OTHER_SYMBOL || type == Character.SURROGATE
                    || c == 0xFE0F || c == 0x200D) {
                at += Character.charCount(c);
            } else {
                break;
            }
        }
        return plain.substring(at);
    }
}
