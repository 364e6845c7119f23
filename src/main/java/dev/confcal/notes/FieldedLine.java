package dev.confcal.notes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line of fields, one of them the time: {@code Wed 8/27 · 9:00am–9:45am · Main Stage · Keynote — Go team ·
 * https://…}, {@code Wed 8/27 | 9:00am | Room 2 | Title}, {@code Title — Speaker · 1:30–2:30pm · Room 107},
 * {@code Opening keynote — 09:00–10:30, Hall A}. The time must stand as a field of its own (set off by
 * {@code ·}, {@code |}, {@code •} or a spaced dash), so a time inside a sentence stays notes. The other fields are
 * the day (a date or a weekday), the room (a short field that names one), the link, and the title: the first
 * field left, before the time or after it. What follows the link is a remark.
 */
final class FieldedLine {

    /** What the line holds: the time, the title, and the day and the link when it names them (else null). */
    record Fields(WrittenTime.Read time, String title, String day, String url) {
    }

    private static final Pattern STRONG = Pattern.compile("\\s*[·|•]\\s*");
    private static final Pattern DASHED = Pattern.compile("\\s+[—–-]\\s+");
    private static final Pattern AFTER_TIME = Pattern.compile("\\s*[·|•,;(]\\s*|\\s+[—–-]\\s+");
    private static final Pattern TIME_START = Pattern.compile(
            "(?<![\\d:.\\p{L}])(?:\\d{1,2}(?:[:.h]\\d{2})?\\s?[ap]\\.?m\\.?|\\d{1,2}[:.h]\\d{2})(?![\\d])",
            Pattern.CASE_INSENSITIVE);
    /** A time word before the time: Norwegian, Danish and Swedish {@code kl.}, Finnish {@code klo}. */
    private static final Pattern TIME_WORD = Pattern.compile("(?i)(?:^|\\s)(?:kl\\.?|klo)\\s*$");
    private static final Pattern URL = Pattern.compile("<?(https?://\\S+?)>?");
    private static final Pattern ROOM = Pattern.compile("(?iu)(?:room|hall|stage|main stage|track|ballroom|salle"
            + "|sala|saal|raum|auditorium|aula|sal|zaal|studio|theat(?:er|re)|level|floor|expo|keynote hall"
            + "|hörsaal|amphi(?:théâtre)?|lab)\\b.{0,12}"
            + "|(?:[\\p{L}\\d]+\\s+){1,2}(?:room|hall|stage|ballroom|track|auditorium|saal|salle|sala|zaal)"
            + "(?:\\s+\\S{1,4})?");

    private FieldedLine() {
    }

    /** The fields of a plain line (emphasis gone), if it is a line of fields with a time among them. */
    static Optional<Fields> read(String line) {
        Matcher token = TIME_START.matcher(line);
        while (token.find()) {
            Optional<Fields> fields = at(line, token.start());
            if (fields.isPresent()) {
                return fields;
            }
        }
        return Optional.empty();
    }

    private static Optional<Fields> at(String line, int start) {
        String before = line.substring(0, start);
        if (TIME_START.matcher(before).find()) {
            return Optional.empty(); // the second time of "11:00am - 11:35am" is no field of its own
        }
        Matcher word = TIME_WORD.matcher(before);
        if (word.find()) {
            before = before.substring(0, word.start());
        }
        boolean strong = STRONG.matcher(line).find();
        String trimmed = before.stripTrailing();
        boolean dashed = trimmed.matches("(?s).*\\s[—–-]$");
        if (!trimmed.isEmpty() && !dashed && !trimmed.matches("(?s).*[·|•]$")) {
            return Optional.empty(); // "the 2pm slot", "Wed Oct 30, 6:10 AM": a time in a sentence
        }
        // "Saturday keynote — 9:30am · Room": the dash sets the time off; "Title — Speaker · 1:30pm": the dot does
        Pattern separator = !strong ? DASHED : dashed ? Pattern.compile(STRONG + "|" + DASHED) : STRONG;
        Optional<WrittenTime.Read> time = WrittenTime.leading(line.substring(start));
        if (time.isEmpty()) {
            return Optional.empty();
        }
        String after = line.substring(start + time.get().end());
        if (!after.isBlank() && Character.isLetterOrDigit(after.strip().codePointAt(0))) {
            return Optional.empty(); // "12:30ish", "10:00 to see"
        }
        List<String> fields = new ArrayList<>();
        for (String field : separator.split(trimmed.replaceFirst("[·|•—–-]\\s*$", ""))) {
            fields.add(field.strip());
        }
        int timeAt = fields.size();
        for (String field : (strong ? STRONG : AFTER_TIME).split(after.strip().replaceFirst("^[·|•,;—–-]\\s*", ""))) {
            fields.add(field.strip());
        }
        String day = null;
        String url = null;
        String title = null;
        for (int i = 0; i < fields.size(); i++) {
            String field = fields.get(i);
            Matcher link = URL.matcher(field);
            if (link.matches()) {
                url = link.group(1);
                break; // what follows the link is a remark
            }
            if (i < timeAt && day == null && title == null && isDay(field)) {
                day = field;
            } else if (title == null && field.codePoints().filter(Character::isLetter).count() >= 3
                    && !ROOM.matcher(field).matches()) {
                title = field;
            }
        }
        if (title == null || timeAt > 2 || timeAt == 2 && day == null) {
            return Optional.empty(); // more fields before the time than a day and a title: not a line of fields
        }
        return Optional.of(new Fields(time.get(), title, day, url));
    }

    private static boolean isDay(String field) {
        return field.length() <= 30 && (WrittenDate.find(field).isPresent() || Weekdays.only(field).isPresent()
                || Weekdays.ofMonth(field).isPresent());
    }
}
