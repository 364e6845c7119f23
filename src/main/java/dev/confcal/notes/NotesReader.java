package dev.confcal.notes;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import dev.confcal.schedule.Problem;
import dev.confcal.schedule.Schedule;
import dev.confcal.schedule.Session;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * One parse: a walk over the notes' blocks — headings, paragraphs and list items, each line of them — that asks
 * the recognisers what each is (a session line, a day or time heading, notes) and keeps where it stands.
 */
final class NotesReader {

    /** What the caller says where the notes are silent. */
    record Options(Integer year, ZoneId zone, int thisYear) {
    }

    private final String source;
    private final Document document;
    private final CharSequence text;
    private final LineIndex lines;
    private final Options options;
    private final Problems problems;
    private final Timeline timeline;
    private final Drafts drafts;

    private FrontMatter frontMatter = FrontMatter.none();
    private SessionLinkFinder finder;
    private SessionLine sessionLine;
    private ParagraphLines paragraphs;
    private DayHeadings days;
    private String firstTitle;

    NotesReader(String source, Document document, Options options) {
        this.source = source;
        this.document = document;
        this.text = document.getChars();
        this.lines = new LineIndex(text);
        this.options = options;
        this.problems = new Problems(source);
        this.timeline = new Timeline(problems);
        this.drafts = new Drafts(timeline, problems);
    }

    ParseResult read() {
        if (document.getFirstChild() instanceof YamlFrontMatterBlock yaml) {
            frontMatter = frontMatter(yaml);
        }
        ZoneId given = givenZone();
        finder = new SessionLinkFinder(document, frontMatter.sessionLinks());
        sessionLine = new SessionLine(text, finder, new StarMarkers(frontMatter.starMarkers()));
        paragraphs = new ParagraphLines(sessionLine, drafts, lines);
        YearResolver years = new YearResolver(frontMatter.year() != null ? frontMatter.year() : options.year(),
                () -> SessionLinkFinder.yearOf(text), options.thisYear(), problems);
        days = new DayHeadings(years, frontMatter.start(), problems);
        if (frontMatter.start() != null) {
            timeline.day(frontMatter.start(), 0);
        }
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            visit(block);
        }
        List<Draft> read = drafts.all();
        ZoneId zone = ZoneChoice.choose(given, frontMatter.location(), read, problems);
        List<Session> sessions = new SessionAssembler(frontMatter, new NotesText(text, lines), lines,
                problems).sessions(read, zone);
        if (sessions.isEmpty() && problems.list().stream().noneMatch(Problem::isError)) {
            problems.add(ProblemCode.NO_SESSIONS, 0);
        }
        Schedule schedule = new Schedule(source, title(), zone, frontMatter.location(), frontMatter.tracks(),
                sessions);
        return new ParseResult(schedule, problems.list(), years.guessed() ? years.base() : null,
                new ScheduleRequest(frontMatter.schedule(), frontMatter.scheduleLine(), frontMatter.preferNotes(),
                        frontMatter.title() != null || firstTitle != null));
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
            if (mayHoldLink(paragraph)) {
                paragraphs.read(paragraph);
            } else {
                drafts.notes(new NotesText.Block(paragraph));
            }
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
            drafts.notes(new NotesText.Block(block));
        }
    }

    private void heading(Heading heading) {
        int level = heading.getLevel();
        int line = lines.line(heading.getStartOffset());
        if (mayHoldLink(heading)) {
            SessionLine.Reading reading = sessionLine.read(heading, NotesText.children(heading),
                    heading.getText().getStartOffset(), heading.getText().getEndOffset());
            if (reading instanceof SessionLine.Found found) {
                drafts.start(found, line, level, null);
                return;
            }
            if (reading instanceof SessionLine.Broken broken) {
                drafts.broken(broken, line);
                return;
            }
            if (reading instanceof SessionLine.Mention mention) {
                drafts.mention(mention, line);
            }
        }
        String text = PlainText.inline(heading).strip();
        Optional<TimeHeading> time = TimeHeading.read(text);
        if (time.isPresent()) {
            drafts.finish();
            if (!timeline.sawDay()) {
                problems.add(ProblemCode.TIME_BEFORE_DAY, line, text);
            }
            timeline.slot(time.get(), text, line, level);
            return;
        }
        boolean inNotes = drafts.open() && level > sectionLevel();
        if (!inNotes || timeline.sectionLevel() == 0) {
            Optional<DayHeadings.Day> day = days.read(text, line);
            if (day.isPresent()) {
                drafts.finish();
                timeline.day(day.get().date(), level);
                return;
            }
        }
        if (WrittenTime.looksLikeTime(text)) {
            drafts.finish();
            problems.add(ProblemCode.UNREADABLE_TIME, line, text);
            timeline.brokenSlot(level);
            return;
        }
        if (inNotes) {
            drafts.notes(new NotesText.Block(heading));
            return;
        }
        drafts.finish();
        if (level == 1 && firstTitle == null) {
            firstTitle = text;
        }
    }

    /** Headings deeper than this are part of the open session's notes ({@code #### Takeaways}). */
    private int sectionLevel() {
        return drafts.level() > 0 ? drafts.level() : timeline.sectionLevel();
    }

    /** A list item is a session (with its nested items as notes), holds sessions deeper down, or is notes. */
    private void item(ListItem item) {
        if (!holdsLink(item)) {
            drafts.notes(new NotesText.Item(item));
            return;
        }
        for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
            visit(child);
        }
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

    /** Whether a node's text has a bracket or a URL: without either it holds no link, and is notes. */
    static boolean mayHoldLink(Node node) {
        return node.getChars().indexOf('[') >= 0 || node.getChars().indexOf("://") >= 0;
    }

    private String title() {
        if (frontMatter.title() != null) {
            return frontMatter.title();
        }
        return firstTitle != null ? firstTitle : NotesParser.titleFromFileName(source);
    }
}
