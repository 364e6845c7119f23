package dev.confcal.calendar;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Writes RFC 5545 §3.1 content lines as bytes: CRLF endings, folded at 75 octets (not characters: a Chinese
 * character is 3 octets in UTF-8) and never inside a character, TEXT values escaped (§3.3.11).
 */
final class ContentLines {

    static final int MAX_OCTETS = 75;
    private static final byte[] CRLF = {'\r', '\n'};
    private static final byte[] FOLD = {'\r', '\n', ' '};
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    private final ByteArrayOutputStream out;

    ContentLines(int expectedBytes) {
        this.out = new ByteArrayOutputStream(expectedBytes);
    }

    /** A line whose value is already in iCalendar form (a number, a date, a URI, an enumerated value). */
    ContentLines raw(String nameAndParameters, String value) {
        return line(nameAndParameters + ":" + value);
    }

    /**
     * A TEXT property: the value is cleaned and escaped, and starts with no white space — parsers disagree on
     * it (ical4j drops it, biweekly keeps it), so a client could see an edit where there is none.
     */
    ContentLines text(String name, String value) {
        return line(name + ":" + escape(clean(value).stripLeading()));
    }

    ContentLines utc(String name, Instant instant) {
        return line(name + ":" + UTC.format(instant));
    }

    /** A local date-time with its TZID (the zone's VTIMEZONE must be in the calendar). */
    ContentLines zoned(String name, ZonedDateTime time) {
        return line(name + ";TZID=" + time.getZone().getId() + ":" + LOCAL.format(time));
    }

    ContentLines line(String line) {
        foldLine(line, out);
        return this;
    }

    byte[] bytes() {
        return out.toByteArray();
    }

    private static void foldLine(String line, ByteArrayOutputStream out) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        int start = 0;
        int room = MAX_OCTETS;
        while (bytes.length - start > room) {
            int cut = start + room;
            while ((bytes[cut] & 0xC0) == 0x80) {
                cut--; // a UTF-8 continuation byte: fold before its character instead
            }
            out.write(bytes, start, cut - start);
            out.writeBytes(FOLD);
            start = cut;
            room = MAX_OCTETS - 1; // the continuation line's leading space counts
        }
        out.write(bytes, start, bytes.length - start);
        out.writeBytes(CRLF);
    }

    /** TEXT escaping (RFC 5545 §3.3.11): backslash, semicolon, comma, and line breaks as {@code \n}. */
    static String escape(String text) {
        String clean = clean(text);
        StringBuilder out = new StringBuilder(clean.length() + 16);
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case ';' -> out.append("\\;");
                case ',' -> out.append("\\,");
                case '\n' -> out.append("\\n");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Text as a TEXT value may hold it: line breaks as LF, no lone CR that could end a content line early, and
     * no other control characters, which RFC 5545 does not allow.
     */
    static String clean(String text) {
        String lf = text.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(lf.length());
        lf.codePoints()
                .filter(c -> c == '\n' || c == '\t' || !(Character.isISOControl(c) || c == 0xFFFE || c == 0xFFFF))
                .forEach(out::appendCodePoint);
        return out.toString();
    }
}
