package dev.confcal.notes;

import java.util.Arrays;

/**
 * Line numbers of offsets in the notes. Flexmark's own getStartLineNumber() counts from the top of the file on
 * every call, which made parsing quadratic in the number of sessions.
 */
final class LineIndex {

    private final int[] starts;

    LineIndex(CharSequence text) {
        int[] found = new int[16];
        int count = 0;
        found[count++] = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                if (count == found.length) {
                    found = Arrays.copyOf(found, count * 2);
                }
                found[count++] = i + 1;
            }
        }
        this.starts = Arrays.copyOf(found, count);
    }

    /** 1-based line of an offset, counting line feeds once, for a single lookup without building an index. */
    static int lineOf(CharSequence text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** 1-based line of an offset. */
    int line(int offset) {
        int index = Arrays.binarySearch(starts, offset);
        return (index >= 0 ? index : -index - 2) + 1;
    }

    /** Where the line holding an offset starts. */
    int start(int offset) {
        return starts[line(offset) - 1];
    }
}
