package dev.confcal.notes;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import dev.confcal.schedule.Problem;
import dev.confcal.schedule.Schedule;
import dev.confcal.schedule.Session;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One parse: a walk over the notes' blocks — headings, paragraphs and list items, each line of them — that asks
 * the recognisers what each is (a session line, a day or time heading, notes) and keeps where it stands.
 */
final class NotesReader {

    /** What the caller says where the notes are silent. */
    record Options(Integer year, ZoneId zone, int thisYear) {
    }

    private record MentionAt(SessionLine.Mention mention, int line) {
    }

    private final String source;
    private final Document document;
    private final CharSequence text;
    private final LineIndex lines;
    private final Options options;
    private final Parser markdown;
    private final Problems problems;
    private final Timeline timeline;
    private final List<Draft> drafts = new ArrayList<>();
    private final Map<String, Integer> seen = new HashMap<>();
    private final List<MentionAt> mentions = new ArrayList<>();

    private FrontMatter frontMatter = FrontMatter.none();
    private SessionLinkFinder finder;
    private SessionLine sessionLine;
    private DayHeadings days;
    private Draft current;
    private String firstTitle;

    NotesReader(String source, Document document, Options options, Parser markdown) {
        this.source = source;
        this.document = document;
        this.text = document.getChars();
        this.lines = new LineIndex(text);
        this.options = options;
        this.markdown = markdown;
        this.problems = new Problems(source);
        this.timeline = new Timeline(problems);
    }

    ParseResult read() {
        if (document.getFirstChild() instanceof YamlFrontMatterBlock yaml) {
            frontMatter = frontMatter(yaml);
        }
        ZoneId given = givenZone();
        finder = new SessionLinkFinder(document, frontMatter.sessionLinks());
        sessionLine = new SessionLine(text, finder, new StarMarkers(frontMatter.starMarkers()));
        YearResolver years = new YearResolver(frontMatter.year() != null ? frontMatter.year() : options.year(),
                SessionLinkFinder.yearOf(text), options.thisYear(), problems);
        days = new DayHeadings(years, frontMatter.start(), problems);
        if (frontMatter.start() != null) {
            timeline.day(frontMatter.start(), 0);
        }
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            visit(block);
        }
        finish();
        for (MentionAt at : mentions) {
            if (!seen.containsKey(at.mention().link().id())) {
                String before = at.mention().before();
                problems.add(ProblemCode.SESSION_LINK_IN_TEXT, at.line(), at.mention().link().url(),
                        before.length() > 40 ? before.substring(0, 39) + "…" : before);
            }
        }
        ZoneId zone = ZoneChoice.choose(given, frontMatter.location(), drafts, problems);
        List<Session> sessions = new SessionAssembler(frontMatter, new NotesText(text, lines, markdown), lines,
                problems).sessions(drafts, zone);
        if (sessions.isEmpty() && problems.list().stream().noneMatch(Problem::isError)) {
            problems.add(ProblemCode.NO_SESSIONS, 0);
        }
        Schedule schedule = new Schedule(source, title(), zone, frontMatter.location(), frontMatter.tracks(),
                sessions);
        return new ParseResult(schedule, problems.list(), years.guessed() ? years.base() : null);
    }

    private FrontMatter frontMatter(YamlFrontMatterBlock block) {
        String raw = block.getChars().toString();
        String yaml = raw.replaceFirst("^---[ \\t]*\\r?\\n", "").replaceFirst("(?m)^(---|\\.\\.\\.)[ \\t]*\\s*\\z", "");
        return FrontMatter.parse(yaml, lines.line(block.getStartOffset()) + 1, source, problems::add);
    }

    /** The front matter's zone, else the option's, checked to be one a calendar can be given. */
    private ZoneId givenZone() {
        if (frontMatter.zone() != null || options.zone() == null) {
            return frontMatter.zone();
        }
        WritableZone zone = WritableZone.check(options.zone(), options.zone().getId());
        if (zone.problem() != null) {
            problems.add(zone.problem(), 0, zone.details());
        }
        return zone.zone();
    }

    private void visit(Node block) {
        if (block instanceof Heading heading) {
            heading(heading);
        } else if (block instanceof Paragraph paragraph) {
            paragraph(paragraph);
        } else if (block instanceof ListBlock list) {
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                if (item instanceof ListItem listItem) {
                    item(listItem);
                }
            }
        } else if (block instanceof BlockQuote quote && holdsLink(quote)) {
            for (Node child = quote.getFirstChild(); child != null; child = child.getNext()) {
                visit(child);
            }
        } else if (block instanceof HtmlCommentBlock comment) {
            comment(comment);
        } else if (!(block instanceof YamlFrontMatterBlock || block instanceof Reference)) {
            notes(new NotesText.Block(block));
        }
    }

    private void heading(Heading heading) {
        int level = heading.getLevel();
        int line = lines.line(heading.getStartOffset());
        if (mayHoldLink(heading)) {
            SessionLine.Reading reading = sessionLine.read(heading, NotesText.children(heading),
                    heading.getText().getStartOffset(), heading.getText().getEndOffset());
            if (reading instanceof SessionLine.Found found) {
                start(found, heading.getText().getStartOffset(), level, null);
                return;
            }
            if (reading instanceof SessionLine.Broken broken) {
                broken(broken, line);
                return;
            }
            if (reading instanceof SessionLine.Mention mention) {
                mentions.add(new MentionAt(mention, line));
            }
        }
        String text = PlainText.inline(heading).strip();
        Optional<TimeHeading> time = TimeHeading.read(text);
        if (time.isPresent()) {
            finish();
            if (!timeline.sawDay()) {
                problems.add(ProblemCode.TIME_BEFORE_DAY, line, text);
            }
            timeline.slot(time.get(), text, line, level);
            return;
        }
        boolean inNotes = current != null && level > sectionLevel();
        if (!inNotes || timeline.sectionLevel() == 0) {
            Optional<DayHeadings.Day> day = days.read(text, line);
            if (day.isPresent()) {
                finish();
                timeline.day(day.get().date(), level);
                return;
            }
        }
        if (WrittenTime.looksLikeTime(text)) {
            finish();
            problems.add(ProblemCode.UNREADABLE_TIME, line, text);
            timeline.brokenSlot(level);
            return;
        }
        if (inNotes) {
            notes(new NotesText.Block(heading));
            return;
        }
        finish();
        if (level == 1 && firstTitle == null) {
            firstTitle = text;
        }
    }

    /** Headings deeper than this are part of the open session's notes ({@code #### Takeaways}). */
    private int sectionLevel() {
        return current != null && current.level > 0 ? current.level : timeline.sectionLevel();
    }

    /** Each line of a paragraph is a session's line, or notes: of the session before it, or of one it starts. */
    private void paragraph(Paragraph paragraph) {
        if (!mayHoldLink(paragraph)) {
            notes(new NotesText.Block(paragraph));
            return;
        }
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
                    start(found, from, 0, paragraph);
                } else {
                    broken((SessionLine.Broken) reading, lines.line(from));
                }
            } else if (reading instanceof SessionLine.Mention mention) {
                mentions.add(new MentionAt(mention, lines.line(from)));
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
            notes(new NotesText.Block(paragraph));
            return;
        }
        List<Node> part = nodes.subList(split.get(from)[0], split.get(to - 1)[1]);
        if (!part.isEmpty()) {
            notes(new NotesText.Lines(paragraph, part, part.get(0).getStartOffset(),
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

    /** A list item is a session (with its nested items as notes), holds sessions deeper down, or is notes. */
    private void item(ListItem item) {
        if (!holdsLink(item)) {
            notes(new NotesText.Item(item));
            return;
        }
        for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
            visit(child);
        }
    }

    private void start(SessionLine.Found found, int offset, int level, Paragraph paragraph) {
        finish();
        int line = lines.line(offset);
        SessionLink link = found.link();
        String title = found.title();
        if (title == null) {
            title = link.slugTitle() != null ? link.slugTitle() : "Session " + link.id();
        }
        List<String> titles = LinkText.parse(title).titles();
        String name = "session \"" + titles.get(titles.size() - 1) + "\"";
        Integer first = seen.putIfAbsent(link.id(), line);
        if (first != null) {
            problems.add(ProblemCode.DUPLICATE_SESSION, line, name, link.id(), first);
            return;
        }
        if (found.title() == null) {
            problems.add(ProblemCode.TITLE_FROM_URL, line, link.id(), title);
        }
        if (timeline.day() == null) {
            if (!timeline.sawDay()) {
                problems.add(ProblemCode.SESSION_BEFORE_DAY, line, name);
            }
            return; // else its day heading could not be read, and says so
        }
        Draft draft = found.time() != null ? ownTime(found, title, line, level, name) : slotTime(found, title, line,
                level, name);
        if (draft != null) {
            current = draft;
            if (!found.remark().isEmpty()) {
                current.notes.add(new NotesText.Remark(found.remark(), paragraph));
            }
        }
    }

    private Draft ownTime(SessionLine.Found found, String title, int line, int level, String name) {
        LocalDate date = timeline.dateOf(found.time().start(), "the time " + found.time().start() + " of " + name, line);
        return new Draft(found.link(), title, found.starred(), line, date, found.time(), line, found.suffix(), null,
                level);
    }

    private Draft slotTime(SessionLine.Found found, String title, int line, int level, String name) {
        TimeHeading slot = timeline.slot();
        if (slot == null || timeline.slotDate() == null) {
            if (!timeline.sawSlot()) {
                problems.add(ProblemCode.SESSION_WITHOUT_TIME, line, name);
            }
            return null; // else its time heading could not be read, and says so
        }
        return new Draft(found.link(), title, found.starred(), line, timeline.slotDate(), slot.time(),
                timeline.slotLine(), slot.suffix(), slot.location(), level);
    }

    private void broken(SessionLine.Broken broken, int line) {
        finish();
        problems.add(broken.code(), line, broken.details());
    }

    /** A comment that never closes hides the rest of the notes; hiding sessions so, it is an error. */
    private void comment(HtmlCommentBlock comment) {
        String chars = comment.getChars().toString();
        if (chars.contains("-->")) {
            return;
        }
        long links = SessionLinkFinder.sessionUrls(chars).count();
        int line = lines.line(comment.getStartOffset());
        if (links > 0) {
            problems.add(ProblemCode.UNCLOSED_COMMENT, line, links);
        } else {
            problems.add(ProblemCode.UNCLOSED_COMMENT_NOTES, line);
        }
    }

    private void notes(NotesText.Fragment fragment) {
        if (current != null) {
            current.notes.add(fragment);
        }
    }

    private void finish() {
        if (current != null) {
            drafts.add(current);
            current = null;
        }
    }

    private boolean holdsLink(Node node) {
        if (!mayHoldLink(node)) {
            return false;
        }
        java.util.ArrayDeque<Node> nodes = new java.util.ArrayDeque<>();
        nodes.push(node);
        while (!nodes.isEmpty()) {
            Node next = nodes.pop();
            if (next instanceof Paragraph || next instanceof Heading) {
                if (!finder.find(NotesText.children(next)).isEmpty()) {
                    return true;
                }
            } else {
                NotesText.children(next).forEach(nodes::push);
            }
        }
        return false;
    }

    private static boolean mayHoldLink(Node node) {
        String chars = node.getChars().toString();
        return chars.indexOf('[') >= 0 || chars.contains("://");
    }

    private String title() {
        if (frontMatter.title() != null) {
            return frontMatter.title();
        }
        return firstTitle != null ? firstTitle : NotesParser.titleFromFileName(source);
    }
}
