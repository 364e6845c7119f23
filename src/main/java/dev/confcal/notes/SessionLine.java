package dev.confcal.notes;

import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.util.ast.DelimitedNode;
import com.vladsch.flexmark.util.ast.Node;
import dev.confcal.schedule.ProblemCode;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a line that holds a session link: a paragraph's line, a list item's first line or a heading. Before the
 * link may stand a task box ({@code [x]} stars it), a time ({@code 10:30}, {@code **14:00–14:30**}: it wins over
 * the time heading), star markers and other symbols; after it, star markers, a time, and a remark
 * ({@code — Room 7.3, packed}) that starts the session's notes. Bold around the link, the line or part of the
 * title stars it. Text before the link makes it a mention inside notes, not a session; an unbalanced bracket
 * there means a title that could not be read.
 */
final class SessionLine {

    /** What a line holds. */
    interface Reading {
    }

    /** No session link: plain notes. */
    enum Nothing implements Reading {
        NOTHING
    }

    /**
     * A session.
     *
     * @param title  the link's text, without star markers, or null when the link has none
     * @param time   the time written on the line, or null (the time heading's applies)
     * @param remark the text after the link, as Markdown, or empty
     * @param remarkPlain the same as plain text
     */
    record Found(SessionLink link, String title, boolean starred, WrittenTime time, ZoneSuffix suffix,
                 String remark, String remarkPlain) implements Reading {
    }

    /** A session link after other text: the line is notes, and maybe a session was meant. */
    record Mention(SessionLink link, String before) implements Reading {
    }

    /** A session link the person struck out ({@code ~~[Title](url)~~}): not to be attended. */
    record Crossed(SessionLink link, String title) implements Reading {
    }

    /** Something that looks like a session but cannot be read. */
    record Broken(ProblemCode code, Object[] details) implements Reading {
    }

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-–—|:·•,;>~=+()/@]+");
    private static final Pattern REMARK_START = Pattern.compile("^[\\s\\-–—|:·•,;>~=+/]+");
    /** A table row's closing bar, or a separator left at the end. */
    private static final Pattern REMARK_END = Pattern.compile("[\\s|·•,;]+$");
    private static final Pattern TASK_BOX = Pattern.compile("^\\[([ xX])\\]");
    private static final Pattern TASK_KEYWORD = Pattern.compile(
            "^(" + TaskStates.ANY + ")(?![\\p{L}])(?:\\s*\\[#[A-C]\\])?");
    private static final Pattern SEPARATORS_ONLY = Pattern.compile("^[\\s\\-–—|:·•,;>~=+/]+");
    private static final Pattern TRAILING_SEPARATORS = Pattern.compile("[\\s\\-–—|:·•,;>~=+/(\\[<]+$");
    /** Link text that names the link, not the talk: the title is then the text before it. */
    private static final Pattern GENERIC_LINK_TEXT = Pattern.compile("(?iu)(?:link|url|sched|schedule|details?|info"
            + "|here|page|talk|session|abstract|more|web|site|🔗|→|->|»|agenda|programm?e?|event|ссылка|链接|詳細|링크)");
    /** A property's name before a bare link ({@code link:: }, {@code URL:}): it names the link, not the talk. */
    private static final Pattern LINK_LABEL = Pattern.compile("(?iu):?(?:link|url|sched|schedule|page|talk|session"
            + "|event|web|site|enlace|lien|programm?e?|agenda|ссылка|链接|링크)\\s*::?");
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*\\]\\([^)]*\\)");
    private static final Pattern EMPHASIS_MARKS = Pattern.compile("\\*+|(?<![\\p{L}\\d])_+|_+(?![\\p{L}\\d])|~~");
    private static final Pattern AFTER_AT = Pattern.compile("^(?:@|at\\s)\\s*([^,;|–—]*)");

    private final CharSequence text;
    private final SessionLinkFinder finder;
    private final StarMarkers stars;

    SessionLine(CharSequence text, SessionLinkFinder finder, StarMarkers stars) {
        this.text = text;
        this.finder = finder;
        this.stars = stars;
    }

    /**
     * @param line the line's inline nodes
     * @param from where the line starts in the notes (after a list marker)
     * @param to   where it ends
     */
    Reading read(Node container, List<Node> line, int from, int to) {
        List<SessionLinkFinder.Candidate> candidates = finder.find(line);
        if (candidates.isEmpty()) {
            return Nothing.NOTHING;
        }
        SessionLinkFinder.Candidate link = candidates.get(0);
        List<DelimitedNode> around = emphasisAround(link.node(), container);
        String rawBefore = text.subSequence(from, link.start()).toString().strip();
        if (rawBefore.endsWith("~~") && !link.broken()) {
            return new Crossed(link.session(), title(link));
        }
        if (!link.broken() && link.node() instanceof Link linked && linked.getText().toString().strip()
                .matches("(?s)~~.+~~")) { // [~~Title~~](url): the title struck out is the session struck out
            return new Crossed(link.session(), linked.getText().toString().strip().replaceAll("^~~|~~$", ""));
        }
        String beforeLink = blank(text.subSequence(from, link.start()).toString(), from, around, true);
        Prefix before = prefix(rawBefore.startsWith("|") ? tableCells(beforeLink) : beforeLink);
        if (link.broken()) {
            return before.text().isEmpty() || before.brackets() ? new Broken(ProblemCode.UNREADABLE_SESSION_LINK,
                    new Object[] {link.url(), link.site()}) : Nothing.NOTHING;
        }
        if (before.brackets()) {
            return new Broken(ProblemCode.UNBALANCED_BRACKETS, new Object[] {link.session().url(), link.session().url()});
        }
        String title = title(link);
        String leading = before.text();
        Matcher keyword = TASK_KEYWORD.matcher(leading);
        boolean priority = false;
        if (keyword.lookingAt()) {
            priority = stars.in(keyword.group()); // Logseq's and org's task states
            if (keyword.group(1).toUpperCase(java.util.Locale.ROOT).startsWith("CANCEL")) {
                return new Crossed(link.session(), title);
            }
            leading = SEPARATORS_ONLY.matcher(leading.substring(keyword.end())).replaceFirst("");
        }
        if (LINK_LABEL.matcher(leading).matches()) {
            leading = ""; // "url:: https://…", ":URL: https://…": a label, not a title
        }
        if (!leading.isEmpty()) {
            String asTitle = REMARK_END.matcher(TRAILING_SEPARATORS.matcher(leading).replaceFirst("")).replaceFirst("");
            // "Title — <url>", "Title https://…": the text before a bare link is its title
            if ((title == null || GENERIC_LINK_TEXT.matcher(title).matches()) && !before.brackets()
                    && asTitle.codePoints().filter(Character::isLetter).count() >= 3 && asTitle.length() <= 200) {
                return new Found(link.session(), stars.strip(asTitle), before.starred() || stars.in(leading)
                        || TimedLine.HIGHLIGHT.matcher(text.subSequence(from, to)).find(), before.time(),
                        before.suffix(), "", "");
            }
            return new Mention(link.session(), leading);
        }
        boolean starred = priority || before.starred() || strong(around) || TimedLine.HIGHLIGHT.matcher(
                text.subSequence(from, to)).find() || contains(link.node(), StrongEmphasis.class)
                || title != null && stars.in(title);
        String after = link.end() >= to ? "" : blank(text.subSequence(link.end(), to).toString(), link.end(), around,
                false);
        if (after.isBlank()) {
            return new Found(link.session(), title == null ? null : stars.strip(title), starred, before.time(),
                    before.suffix(), "", "");
        }
        String plain = PlainText.inlineAfter(line, link.end());
        after = PlainText.COMMENT.matcher(after).replaceAll("");
        starred |= stars.in(after);
        after = REMARK_START.matcher(stars.strip(after.replaceFirst("^[*_]+", ""))).replaceFirst("");
        plain = REMARK_START.matcher(stars.strip(plain)).replaceFirst("");
        WrittenTime time = before.time();
        ZoneSuffix suffix = before.suffix();
        if (time == null) {
            Optional<TrailingTime> trailing = trailingTime(WrittenTime.normalize(after));
            if (trailing.isPresent()) {
                time = trailing.get().read().time();
                suffix = trailing.get().read().suffix();
                after = REMARK_START.matcher(trailing.get().rest()).replaceFirst("");
                plain = trailingTime(WrittenTime.normalize(plain))
                        .map(read -> REMARK_START.matcher(read.rest()).replaceFirst("")).orElse(plain);
            }
        }
        return new Found(link.session(), title == null ? null : stars.strip(title), starred, time, suffix,
                REMARK_END.matcher(after).replaceFirst(""), REMARK_END.matcher(plain).replaceFirst(""));
    }

    private record TrailingTime(WrittenTime.Read read, String rest) {
    }

    /**
     * A time after the link: in parentheses ({@code (10:30–11:00)}), after {@code @} or {@code at}, or all that
     * follows the link. A time at the start of a longer remark is part of the remark.
     */
    private static Optional<TrailingTime> trailingTime(String after) {
        String candidate = after;
        String rest = "";
        if (after.startsWith("(") && after.indexOf(')') > 0) {
            candidate = after.substring(1, after.indexOf(')'));
            rest = after.substring(after.indexOf(')') + 1);
        } else {
            var at = AFTER_AT.matcher(after);
            if (at.lookingAt()) {
                candidate = at.group(1);
                rest = after.substring(at.end());
            }
        }
        String time = candidate.strip();
        String left = rest;
        return WrittenTime.leading(time).filter(read -> read.end() == time.length())
                .map(read -> new TrailingTime(read, left));
    }

    /**
     * The cells of a table row before its link, as a prefix: {@code | 09:30 | 09:55 | Janson |} is the time
     * 09:30–09:55 (a start and an end column), and the room or track cells are neither title nor time.
     */
    private String tableCells(String row) {
        List<String> times = new java.util.ArrayList<>();
        StringBuilder marks = new StringBuilder();
        for (String cell : row.split("\\|")) {
            String plain = WrittenTime.normalize(EMPHASIS_MARKS.matcher(cell).replaceAll("")).strip();
            if (plain.isEmpty()) {
                continue;
            }
            if (WrittenTime.leading(plain).filter(read -> read.end() == plain.length()).isPresent()) {
                times.add(plain);
            } else if (stars.leading(plain) == plain.length() || TASK_BOX.matcher(plain).matches()) {
                marks.append(plain).append(' ');
            }
        }
        if (times.isEmpty()) {
            return row;
        }
        return marks + (times.size() == 2 && !times.get(0).matches(".*\\d\\s*[-–—~].*") ? times.get(0) + "–"
                + times.get(1) : times.get(0));
    }

    /** What stands before the link, read. */
    private record Prefix(String text, boolean brackets, boolean starred, WrittenTime time, ZoneSuffix suffix) {
    }

    private static final Prefix NOTHING_BEFORE = new Prefix("", false, false, null, null);

    private Prefix prefix(String raw) {
        if (raw.isBlank()) {
            return NOTHING_BEFORE;
        }
        String rest = WrittenTime.normalize(EMPHASIS_MARKS.matcher(IMAGE.matcher(
                PlainText.COMMENT.matcher(raw).replaceAll("")).replaceAll("")).replaceAll("")).replace("\\", "");
        boolean starred = false;
        WrittenTime time = null;
        ZoneSuffix suffix = null;
        var box = TASK_BOX.matcher(rest.stripLeading());
        if (box.lookingAt()) {
            starred = !box.group(1).isBlank();
            rest = rest.stripLeading().substring(box.end());
        }
        int at = 0;
        Matcher separators = SEPARATORS.matcher(rest);
        while (at < rest.length()) { // by index: a prefix of 100,000 emoji is read in one pass
            if (separators.region(at, rest.length()).lookingAt()) {
                at = separators.end();
                continue;
            }
            int marker = stars.leading(rest, at);
            int c = rest.codePointAt(at);
            if (marker > 0) {
                starred = true;
                at += marker;
            } else if (time == null && (Character.isDigit(c) || "上早中下晚午오".indexOf(c) >= 0)
                    && WrittenTime.leading(rest.substring(at)).isPresent()) {
                WrittenTime.Read read = WrittenTime.leading(rest.substring(at)).get();
                time = read.time();
                suffix = read.suffix();
                at += read.end();
            } else if (TASK_KEYWORD.matcher(rest).region(at, rest.length()).lookingAt()) {
                Matcher keyword = TASK_KEYWORD.matcher(rest).region(at, rest.length());
                keyword.lookingAt();
                if (keyword.group(1).startsWith("CANCEL")) {
                    break; // left as text, read as a struck-out session
                }
                starred |= stars.in(keyword.group());
                at = keyword.end();
            } else if (decoration(c)) {
                at += Character.charCount(c);
            } else {
                break;
            }
        }
        rest = rest.substring(at);
        String left = rest.strip();
        boolean brackets = left.chars().filter(c -> c == '[').count() != left.chars().filter(c -> c == ']').count();
        return new Prefix(left, brackets, starred, time, suffix);
    }

    /** Emoji, symbols and their joiners dress a line up; they say nothing (☆ is not a star). */
    private static boolean decoration(int c) {
        int type = Character.getType(c);
        return type == Character.OTHER_SYMBOL || type == Character.MODIFIER_SYMBOL || type == Character.SURROGATE
                || c == 0x200D || c >= 0xFE00 && c <= 0xFE0F || c >= 0x1F3FB && c <= 0x1F3FF;
    }

    /** The link's text, or null when it has none or only repeats the URL. */
    private static String title(SessionLinkFinder.Candidate link) {
        if (!(link.node() instanceof Link || link.node() instanceof LinkRef)) {
            return null;
        }
        String title = PlainText.inline(link.node()).strip();
        return title.isEmpty() || title.equals(link.url()) ? null : title;
    }

    /** The emphasis nodes between the link and the line's container: bold around the link or the line. */
    private static List<DelimitedNode> emphasisAround(Node link, Node container) {
        ArrayDeque<DelimitedNode> around = new ArrayDeque<>();
        for (Node node = link.getParent(); node != null && node != container; node = node.getParent()) {
            if (node instanceof StrongEmphasis || node instanceof Emphasis) {
                around.add((DelimitedNode) node);
            }
        }
        return List.copyOf(around);
    }

    private static boolean strong(List<DelimitedNode> around) {
        return around.stream().anyMatch(StrongEmphasis.class::isInstance);
    }

    /** The part of the line with the markers of the emphasis around the link blanked out. */
    private static String blank(String part, int offset, List<DelimitedNode> around, boolean openers) {
        char[] chars = part.toCharArray();
        for (DelimitedNode node : around) {
            var marker = openers ? node.getOpeningMarker() : node.getClosingMarker();
            for (int i = marker.getStartOffset(); i < marker.getEndOffset(); i++) {
                if (i - offset >= 0 && i - offset < chars.length) {
                    chars[i - offset] = ' ';
                }
            }
        }
        return new String(chars);
    }

    private static boolean contains(Node root, Class<? extends Node> type) {
        ArrayDeque<Node> nodes = new ArrayDeque<>(NotesText.children(root));
        while (!nodes.isEmpty()) {
            Node node = nodes.pop();
            if (type.isInstance(node)) {
                return true;
            }
            nodes.addAll(NotesText.children(node));
        }
        return false;
    }
}
