package dev.confcal.notes;

/**
 * The paragraphs of a notes text as flexmark's inline parser gets them, closely enough to bound its work: runs of
 * non-blank lines, a list item or a heading starting a new one; fenced code is no paragraph. Lines as offsets into
 * the text, read one paragraph at a time.
 */
final class Paragraphs {

    /**
     * @param start     offset of its first character
     * @param end       offset after its last line (its line break included)
     * @param cut       offset where its line {@link ParserGuard#MAX_LINES} + 1 starts, or {@code end}
     * @param firstLine 1-based
     */
    record Paragraph(int start, int end, int cut, int firstLine, int lines) {
    }

    private static final java.util.regex.Pattern LIST_ITEM = java.util.regex.Pattern.compile("([-*+]|\\d{1,9}[.)])(\\s|$)");

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
            if (++lines == ParserGuard.MAX_LINES + 1) {
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
