package dev.confcal.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Text laid out in a terminal's columns: how wide a string is drawn (a Chinese character takes two columns, a
 * combining accent none), cutting it to a width without splitting a character, and wrapping at spaces only, so
 * that {@code sessions/<id>.ics} or {@code NOTES.confcal-state.json} is never broken across lines.
 */
final class TextColumns {

    static final String ELLIPSIS = "…";

    private TextColumns() {
    }

    /** Columns the text takes on a terminal. */
    static int width(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            width += width(c);
            i += Character.charCount(c);
        }
        return width;
    }

    /** 0 for marks drawn over the previous character and invisible format characters, 2 for wide ones, else 1. */
    static int width(int c) {
        int type = Character.getType(c);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT
                || (c >= 0xFE00 && c <= 0xFE0F)) {
            return 0;
        }
        return wide(c) ? 2 : 1;
    }

    /**
     * East Asian Wide and Fullwidth characters, and the emoji drawn two columns wide. Not JLine's {@code WCWidth}
     * (issue 20): its tables are older than emoji presentation, so ⭐ U+2B50, ✅ U+2705 and ⌚ U+231A, which terminals
     * draw two columns wide and notes use for stars, count one; ICU4J, which has the East Asian Width property, is a
     * 13 MB test-only dependency here.
     */
    private static boolean wide(int c) {
        return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF)
                || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF)
                || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F)
                || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || c == 0x2B50 || c == 0x2B55
                || (c >= 0x231A && c <= 0x231B) || (c >= 0x23E9 && c <= 0x23EC) || (c >= 0x25FD && c <= 0x25FE)
                || (c >= 0x2614 && c <= 0x2615) || (c >= 0x2648 && c <= 0x2653) || c == 0x26A1 || c == 0x2705
                || (c >= 0x2753 && c <= 0x2755) || c == 0x2764 || (c >= 0x1F300 && c <= 0x1F64F)
                || (c >= 0x1F680 && c <= 0x1F6FF) || (c >= 0x1F900 && c <= 0x1F9FF) || (c >= 0x1FA70 && c <= 0x1FAFF)
                || (c >= 0x20000 && c <= 0x3FFFD);
    }

    /**
     * The text cut to {@code width} columns, ending in "…" when something was cut; a character and the marks on it
     * stay together.
     */
    static String fit(String text, int width) {
        if (width(text) <= width) {
            return text;
        }
        if (width < 1) {
            return "";
        }
        StringBuilder kept = new StringBuilder();
        int used = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int w = width(c);
            if (w > 0 && used + w > width - 1) {
                break;
            }
            kept.appendCodePoint(c);
            used += w;
            i += Character.charCount(c);
        }
        return kept.toString().stripTrailing() + ELLIPSIS;
    }

    /** The text followed by spaces up to {@code width} columns. */
    static String pad(String text, int width) {
        int missing = width - width(text);
        return missing <= 0 ? text : text + " ".repeat(missing);
    }

    /**
     * The text in lines of at most {@code width} columns, broken at spaces only: a word longer than a line stands
     * alone on its line, whole, rather than be cut.
     */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int used = 0;
        for (String word : text.strip().split(" +")) {
            int w = width(word);
            if (used > 0 && used + 1 + w > width) {
                lines.add(line.toString());
                line.setLength(0);
                used = 0;
            }
            if (used > 0) {
                line.append(' ');
                used++;
            }
            line.append(word);
            used += w;
        }
        if (used > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /**
     * Text from the notes made safe to print: control characters (an escape sequence could rewrite the terminal,
     * a line break would start a line that looks like confcal's own) become U+FFFD.
     */
    static String printable(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029';
            if (control) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
                out.append(c == '\t' ? ' ' : '\uFFFD');
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }
}
