package dev.confcal.notes;

import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * A paragraph read line by line: a line holding a session link starts that session (or is a located problem),
 * and the lines after it, up to the next session line, are its notes; lines before the first belong to the
 * session before the paragraph. So a line typed directly under a session's link is that session's notes.
 */
final class ParagraphLines {

    /** Reads a line without a session link that is a session, a day, a time or a break. */
    interface PlainLine {
        /** Whether {@link #read} takes the line (no side effects: the lines before it are handed on first). */
        boolean takes(String source, int line);

        void read(String source, int line, Paragraph paragraph);

        /** Whether the line it takes is the time of the line above, which is then its title, not notes. */
        boolean titledByLineAbove(String source, int line);

        /** A line that is neither a session nor taken: said when it looks like one (coverage, never silent). */
        void unread(String source, int line);
    }

    private final SessionLine sessionLine;
    private final Drafts drafts;
    private final LineIndex lines;
    private final CharSequence text;
    private final PlainLine plainLine;

    ParagraphLines(SessionLine sessionLine, Drafts drafts, LineIndex lines, CharSequence text, PlainLine plainLine) {
        this.sessionLine = sessionLine;
        this.drafts = drafts;
        this.lines = lines;
        this.text = text;
        this.plainLine = plainLine;
    }

    /** Each line of a paragraph is a session's line, or notes: of the session before it, or of one it starts. */
    void read(Paragraph paragraph) {
        List<Node> nodes = NotesText.children(paragraph);
        List<int[]> split = split(nodes);
        int pending = 0;
        boolean sessions = false;
        for (int i = 0; i < split.size(); i++) {
            int[] line = split.get(i);
            List<Node> lineNodes = nodes.subList(line[0], line[1]);
            if (lineNodes.isEmpty()) {
                continue;
            }
            int from = lineNodes.get(0).getStartOffset();
            int to = lineNodes.get(lineNodes.size() - 1).getEndOffset();
            SessionLine.Reading reading = sessionLine.read(paragraph, lineNodes, from, to);
            if (reading instanceof SessionLine.Found || reading instanceof SessionLine.Broken) {
                flush(paragraph, nodes, split, pending, i, sessions);
                sessions = true;
                pending = i + 1;
                if (reading instanceof SessionLine.Found found) {
                    drafts.start(found, lines.line(from), 0, paragraph);
                } else {
                    drafts.broken((SessionLine.Broken) reading, lines.line(from));
                }
            } else if (reading instanceof SessionLine.Crossed crossed) {
                flush(paragraph, nodes, split, pending, i, sessions);
                sessions = true;
                pending = i + 1;
                drafts.crossed(crossed, lines.line(from));
            } else if (reading instanceof SessionLine.Mention mention) {
                drafts.mention(mention, lines.line(from)); // said at its line unless the session is elsewhere
            } else {
                String source = text.subSequence(from, to).toString();
                if (plainLine.takes(source, lines.line(from))) {
                    boolean titled = i > pending && plainLine.titledByLineAbove(source, lines.line(from));
                    flush(paragraph, nodes, split, pending, titled ? i - 1 : i, sessions);
                    sessions = true;
                    pending = i + 1;
                    plainLine.read(source, lines.line(from), paragraph);
                } else {
                    plainLine.unread(source, lines.line(from));
                }
            }
        }
        flush(paragraph, nodes, split, pending, split.size(), sessions);
    }

    /** Lines {@code [from, to)} of a paragraph go to the open session's notes. */
    private void flush(Paragraph paragraph, List<Node> nodes, List<int[]> split, int from, int to, boolean sessions) {
        if (from >= to) {
            return;
        }
        if (!sessions && from == 0 && to == split.size()) {
            drafts.notes(new NotesText.Block(paragraph));
            return;
        }
        List<Node> part = nodes.subList(split.get(from)[0], split.get(to - 1)[1]);
        if (!part.isEmpty()) {
            drafts.notes(new NotesText.Lines(paragraph, part, part.get(0).getStartOffset(),
                    part.get(part.size() - 1).getEndOffset()));
        }
    }

    /** A paragraph's inline nodes split into lines at its line breaks: {@code [first, end)} indices. */
    private static List<int[]> split(List<Node> nodes) {
        List<int[]> split = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i) instanceof SoftLineBreak || nodes.get(i) instanceof HardLineBreak) {
                split.add(new int[] {start, i});
                start = i + 1;
            }
        }
        split.add(new int[] {start, nodes.size()});
        return split;
    }
}
