package dev.confcal.notes;

import dev.confcal.schedule.ProblemCode;
import java.util.function.IntConsumer;

/**
 * The limits that protect the notes reader from hostile input, in one place.
 * <ul>
 * <li>Flexmark's time grows with the cube of the nesting depth (3,000 nested list items took minutes), so before
 * it sees the notes a line may open at most {@link #MAX_MARKERS} containers ({@code >}, {@code -}, {@code 1.})
 * and be indented at most {@link #MAX_INDENT} columns; beyond that, markers are escaped and indentation is cut
 * (an error, {@link ProblemCode#TOO_DEEPLY_NESTED}). No person's notes come near either; lines keep their
 * numbers.</li>
 * <li>Emphasis still nests without limit (a line of 30,000 asterisks), and flexmark's regexes and the notes'
 * rendering recurse: a parse runs on its own thread with {@link #PARSER_STACK_BYTES} of stack; should even that
 * overflow, the notes are refused as a whole ({@link ProblemCode#TOO_DEEP_TO_READ}).</li>
 * <li>A session's notes deeper than {@link #MAX_NOTES_DEPTH} levels are kept as their Markdown, unrendered
 * ({@link ProblemCode#NOTES_TOO_DEEP}).</li>
 * </ul>
 * The recognisers walk the tree with explicit stacks, not recursion, and their patterns are linear in a line's
 * length.
 */
final class Nesting {

    static final int MAX_MARKERS = 48;
    static final int MAX_INDENT = 96;
    /** Deeper notes are kept as plain text: rendering them walks the tree recursively. */
    static final int MAX_NOTES_DEPTH = 128;
    /** Reserved for the parsing thread, committed only as used. */
    static final long PARSER_STACK_BYTES = 512L << 20;

    private Nesting() {
    }

    /**
     * @param overLimit told the 1-based number of each line that had to be changed
     * @return the text, unchanged (the same instance) when nothing was over the limits
     */
    static String limit(String text, IntConsumer overLimit) {
        StringBuilder out = null;
        int line = 1;
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            String fixed = limitLine(text, start, end);
            if (fixed != null) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 64).append(text, 0, start);
                }
                out.append(fixed);
                overLimit.accept(line);
            } else if (out != null) {
                out.append(text, start, end);
            }
            if (end < text.length() && out != null) {
                out.append('\n');
            }
            start = end + 1;
            line++;
        }
        return out == null ? text : out.toString();
    }

    /** The line made safe, or null when it is fine as it is. */
    private static String limitLine(String text, int start, int end) {
        int indent = 0;
        int i = start;
        while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            indent += text.charAt(i) == '\t' ? 4 - indent % 4 : 1;
            i++;
        }
        boolean cutIndent = indent > MAX_INDENT;
        int markers = 0;
        int at = i;
        while (at < end && markers < MAX_MARKERS) {
            int next = marker(text, at, end);
            if (next < 0) {
                break;
            }
            markers++;
            at = next;
        }
        boolean escape = markers == MAX_MARKERS && marker(text, at, end) >= 0;
        if (!cutIndent && !escape) {
            return null;
        }
        StringBuilder line = new StringBuilder(end - start + 8);
        line.append(cutIndent ? " ".repeat(MAX_INDENT) : text.substring(start, i));
        line.append(text, i, at);
        if (escape) {
            int first = at;
            while (first < end && text.charAt(first) == ' ') {
                first++;
            }
            line.append(text, at, first).append('\\');
            at = first;
        }
        return line.append(text, at, end).toString();
    }

    /** Where the container marker at {@code at} (after up to 3 spaces) ends, or -1 when there is none. */
    private static int marker(String text, int at, int end) {
        int i = at;
        int spaces = 0;
        while (i < end && text.charAt(i) == ' ' && spaces < 3) {
            i++;
            spaces++;
        }
        if (i >= end) {
            return -1;
        }
        char c = text.charAt(i);
        if (c == '>') {
            return i + 1;
        }
        int afterMarker = -1;
        if (c == '-' || c == '*' || c == '+') {
            afterMarker = i + 1;
        } else if (Character.isDigit(c)) {
            int digits = i;
            while (digits < end && digits - i < 9 && Character.isDigit(text.charAt(digits))) {
                digits++;
            }
            if (digits < end && (text.charAt(digits) == '.' || text.charAt(digits) == ')')) {
                afterMarker = digits + 1;
            }
        }
        if (afterMarker > 0 && afterMarker < end && (text.charAt(afterMarker) == ' ' || text.charAt(afterMarker) == '\t')) {
            return afterMarker + 1;
        }
        return -1;
    }
}
