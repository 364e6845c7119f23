package dev.confcal.calendar;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * RFC 5545 §3.1 content lines as bytes: CRLF endings, folded at 75 octets (not characters: a Chinese
 * character is 3 octets in UTF-8) and never inside a character. ical4j folds at 73 characters, so its
 * output is unfolded first and folded again here.
 */
final class ContentLines {

    static final int MAX_OCTETS = 75;
    private static final byte[] CRLF = {'\r', '\n'};
    private static final byte[] FOLD = {'\r', '\n', ' '};

    private ContentLines() {
    }

    /** Refolds unfolded or character-folded iCalendar text into conforming UTF-8 bytes. */
    static byte[] fold(String ical) {
        String unfolded = ical.replace("\r\n ", "").replace("\r\n\t", "");
        ByteArrayOutputStream out = new ByteArrayOutputStream(unfolded.length() * 2);
        for (String line : unfolded.split("\r\n")) {
            if (!line.isEmpty()) {
                foldLine(line, out);
            }
        }
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

    /**
     * Text as a TEXT value may hold it: line breaks as LF (ical4j escapes them as {@code \n}), no lone CR that
     * could end a content line early, and no other control characters, which RFC 5545 does not allow.
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
