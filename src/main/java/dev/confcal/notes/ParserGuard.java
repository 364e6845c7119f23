package dev.confcal.notes;

import dev.confcal.schedule.Problem;
import dev.confcal.schedule.ProblemCode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What the notes text must not carry into the parsers, taken out before they see it; lines keep their numbers.
 * <ul>
 * <li>HTML comments in the front matter: YAML knows none, so {@code title: Conf <!-- budget 5k -->} was published
 * whole, and a commented {@code timezone:} was quoted in a problem on the page. They are blanked.</li>
 * <li>Paragraphs flexmark reads in quadratic time: a 100 KB line of {@code [a](} took 12 s, 1 MB twenty minutes;
 * 20,000 lines of {@code ]} without a blank line between them, 3 s. A paragraph (see {@link Paragraphs}) keeps at
 * most {@value #MAX_LINES} lines and {@value #MAX_LINKS} bracket pairs that may be links, else the rest is left out
 * or read as text — an error at the line, since sessions may be among them — and a {@code [text](} that is never
 * closed on its line, which no reader takes for a link, has its bracket escaped, which changes nothing shown.</li>
 * </ul>
 */
final class ParserGuard {

    static final int MAX_LINKS = 100;
    static final int MAX_LINES = 1_000;

    /** The text as the parsers may read it, and what had to be changed, located. */
    record Guarded(String text, List<Problem> problems) {
    }

    private ParserGuard() {
    }

    static Guarded apply(String source, String text) {
        List<Problem> problems = new ArrayList<>();
        String withoutComments = frontMatterWithoutComments(source, text, problems);
        return new Guarded(boundedLinks(source, withoutComments, problems), problems);
    }

    /** The front matter (from a first line {@code ---} to the next {@code ---} or {@code ...}) with comments blanked. */
    private static String frontMatterWithoutComments(String source, String text, List<Problem> problems) {
        int firstEnd = text.indexOf('\n');
        if (firstEnd < 0 || !text.substring(0, firstEnd).strip().equals("---")) {
            return text;
        }
        int end = -1;
        for (int at = firstEnd + 1; at < text.length(); ) {
            int lineEnd = text.indexOf('\n', at);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            String line = text.substring(at, lineEnd).strip();
            if (line.equals("---") || line.equals("...")) {
                end = at;
                break;
            }
            at = lineEnd + 1;
        }
        if (end < 0 || text.indexOf("<!--", firstEnd) < 0 || text.indexOf("<!--", firstEnd) >= end) {
            return text;
        }
        StringBuilder out = new StringBuilder(text);
        for (int open = text.indexOf("<!--", firstEnd); open >= 0 && open < end; ) {
            int close = text.indexOf("-->", open + 4);
            int blankUntil = close < 0 || close + 3 > end ? end : close + 3;
            if (close < 0 || close + 3 > end) {
                problems.add(ProblemCode.UNCLOSED_FRONT_MATTER_COMMENT.at(source, LineIndex.lineOf(text, open)));
            }
            for (int i = open; i < blankUntil; i++) {
                if (out.charAt(i) != '\n' && out.charAt(i) != '\r') {
                    out.setCharAt(i, ' ');
                }
            }
            open = text.indexOf("<!--", blankUntil);
        }
        return out.toString();
    }

    /**
     * Bounds each paragraph: at most {@value #MAX_LINES} lines (the rest are blanked), and at most {@value #MAX_LINKS}
     * bracket pairs (else none of them is read as a link). A pair whose {@code (} is never closed on its line cannot
     * be a link: its bracket is escaped, which changes nothing that is shown.
     */
    private static String boundedLinks(String source, String text, List<Problem> problems) {
        List<Integer> escapes = new ArrayList<>();
        StringBuilder blanked = null;
        Paragraphs paragraphs = new Paragraphs(text);
        int tooLong = 0;
        int tooManyLinks = 0;
        int firstLongLine = 0;
        int firstLinksLine = 0;
        for (Paragraphs.Paragraph paragraph = paragraphs.next(); paragraph != null; paragraph = paragraphs.next()) {
            int end = paragraph.end();
            if (paragraph.lines() > MAX_LINES) {
                tooLong++;
                firstLongLine = firstLongLine == 0 ? paragraph.firstLine() + MAX_LINES : firstLongLine;
                blanked = blanked == null ? new StringBuilder(text) : blanked;
                for (int i = paragraph.cut(); i < end; i++) {
                    if (text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                        blanked.setCharAt(i, ' ');
                    }
                }
                end = paragraph.cut();
            }
            List<int[]> pairs = pairs(text, paragraph.start(), end);
            if (pairs.size() > MAX_LINKS) {
                tooManyLinks++;
                firstLinksLine = firstLinksLine == 0 ? LineIndex.lineOf(text, pairs.get(MAX_LINKS)[0]) : firstLinksLine;
                pairs.forEach(pair -> escapes.add(pair[0]));
            } else {
                pairs.stream().filter(pair -> !mayBeInlineLink(text, pair[1])).forEach(pair -> escapes.add(pair[0]));
            }
        }
        if (tooLong > 0) {
            problems.add(ProblemCode.TOO_LONG_PARAGRAPH.at(source, firstLongLine, MAX_LINES,
                    tooLong > 1 ? " (and " + (tooLong - 1) + " more paragraphs)" : ""));
        }
        if (tooManyLinks > 0) {
            problems.add(ProblemCode.TOO_MANY_LINKS.at(source, firstLinksLine, MAX_LINKS,
                    tooManyLinks > 1 ? " (and " + (tooManyLinks - 1) + " more paragraphs)" : ""));
        }
        String kept = blanked == null ? text : blanked.toString();
        if (escapes.isEmpty()) {
            return kept;
        }
        StringBuilder out = new StringBuilder(kept.length() + escapes.size());
        int copied = 0;
        for (int at : escapes) {
            out.append(kept, copied, at).append('\\');
            copied = at;
        }
        return out.append(kept, copied, kept.length()).toString();
    }

    /** Offsets of each {@code [} and the {@code ]} that closes it with no bracket between, in order. */
    private static List<int[]> pairs(String text, int start, int end) {
        List<int[]> pairs = new ArrayList<>();
        int open = -1;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++; // an escaped character is no bracket
            } else if (c == '[') {
                open = i;
            } else if (c == ']' && open >= 0) {
                pairs.add(new int[] {open, i});
                open = -1;
            }
        }
        return pairs;
    }

    /** After {@code ]} at {@code close}: not {@code (}, or a {@code (} closed later on the same line. */
    private static boolean mayBeInlineLink(String text, int close) {
        if (close + 1 >= text.length() || text.charAt(close + 1) != '(') {
            return true;
        }
        int lineEnd = text.indexOf('\n', close);
        int closing = text.indexOf(')', close + 2);
        return closing >= 0 && (lineEnd < 0 || closing < lineEnd);
    }

    /**
     * The paragraphs of a notes text as flexmark's inline parser gets them, closely enough to bound its work: runs of
     * non-blank lines, a list item or a heading starting a new one; fenced code is no paragraph. Lines as offsets into
     * the text, read one paragraph at a time.
     */
    private static final class Paragraphs {

        /**
         * @param start     offset of its first character
         * @param end       offset after its last line (its line break included)
         * @param cut       offset where its line {@link ParserGuard#MAX_LINES} + 1 starts, or {@code end}
         * @param firstLine 1-based
         */
        record Paragraph(int start, int end, int cut, int firstLine, int lines) {
        }

        private static final Pattern LIST_ITEM = Pattern.compile("([-*+]|\\d{1,9}[.)])(\\s|$)");

        private final String text;
        private int at;
        private int line = 1;
        private boolean fenced;
        private String fence;

        Paragraphs(String text) {
            this.text = text;
        }

        /** The next paragraph, or null at the end. */
        Paragraph next() {
            int start = -1;
            int firstLine = 0;
            int lines = 0;
            int cut = -1;
            while (at < text.length()) {
                int lineEnd = text.indexOf('\n', at);
                int next = lineEnd < 0 ? text.length() : lineEnd + 1;
                String content = text.substring(at, lineEnd < 0 ? text.length() : lineEnd);
                String stripped = content.strip();
                boolean fenceLine = stripped.startsWith("```") || stripped.startsWith("~~~");
                if (fenced || fenceLine || stripped.isEmpty()) {
                    if (start >= 0) {
                        return new Paragraph(start, at, cut < 0 ? at : cut, firstLine, lines); // this line comes next
                    }
                    if (fenceLine && (!fenced || stripped.startsWith(fence))) {
                        fenced = !fenced;
                        fence = stripped.substring(0, 3);
                    }
                    at = next;
                    line++;
                    continue;
                }
                if (start >= 0 && startsBlock(stripped)) {
                    return new Paragraph(start, at, cut < 0 ? at : cut, firstLine, lines);
                }
                if (start < 0) {
                    start = at;
                    firstLine = line;
                }
                if (++lines == MAX_LINES + 1) {
                    cut = at;
                }
                at = next;
                line++;
            }
            return start < 0 ? null : new Paragraph(start, at, cut < 0 ? at : cut, firstLine, lines);
        }

        /** A list item or a heading: the paragraph before it ends. */
        private static boolean startsBlock(String line) {
            return line.startsWith("#") || LIST_ITEM.matcher(line).lookingAt();
        }
    }
}
