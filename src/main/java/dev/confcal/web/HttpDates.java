package dev.confcal.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.Locale;

/**
 * HTTP dates (RFC 9110 §5.6.7): written as IMF-fixdate, read in all three forms a client may send —
 * IMF-fixdate, the obsolete RFC 850 form and C's asctime form.
 * Not Jetty's: its {@code DateParser} is deprecated for removal in 12.1 (so {@code -Xlint} flags every use), and it
 * reads a date whose weekday is wrong ({@code Mon, 06 Nov 1994}, a Sunday) as if it were right, where RFC 9110 makes
 * it no date — an If-Modified-Since to ignore (tried with jetty-http 12.1.14).
 */
final class HttpDates {

    static final DateTimeFormatter IMF_FIXDATE = DateTimeFormatter
            .ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    /** {@code Sunday, 06-Nov-94 08:49:37 GMT}; the two-digit year is placed below by RFC 9110's 50-year rule. */
    private static final DateTimeFormatter RFC_850 = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("EEEE, dd-MMM-").appendValue(ChronoField.YEAR_OF_ERA, 2).appendPattern(" HH:mm:ss 'GMT'")
            .toFormatter(Locale.ENGLISH);
    /** {@code Sun Nov  6 08:49:37 1994}: the day of month is padded with a space. */
    private static final DateTimeFormatter ASCTIME = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("EEE MMM ").padNext(2).appendPattern("d HH:mm:ss yyyy").toFormatter(Locale.ENGLISH);
    private static final DateTimeFormatter IMF_PARSE = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'").toFormatter(Locale.ENGLISH);

    private HttpDates() {
    }

    static String format(Instant instant) {
        return IMF_FIXDATE.format(instant);
    }

    /** The instant a header names, or null when it is not an HTTP date (which RFC 9110 says to ignore). */
    static Instant parse(String value, Instant now) {
        if (value == null) {
            return null;
        }
        String text = value.strip();
        try {
            return LocalDateTime.parse(text, IMF_PARSE).toInstant(ZoneOffset.UTC);
        } catch (DateTimeException ignored) {
            // try the obsolete forms
        }
        try {
            return LocalDateTime.parse(text, ASCTIME).toInstant(ZoneOffset.UTC);
        } catch (DateTimeException ignored) {
            // try RFC 850
        }
        try {
            java.text.ParsePosition position = new java.text.ParsePosition(0);
            var parsed = RFC_850.parseUnresolved(text, position); // the weekday of "94" is checked below
            if (parsed == null || position.getErrorIndex() >= 0 || position.getIndex() != text.length()) {
                return null;
            }
            int twoDigits = parsed.get(ChronoField.YEAR_OF_ERA) % 100;
            int nowYear = now.atZone(ZoneOffset.UTC).getYear();
            int year = nowYear - nowYear % 100 + twoDigits;
            if (year > nowYear + 50) {
                year -= 100;
            }
            LocalDateTime at = LocalDateTime.of(year, (int) parsed.getLong(ChronoField.MONTH_OF_YEAR),
                    (int) parsed.getLong(ChronoField.DAY_OF_MONTH), (int) parsed.getLong(ChronoField.HOUR_OF_DAY),
                    (int) parsed.getLong(ChronoField.MINUTE_OF_HOUR), (int) parsed.getLong(ChronoField.SECOND_OF_MINUTE));
            return at.getDayOfWeek().getValue() == parsed.getLong(ChronoField.DAY_OF_WEEK)
                    ? at.toInstant(ZoneOffset.UTC) : null;
        } catch (DateTimeException ignored) {
            return null;
        }
    }
}
