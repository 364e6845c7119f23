package dev.confcal.notes;

import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * A session's notes, gathered as pieces of the notes file, written as plain text (for calendars) and as Markdown
 * (for the page). HTML comments are cut from both: they are never published.
 */
final class NotesText {

    /** A piece of a session's notes. */
    interface Fragment {
    }

    /** A whole block: a paragraph, a list, code, a quote, a sub-heading. */
    record Block(Node node) implements Fragment {
    }

    /** Lines of a paragraph (after a session's own line): its inline nodes between two offsets. */
    record Lines(Node paragraph, List<Node> nodes, int from, int to) implements Fragment {
    }

    /** A list item that is notes, not a session. */
    record Item(ListItem item) implements Fragment {
    }

    /** The text after a session's link on its own line ({@code — Room 7.3, packed}), as Markdown and plain text. */
    record Remark(String markdown, String plain, Node paragraph) implements Fragment {
    }

    private final CharSequence text;
    private final LineIndex lines;

    NotesText(CharSequence text, LineIndex lines) {
        this.text = text;
        this.lines = lines;
    }

    /** Plain text and Markdown of some notes, and how deeply they nest. */
    record Written(String plain, String markdown, int depth) {
    }

    /** The notes; deeper than {@link Nesting#MAX_NOTES_DEPTH}, their plain text is their Markdown, unrendered. */
    Written write(List<Fragment> fragments) {
        int depth = fragments.stream().mapToInt(NotesText::depth).max().orElse(0);
        boolean tooDeep = depth > Nesting.MAX_NOTES_DEPTH;
        StringBuilder plain = new StringBuilder();
        StringBuilder markdown = new StringBuilder();
        Fragment previous = null;
        for (Fragment fragment : fragments) {
            String m = markdown(fragment).strip();
            String p = tooDeep ? m : plain(fragment).strip();
            if (p.isEmpty() && m.isEmpty()) {
                continue;
            }
            String separator = previous == null ? "" : tight(previous, fragment) ? "\n" : "\n\n";
            if (!p.isEmpty()) {
                plain.append(plain.length() == 0 ? "" : separator).append(p);
            }
            if (!m.isEmpty()) {
                markdown.append(markdown.length() == 0 ? "" : separator).append(m);
            }
            previous = fragment;
        }
        return new Written(plain.toString(), markdown.toString(), depth);
    }

    /** Items of one list stay one list; a line typed under a session's remark stays under it. */
    private static boolean tight(Fragment previous, Fragment next) {
        if (previous instanceof Item a && next instanceof Item b) {
            return a.item().getParent() == b.item().getParent();
        }
        return previous instanceof Remark r && next instanceof Lines l && r.paragraph() == l.paragraph();
    }

    private String plain(Fragment fragment) {
        if (fragment instanceof Block block) {
            return PlainText.blocks(List.of(block.node()));
        }
        if (fragment instanceof Lines lines) {
            return PlainText.inline(lines.nodes());
        }
        if (fragment instanceof Item item) {
            return PlainText.item(item.item());
        }
        return ((Remark) fragment).plain();
    }

    private String markdown(Fragment fragment) {
        if (fragment instanceof Block block) {
            Node node = block.node();
            return source(node, node.getStartOffset(), node.getEndOffset(), List.of(node));
        }
        if (fragment instanceof Lines lines) {
            return source(lines.paragraph(), lines.from(), lines.to(), lines.nodes());
        }
        if (fragment instanceof Item item) {
            return source(item.item(), item.item().getStartOffset(), item.item().getEndOffset(), List.of(item.item()));
        }
        return PlainText.COMMENT.matcher(((Remark) fragment).markdown()).replaceAll("");
    }

    /**
     * The notes file's text between two offsets, without its HTML comments, and without the indentation of the
     * list item it stands in (continuation lines carry it; the first line starts at the container's column).
     */
    private String source(Node container, int from, int to, List<Node> roots) {
        int column = container.getStartOffset() - lines.start(container.getStartOffset());
        List<int[]> cuts = hasComment(from, to) ? comments(roots, from, to) : List.of();
        StringBuilder out = new StringBuilder(to - from);
        int at = from;
        for (int[] cut : cuts) {
            out.append(text, at, Math.max(at, cut[0]));
            at = Math.max(at, cut[1]);
        }
        out.append(text, Math.min(at, to), to);
        if (column == 0) {
            return out.toString();
        }
        String indent = " ".repeat(column);
        String[] split = out.toString().split("\n", -1);
        StringBuilder dedented = new StringBuilder(out.length());
        for (int i = 0; i < split.length; i++) {
            String line = split[i];
            if (i > 0) {
                dedented.append('\n');
                int strip = 0;
                while (strip < indent.length() && strip < line.length() && line.charAt(strip) == ' ') {
                    strip++;
                }
                line = line.substring(strip);
            }
            dedented.append(line);
        }
        return dedented.toString();
    }

    private boolean hasComment(int from, int to) {
        for (int i = from; i + 3 < to; i++) {
            if (text.charAt(i) == '<' && text.charAt(i + 1) == '!' && text.charAt(i + 2) == '-'
                    && text.charAt(i + 3) == '-') {
                return true;
            }
        }
        return false;
    }

    /** Where the HTML comments are among some nodes, in order, as {@code [start, end)} offsets. */
    private List<int[]> comments(List<Node> roots, int from, int to) {
        List<int[]> cuts = new ArrayList<>();
        ArrayDeque<Node> nodes = new ArrayDeque<>();
        for (int i = roots.size() - 1; i >= 0; i--) {
            nodes.push(roots.get(i));
        }
        while (!nodes.isEmpty()) {
            Node node = nodes.pop();
            if (node.getEndOffset() <= from || node.getStartOffset() >= to) {
                continue;
            }
            if (node instanceof HtmlCommentBlock || node instanceof HtmlInlineComment) {
                cuts.add(new int[] {node.getStartOffset(), node.getEndOffset()});
            } else if (node instanceof HtmlBlockBase || node instanceof HtmlInlineBase) {
                Matcher m = PlainText.COMMENT.matcher(node.getChars());
                while (m.find()) {
                    cuts.add(new int[] {node.getStartOffset() + m.start(), node.getStartOffset() + m.end()});
                }
            } else {
                List<Node> children = children(node);
                for (int i = children.size() - 1; i >= 0; i--) {
                    nodes.push(children.get(i));
                }
            }
        }
        cuts.sort((a, b) -> Integer.compare(a[0], b[0]));
        return cuts;
    }

    private static int depth(Fragment fragment) {
        if (fragment instanceof Block block) {
            return depth(block.node());
        }
        if (fragment instanceof Lines lines) {
            return lines.nodes().stream().mapToInt(NotesText::depth).max().orElse(0) + 1;
        }
        return fragment instanceof Item item ? depth(item.item()) : 1;
    }

    /** How deeply a block nests, counted without recursion (the notes may nest thousands of levels). */
    static int depth(Node root) {
        int deepest = 1;
        int depth = 1;
        Node node = root;
        while (true) { // depth first, by the tree's own links
            if (node.getFirstChild() != null) {
                node = node.getFirstChild();
                deepest = Math.max(deepest, ++depth);
                continue;
            }
            while (node != root && node.getNext() == null) {
                node = node.getParent();
                depth--;
            }
            if (node == root) {
                return deepest;
            }
            node = node.getNext();
        }
    }

    static List<Node> children(Node node) {
        List<Node> list = new ArrayList<>();
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            list.add(child);
        }
        return list;
    }
}
