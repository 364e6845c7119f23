package dev.confcal.notes;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Markdown notes as readable plain text for a calendar's DESCRIPTION: emphasis dropped, links written out as
 * {@code text (url)}, images as {@code alt (url)}, lists kept as {@code - item} / {@code 1. item} with their
 * nesting, code as it is, a table's rows without the line under its header. HTML comments are never written.
 */
final class PlainText {

    /** An HTML comment, or one that never closes. */
    static final Pattern COMMENT = Pattern.compile("<!--[\\s\\S]*?(?:-->|\\z)");
    private static final Pattern ORDERED = Pattern.compile("\\d+[.)]");
    private static final Pattern TABLE_RULE = Pattern.compile("(?m)^\\s*\\|?\\s*:?-{3,}:?\\s*(?:\\|\\s*:?-{3,}:?\\s*)*\\|?\\s*$\\n?");

    private PlainText() {
    }

    /** Blocks separated by a blank line, the way the notes separate them. */
    static String blocks(List<Node> blocks) {
        List<String> parts = new ArrayList<>();
        for (Node block : blocks) {
            String text = block(block).strip();
            if (!text.isEmpty()) {
                parts.add(text);
            }
        }
        return String.join("\n\n", parts);
    }

    static String inline(Node parent) {
        return inline(parent.getChildren());
    }

    /** Some of a paragraph's inline nodes (a few of its lines). */
    static String inline(Iterable<Node> nodes) {
        StringBuilder out = new StringBuilder();
        for (Node child : nodes) {
            appendInline(child, out);
        }
        return stripLineEnds(out.toString());
    }

    /**
     * The text of a line's inline nodes after an offset: whole nodes after it, and the end of the one it falls in
     * (a bare URL inside a text, the bold around a session link).
     */
    static String inlineAfter(List<Node> line, int from) {
        StringBuilder out = new StringBuilder();
        java.util.ArrayDeque<Node> nodes = new java.util.ArrayDeque<>();
        for (int i = line.size() - 1; i >= 0; i--) {
            nodes.push(line.get(i));
        }
        while (!nodes.isEmpty()) {
            Node node = nodes.pop();
            if (node.getEndOffset() <= from) {
                continue;
            }
            if (node.getStartOffset() >= from) {
                appendInline(node, out);
            } else if (node instanceof Text) {
                out.append(node.getChars().subSequence(from - node.getStartOffset(), node.getTextLength()).unescape());
            } else {
                List<Node> children = children(node);
                for (int i = children.size() - 1; i >= 0; i--) {
                    nodes.push(children.get(i));
                }
            }
        }
        return stripLineEnds(out.toString());
    }

    /** One list item as the notes' own item: {@code - text}, its nested blocks indented under it. */
    static String item(ListItem item) {
        String marker = item.getOpeningMarker().toString();
        marker = ORDERED.matcher(marker).matches() ? marker.substring(0, marker.length() - 1) + ". " : "- ";
        String body = String.join("\n", children(item).stream().map(PlainText::block)
                .map(String::strip).filter(s -> !s.isEmpty()).toList());
        return prefixLines(body, marker, " ".repeat(marker.length()));
    }

    /** Only http(s) links are written out; {@code javascript:}, {@code file:} and the like never are. */
    static boolean isWebUrl(String url) {
        String lower = url.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://");
    }

    private static String block(Node node) {
        if (node instanceof ListBlock list) {
            return list(list);
        }
        if (node instanceof BlockQuote) {
            return prefixLines(blocks(children(node)), "> ", "> ");
        }
        if (node instanceof FencedCodeBlock code) {
            return code.getContentChars().toString().stripTrailing();
        }
        if (node instanceof IndentedCodeBlock code) {
            return code.getContentChars().toString().stripTrailing();
        }
        if (node instanceof ThematicBreak || node instanceof HtmlCommentBlock) {
            return "";
        }
        if (node instanceof Paragraph paragraph) {
            String text = inline(paragraph);
            return text.startsWith("|") ? TABLE_RULE.matcher(text).replaceAll("") : text;
        }
        if (node instanceof Heading) {
            return inline(node);
        }
        if (node instanceof ListItem item) {
            return item(item);
        }
        if (node instanceof HtmlBlockBase) {
            return COMMENT.matcher(node.getChars()).replaceAll("");
        }
        return node.getChars().toString();
    }

    private static String list(ListBlock list) {
        List<String> items = new ArrayList<>();
        int number = list instanceof OrderedList ordered ? ordered.getStartNumber() : 0;
        for (Node item : list.getChildren()) {
            if (!(item instanceof ListItem)) {
                continue;
            }
            String marker = list instanceof BulletList ? "- " : (number++) + ". ";
            String body = String.join("\n", children(item).stream().map(PlainText::block)
                    .map(String::strip).filter(s -> !s.isEmpty()).toList());
            items.add(prefixLines(body, marker, " ".repeat(marker.length())));
        }
        return String.join("\n", items);
    }

    private static void appendInline(Node node, StringBuilder out) {
        if (node instanceof HtmlInlineComment) {
            return;
        }
        if (node instanceof HtmlInlineBase) {
            out.append(COMMENT.matcher(node.getChars()).replaceAll(""));
        } else if (node instanceof Text || node instanceof HtmlEntity) {
            out.append(node.getChars().unescape());
        } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
            out.append('\n');
        } else if (node instanceof Code code) {
            out.append(code.getText());
        } else if (node instanceof Link link) {
            appendLink(inline(link), link.getUrl().toString(), out);
        } else if (node instanceof RefNode ref) {
            Reference reference = ref.isDefined() ? ref.getReferenceNode(ref.getDocument()) : null;
            if (reference == null) {
                out.append(node.getChars()); // not a link after all: [ ], [x], [sic]
            } else {
                appendLink(inline(ref), reference.getUrl().toString(), out);
            }
        } else if (node instanceof Image image) {
            appendLink(image.getText().toString(), image.getUrl().toString(), out);
        } else if (node instanceof AutoLink || node instanceof MailLink) {
            String url = node instanceof AutoLink auto ? auto.getText().toString() : ((MailLink) node).getText().toString();
            out.append(url);
        } else if (node.hasChildren()) {
            for (Node child : node.getChildren()) {
                appendInline(child, out);
            }
        } else {
            out.append(node.getChars());
        }
    }

    private static void appendLink(String text, String url, StringBuilder out) {
        if (!isWebUrl(url) || text.equals(url)) {
            out.append(text.isEmpty() && isWebUrl(url) ? url : text);
        } else if (text.isBlank()) {
            out.append(url);
        } else {
            out.append(text).append(" (").append(url).append(')');
        }
    }

    private static List<Node> children(Node node) {
        List<Node> list = new ArrayList<>();
        node.getChildren().forEach(list::add);
        return list;
    }

    private static String prefixLines(String text, String first, String rest) {
        String[] lines = text.split("\n", -1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append('\n');
            }
            String prefix = i == 0 ? first : rest;
            out.append(lines[i].isEmpty() ? prefix.stripTrailing() : prefix + lines[i]);
        }
        return out.toString();
    }

    private static String stripLineEnds(String text) {
        return text.lines().map(String::strip).reduce((a, b) -> a + "\n" + b).orElse("");
    }
}
