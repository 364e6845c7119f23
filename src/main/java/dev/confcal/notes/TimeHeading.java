package dev.confcal.notes;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A time heading: a time or range, maybe a zone ({@code 10:00 CEST}), and maybe where the slot is
 * ({@code 11:00 – 11:25 (UB5.132)}, {@code 11:00 Room A}), which becomes its sessions' location.
 *
 * @param suffix   the zone written after the time, or null
 * @param location the text after the time, or null
 */
record TimeHeading(WrittenTime time, ZoneSuffix suffix, String location) {

    /** After a time, a date goes on ({@code 21.03.2024}, {@code 9/27}): then the heading is not a time. */
    private static final Pattern DATE_GOES_ON = Pattern.compile("^[./]\\d.*", Pattern.DOTALL);
    private static final Pattern LEADING_SEPARATORS = Pattern.compile("^[\\s\\-–—|:·•,/@*_]+");
    private static final Pattern TRAILING_EMPHASIS = Pattern.compile("[\\s*_]+$");

    static Optional<TimeHeading> read(String heading) {
        String text = WrittenTime.normalize(heading).strip();
        Optional<WrittenTime.Read> read = WrittenTime.leading(text);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        String rest = text.substring(read.get().end());
        if (DATE_GOES_ON.matcher(rest).matches()) {
            return Optional.empty();
        }
        return Optional.of(new TimeHeading(read.get().time(), read.get().suffix(), location(rest)));
    }

    /** {@code – (UB5.132)} → {@code UB5.132}; null when nothing is left. */
    static String location(String rest) {
        String text = TRAILING_EMPHASIS.matcher(LEADING_SEPARATORS.matcher(rest).replaceFirst("")).replaceFirst("");
        if (text.startsWith("(") && text.endsWith(")") && text.indexOf(')') == text.length() - 1) {
            text = text.substring(1, text.length() - 1).strip();
        }
        return text.isEmpty() ? null : text;
    }
}
