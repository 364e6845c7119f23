package dev.confcal.web.feed;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * The {@code Content-Disposition} of a download (RFC 6266): an ASCII {@code filename} every client reads, and
 * a UTF-8 {@code filename*} (RFC 8187) that keeps a Chinese or accented title. Both are built from letters and
 * digits joined by dashes, so nothing from the notes can end the header or add one, and both are short: a
 * 7,900-character title must not overflow the response header.
 */
final class DownloadName {

    /** Characters of the name before {@code .ics}; a header of a few hundred bytes at most. */
    static final int MAX_LENGTH = 80;

    private DownloadName() {
    }

    /** {@code kubecon-china-2023-starred.ics} from its parts (title, what the feed selects). */
    static String of(List<String> parts) {
        return slug(String.join(" ", parts), false, "confcal") + ".ics";
    }

    /** The header value for a download: {@code attachment; filename="…"; filename*=UTF-8''…}. */
    static String disposition(List<String> parts) {
        String ascii = of(parts);
        String unicode = slug(String.join(" ", parts), true, "confcal") + ".ics";
        String header = "attachment; filename=\"" + ascii + "\"";
        return unicode.equals(ascii) ? header : header + "; filename*=UTF-8''" + percentEncode(unicode);
    }

    /** Lower-case letters and digits joined by single dashes; ASCII only unless {@code unicode}. */
    static String slug(String text, boolean unicode, String fallback) {
        String folded = Normalizer.normalize(text, unicode ? Normalizer.Form.NFC : Normalizer.Form.NFKD)
                .toLowerCase(Locale.ROOT);
        StringBuilder slug = new StringBuilder();
        boolean dash = false;
        for (int i = 0; i < folded.length() && slug.length() < MAX_LENGTH; ) {
            int c = folded.codePointAt(i);
            i += Character.charCount(c);
            boolean keep = c < 0x80 ? (c >= 'a' && c <= 'z' || c >= '0' && c <= '9')
                    : unicode && Character.isLetterOrDigit(c);
            if (keep) {
                if (dash && slug.length() > 0) {
                    slug.append('-');
                }
                slug.appendCodePoint(c);
                dash = false;
            } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
                dash = true; // accents of NFKD-folded letters vanish: é → e
            }
        }
        return slug.length() == 0 ? fallback : slug.toString();
    }

    /** RFC 8187's attr-char set is kept; everything else is %XX of its UTF-8 bytes. */
    private static String percentEncode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return out.toString();
    }
}
