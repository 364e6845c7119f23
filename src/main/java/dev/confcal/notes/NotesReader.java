package dev.confcal.notes;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import dev.confcal.schedule.Problem;
import dev.confcal.schedule.ProblemCode;
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
    /** Dates a session's own time line names ({@code SCHEDULED: <2023-09-21 Thu 09:00>}), read apart from the days. */
    private DayHeadings ownDays;
    private TimedLine timed;
    private StarMarkers stars;
    private String firstTitle;
    /** How many list items that are sessions the walk is inside: their timed lines are notes. */
    private int insideSession;
    private YearResolver years;
    /** Whether a heading named the year: then lines of notes before the first day do not. */
    private boolean yearFromHeading;
    /** Where the notes may name their city: headings, place lines, the lines before the first day. */
    private final List<ZoneChoice.Place> places = new java.util.ArrayList<>();
    private static final java.util.regex.Pattern PLACE_LINE = java.util.regex.Pattern.compile(
            "(?iu)^[\\s>*_#-]*(?:location|venue|where|place|city|ort|veranstaltungsort|lieu|lugar|local|luogo|sede"
                    + "|locatie|plaats|miejsce|место|город|mekan|yer|konum|sted|plats|paikka|地点|会场|场地|場所|会場|장소"
                    + "|địa điểm|tempat|מקום|مكان|स्थान)\\s*[:：]");
    private static final java.util.regex.Pattern TWELVE_HOUR = java.util.regex.Pattern.compile(
            "(?i)\\b\\d{1,2}(?::\\d{2})?\\s?[ap]\\.?m\\b");
    private static final java.util.regex.Pattern TWENTY_FOUR_HOUR = java.util.regex.Pattern.compile(
            "(?<![\\d.:])(?:1[3-9]|2[0-3])\\s*[:h.]\\s*[0-5]\\d(?!\\d)");
    private static final java.util.regex.Pattern CHINESE_DATE = java.util.regex.Pattern.compile(
            "\\d{1,2}\\s*月\\s*\\d{1,2}\\s*[日号]");

    /** What says the notes are for a conference in China, or null. */
    private String chinese(List<Draft> read) {
        boolean kana = text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA
                || Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA
                || Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL);
        if (!kana && CHINESE_DATE.matcher(text).find()) {
            return "the Chinese date headings";
        }
        return read.stream().map(d -> d.link.host()).filter(h -> h != null && h.matches(".*(chn|china)\\d*\\..*"))
                .findFirst().map(h -> "the schedule host " + h).orElse(null);
    }

    /**
     * The language the notes are written in, by their script (Korean's Hangul, Japanese kana: a few dozen letters
     * are enough) or else by their month and weekday names, or null.
     */
    private DateLanguage.Written writtenIn() {
        long hangul = text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL)
                .limit(30).count();
        long kana = text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA
                || Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA).limit(30).count();
        String script = hangul >= 30 && kana < 30 ? "ko" : kana >= 30 && hangul < 30 ? "ja" : null;
        if (script != null) {
            return DateLanguage.likelyCountry(script).map(country -> new DateLanguage.Written(script, country))
                    .orElse(null);
        }
        return DateLanguage.writtenIn(text.toString()).orElse(null);
    }

    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile(
            "(?<![\\d.:/-])((?:19|20)\\d{2})(?![\\d:/.-]\\d|\\d)");

    /** A conference's year as its name writes it short: {@code COSCon'24}, {@code KubeCon ’25}. */
    private static final java.util.regex.Pattern SHORT_YEAR = java.util.regex.Pattern.compile(
            "(?<=[\\p{L}\\s])['’‘](\\d{2})(?![\\d'’:./-])");

    /** The one year a title or heading names ({@code KubeCon EU 2024}, {@code 2023 云栖大会}), if it names one. */
    private static Optional<Integer> yearIn(String text) {
        if (text == null) {
            return Optional.empty();
        }
        java.util.Set<Integer> found = YEAR.matcher(text).results().map(m -> Integer.valueOf(m.group(1)))
                .collect(java.util.stream.Collectors.toSet());
        SHORT_YEAR.matcher(text).results().forEach(m -> found.add(2000 + Integer.parseInt(m.group(1))));
        return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
    }

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
        stars = new StarMarkers(frontMatter.starMarkers());
        if (frontMatter.starMarkers() == StarMarkers.DEFAULT) { // not told in the front matter: the notes' own legend
            List<Legend.Entry> legend = Legend.read(text);
            Legend.top(legend).ifPresent(top -> {
                stars = new StarMarkers(List.of(top.mark()), legend.stream().map(Legend.Entry::mark)
                        .filter(mark -> !mark.equals(top.mark()) && !mark.startsWith("~~")
                                && !mark.matches("[\\p{L}\\p{N}]+")).toList());
                problems.add(ProblemCode.STAR_FROM_LEGEND, top.line(), top.mark(), top.meaning());
            });
        }
        sessionLine = new SessionLine(text, finder, stars);
        timed = new TimedLine(stars);
        paragraphs = new ParagraphLines(sessionLine, drafts, lines, text, new ParagraphLines.PlainLine() {
            @Override
            public boolean takes(String source, int line) {
                maybePlace(source, line);
                return insideSession == 0 && plainLine(source) != PlainKind.NOTES;
            }

            @Override
            public void read(String source, int line, Paragraph paragraph) {
                readPlainLine(source, line, paragraph);
            }

            @Override
            public boolean titledByLineAbove(String source, int line) {
                return pendingTitle != null && !pendingTitle.heading() && pendingTitle.line() == line - 1
                        && plainLine(source) == PlainKind.TIME_BELOW_TITLE;
            }

            @Override
            public void unread(String source, int line) {
                unreadLine(source, line);
            }
        });
        YearResolver years = new YearResolver(frontMatter.year() != null ? frontMatter.year() : options.year(),
                () -> SessionLinkFinder.yearOf(text), options.thisYear(), problems);
        days = new DayHeadings(years, frontMatter.start(), problems);
        ownDays = new DayHeadings(years, frontMatter.start(), problems);
        yearIn(frontMatter.title()).map(y -> new YearResolver.Hint(y, "the front matter's title"))
                .or(() -> SessionLinkFinder.yearOf(text) != null ? Optional.empty() // the links' host says more
                        : yearIn(NotesParser.titleFromFileName(source)).map(y -> new YearResolver.Hint(y,
                        "the file's name")))
                .ifPresent(years::context);
        this.years = years;
        boolean twelveHour = TWELVE_HOUR.matcher(text).find();
        if (!twelveHour && TWENTY_FOUR_HOUR.matcher(text).find()) {
            days.defaultOrder(WrittenDate.Order.DAY_MONTH, "the notes' 24-hour times (13:00 and later)");
            ownDays.defaultOrder(WrittenDate.Order.DAY_MONTH, "the notes' 24-hour times (13:00 and later)");
        } else if (twelveHour) {
            days.defaultOrder(WrittenDate.Order.MONTH_DAY, "the notes' am/pm times");
            ownDays.defaultOrder(WrittenDate.Order.MONTH_DAY, "the notes' am/pm times");
        }
        if (frontMatter.start() != null) {
            timeline.day(frontMatter.start(), 0);
        }
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            visit(block);
        }
        List<Draft> read = drafts.all();
        List<ZoneChoice.Place> named = new java.util.ArrayList<>();
        if (frontMatter.title() != null) {
            named.add(new ZoneChoice.Place(frontMatter.title(), 0, "the front matter's title"));
        }
        named.addAll(places);
        named.add(new ZoneChoice.Place(NotesParser.titleFromFileName(source), 0, "the file's name"));
        ZoneId zone = ZoneChoice.choose(given, frontMatter.location(), read, problems, named, chinese(read),
                ZoneInProse.find(text), this::writtenIn);
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

    /** What a line without a session link is. */
    private enum PlainKind {
        TIMED, DAY, DATE_AND_TIME, TIME_BELOW_TITLE, TITLE_IN_SLOT, NOTES
    }

    /**
     * A heading that was neither a day nor a time nor a session, or a line of notes shaped like a title: maybe the
     * title of what the next line times.
     *
     * @param heading whether it is a heading (only a heading's next line may be a date and a time, as sched prints)
     */
    private record PendingTitle(String text, int line, int level, boolean starred, boolean heading) {
    }

    private PendingTitle pendingTitle;

    private static final java.util.regex.Pattern CANCELLED_TITLE = java.util.regex.Pattern.compile(
            "(?i)^(?:canceled|cancelled|abgesagt|annulé|cancelado|cancelada|annullato|取消|中止)\\s*[:：-]?\\s*");
    private static final java.util.regex.Pattern TIME_TOKEN = java.util.regex.Pattern.compile(
            "(?i)(?<![\\d:.])\\d{1,2}(?::\\d{2})?\\s?[ap]\\.?m\\.?(?![\\p{L}])|(?<![\\d:.])\\d{1,2}:\\d{2}(?!\\d)");

    /**
     * The line sched prints under a talk, {@code Wednesday October 26, 2022 11:00am - 11:35am EDT}: a date, then a
     * time. Returns where the time starts, or -1.
     */
    private static int dateThenTime(String plain) {
        java.util.regex.Matcher time = TIME_TOKEN.matcher(plain);
        if (!time.find() || time.start() < 4) {
            return -1;
        }
        String date = plain.substring(0, time.start());
        return WrittenDate.find(date).filter(d -> d.year() != null || Weekdays.find(date).isPresent()).isPresent()
                && WrittenTime.leading(plain.substring(time.start())).isPresent() ? time.start() : -1;
    }

    /** A line of notes that names a place ({@code Venue: RAI Amsterdam}), or any line before the first day. */
    private void maybePlace(String source, int line) {
        if (pendingTitle != null && line != pendingTitle.line() + 1) {
            pendingTitle = null; // sched prints the date and time on the line right under the title
        }
        if (!timeline.sawDay() && !yearFromHeading) {
            yearIn(source).ifPresent(year -> years.context(new YearResolver.Hint(year, "line " + line)));
        }
        if (!timeline.sawDay()) {
            statedDate(source).ifPresent(date -> days.statedStart(date, "line " + line));
        }
        boolean labelled = PLACE_LINE.matcher(source).find() || source.matches("(?s)^[-*>\\s]*📍.*");
        if (labelled || !timeline.sawDay() && places.size() < 40) {
            // the first line, when no heading came before it, is the notes' title (Apple Notes, a pasted text)
            places.add(new ZoneChoice.Place(source.length() > 300 ? source.substring(0, 300) : source, line,
                    "line " + line, labelled || places.isEmpty() && !timeline.sawDay()));
        }
    }

    private PlainKind plainLine(String source) {
        if (pendingTitle != null && !source.strip().startsWith("|")
                && TimeBelowTitle.read(plainText(source), pendingTitle.heading()).isPresent()) {
            return PlainKind.TIME_BELOW_TITLE;
        }
        if (timed.read(source).isPresent()) {
            return PlainKind.TIMED;
        }
        String plain = plainText(source);
        // only under a title: "Last edited: November 20, 2023 4:12 PM" in a preamble is no session's time
        if (pendingTitle != null && pendingTitle.heading() && plain.length() <= 120 && dateThenTime(plain) > 0) {
            return PlainKind.DATE_AND_TIME;
        }
        if (plain.length() <= 60 && !plain.isEmpty() && (WrittenDate.find(plain).isPresent()
                || Weekdays.only(plain).isPresent() || Weekdays.ofMonth(plain).isPresent()
                || Weekdays.withRemark(plain).isPresent()
                || DayNumber.find(plain).filter(n -> plain.length() <= 20).isPresent())
                && dateLine(plain) && !TIME_TOKEN.matcher(plain).find()) { // a date with a time is a timestamp
            return PlainKind.DAY;
        }
        // a sentence (it ends with a full stop) is a remark, not a title
        if (timeline.freshSlot() && !drafts.open() && plain.codePoints().filter(Character::isLetter).count() >= 3
                && plain.length() <= 200 && !plain.matches(".*[.。]$")) {
            return PlainKind.TITLE_IN_SLOT;
        }
        return PlainKind.NOTES;
    }

    /**
     * Coverage: a top-level line that starts with a time ({@code 11:30am …}, {@code • 10.00–11.00h …},
     * {@code 14h30 …}) or a date and then a time ({@code Wed 8/27 · 9:00am …}), a table row with a cell that is a
     * time or a date and a time, and a title whose time is on the line under it, when read as nothing, are said at
     * their line, never left as notes in silence. A time inside a sentence stays notes.
     */
    private void unreadLine(String source, int line) {
        if (insideSession > 0) {
            return;
        }
        PendingTitle above = pendingTitle != null && !pendingTitle.heading() && pendingTitle.line() == line - 1
                ? pendingTitle : null;
        String shaped = plainText(source);
        if (shaped.codePoints().filter(Character::isLetter).count() >= 3 && shaped.length() <= 200
                && !shaped.contains("::") && !source.strip().startsWith("|") // a property, a table row
                && !shaped.matches("(?s).*[.。]$") && !source.strip().endsWith(":")) {
            pendingTitle = new PendingTitle(shaped, line, 0, stars.in(shaped) || TimedLine.HIGHLIGHT.matcher(source)
                    .find(), false);
        }
        String what = timedShape(source);
        if (what != null) {
            String plain = plainText(source).replaceFirst("^[^\\p{L}\\p{N}]+", "");
            problems.add(ProblemCode.UNREAD_TIMED_LINE, line, what, shortened(plain));
            if (above != null && !source.strip().startsWith("|")) { // "US3 | Title" over "Tue, 29 Apr, 08:30–10:15"
                problems.add(ProblemCode.UNREAD_TIMED_LINE, above.line(), "is a title with a time on the line under"
                        + " it (line " + line + ")", shortened(above.text()));
            }
        }
    }

    /** A time as coverage counts it: also dotted ({@code 10.00}, {@code 8.30–9.30h}) and {@code 14h30}. */
    private static final java.util.regex.Pattern COVERED_TIME = java.util.regex.Pattern.compile(
            "(?i)(?<![\\d:.,])(?:\\d{1,2}(?:[:.h]\\d{2})?\\s?[ap]\\.?m\\.?(?![\\p{L}])|\\d{1,2}:\\d{2}(?!\\d)"
                    + "|\\d{1,2}\\.\\d{2}(?![\\d.]|\\.\\d)h?|\\d{1,2}h\\d{2}(?!\\d))");

    /** What makes a line a session's time line ("starts with a time (10:30)"), or null when nothing does. */
    private static String timedShape(String source) {
        if (source.strip().startsWith("|")) {
            if (source.matches("^\\s*\\|?[\\s|:-]*$")) {
                return null; // | --- | --- |
            }
            for (String cell : source.strip().replaceAll("^\\||\\|$", "").split("\\|")) {
                String c = WrittenTime.normalize(cell.replace("*", "").strip());
                java.util.regex.Matcher time = COVERED_TIME.matcher(c);
                if (time.find() && (time.start() == 0 || TimedLine.dateAndTime(c).isPresent())) {
                    return "has a cell with a time (" + shortened(c) + ")";
                }
            }
            return null;
        }
        String plain = plainText(source).replaceFirst("^[^\\p{L}\\p{N}]+", "");
        java.util.regex.Matcher time = COVERED_TIME.matcher(plain);
        if (!time.find() || time.start() > 30) {
            return null;
        }
        String before = plain.substring(0, time.start());
        if (before.isBlank()) {
            return "starts with a time (" + time.group() + ")";
        }
        String[] words = before.strip().split("\\s+", 3);
        String opening = words.length > 1 ? words[0] + " " + words[1] : words[0];
        String date = before.strip().replaceAll("[\\s,·|:@–—-]+$", "");
        // the line starts with the date ("Wed 8/27 · 9:00am"), not with a label ("Created: July 3, 2024 10:41 PM")
        boolean dated = before.split("\\s+").length <= 5 && (Character.isDigit(before.charAt(0))
                || Weekdays.find(words[0]).isPresent() || WrittenDate.find(opening).isPresent()
                || !words[0].endsWith(":") && date.split("\\s+").length <= 4 && !plain.matches("(?s).*[.。]$")
                        && WrittenDate.find(date).isPresent()); // "Mon, 28 Apr, 10:45", not a sentence
        return dated ? "starts with a date and a time (" + before.strip() + " " + time.group() + ")" : null;
    }

    /** A date with at most a few words around it ({@code **Tuesday, May 14**}, {@code Day 2 — 12.3.}). */
    private static boolean dateLine(String plain) {
        return plain.split("\\s+").length <= 6 && !plain.endsWith(".") || plain.matches(".*\\d+\\.\\s*$");
    }

    private static String plainText(String source) {
        return WrittenTime.normalize(source.replaceAll("^\\s*(?:[-*+]|\\d+[.)])?\\s*(?:\\[[ xX]\\])?", "")
                .replaceAll("\\*\\*|__|==|`|\\\\", "").replaceAll("^[\\s#>|*_]+|[\\s|*_:]+$", "")).strip();
    }

    private void readPlainLine(String source, int line, Paragraph paragraph) {

        switch (plainLine(source)) {
            case TIMED -> {
                TimedLine.Reading reading = timed.read(source).orElseThrow();
                if (reading instanceof TimedLine.Session session) {
                    if (session.day() != null) {
                        Optional<DayHeadings.Day> day = days.read(session.day(), line);
                        day.ifPresent(d -> {
                            if (!d.date().equals(timeline.day())) {
                                drafts.finish();
                                timeline.itemDay(d.date());
                            }
                        });
                    }
                    drafts.startUnlinked(session.title(), session.url(), session.starred(), session.time(), session.suffix(), line,
                            0, paragraph, false);
                } else if (reading instanceof TimedLine.Slot slot) {
                    drafts.finish();
                    if (!timeline.sawDay()) {
                        problems.add(ProblemCode.TIME_BEFORE_DAY, line, plainText(source));
                    }
                    timeline.itemSlot(new TimeHeading(slot.time(), slot.suffix(), null), plainText(source), line);
                } else if (reading instanceof TimedLine.Break pause) {
                    drafts.close();
                    problems.add(ProblemCode.BREAK, line, pause.title(), pause.time().start());
                } else if (reading instanceof TimedLine.Crossed crossed) {
                    drafts.close();
                    problems.add(ProblemCode.CROSSED_OUT, line, crossed.title());
                }
            }
            case DAY -> {
                Optional<DayHeadings.Day> day = days.read(plainText(source), line);
                drafts.finish();
                day.ifPresent(d -> timeline.itemDay(d.date()));
            }
            case DATE_AND_TIME -> {
                String plain = plainText(source);
                int at = dateThenTime(plain);
                WrittenTime.Read time = WrittenTime.leading(plain.substring(at)).orElseThrow();
                Optional<DayHeadings.Day> day = days.read(plain.substring(0, at).strip(), line);
                drafts.finish();
                if (day.isEmpty() || day.get().date() == null) {
                    return;
                }
                if (!day.get().date().equals(timeline.day())) {
                    timeline.itemDay(day.get().date());
                }
                timeline.itemSlot(new TimeHeading(time.time(), time.suffix(), null), plain, line);
                startTitled(pendingTitle);
            }
            case TIME_BELOW_TITLE -> {
                TimeBelowTitle.Read read = TimeBelowTitle.read(plainText(source), pendingTitle.heading())
                        .orElseThrow();
                PendingTitle title = pendingTitle;
                drafts.finish();
                if (read.day() != null) { // a session's own date: the day headings count on without it
                    Optional<DayHeadings.Day> day = ownDays.read(read.day(), line);
                    if (day.isEmpty() || day.get().date() == null) {
                        pendingTitle = null;
                        return;
                    }
                    if (!day.get().date().equals(timeline.day())) {
                        timeline.itemDay(day.get().date());
                    }
                } else if (!timeline.sawDay()) {
                    problems.add(ProblemCode.TIME_BEFORE_DAY, line, plainText(source));
                }
                WrittenTime time = timeline.day() == null ? read.time() : timeline.afterNoon(read.time(),
                        "the time " + read.time().start() + " of \"" + shortened(title.text()) + "\"", line);
                timeline.itemSlot(new TimeHeading(time, read.suffix(), read.rest().isEmpty() ? null : read.rest()),
                        plainText(source), line);
                startTitled(title);
            }
            case TITLE_IN_SLOT -> {
                String plain = plainText(source);
                Optional<TimedLine.Reading> not = TimedLine.notASession(plain, timeline.slot().time());
                if (not.isPresent()) {
                    timeline.slotUsed();
                    if (not.get() instanceof TimedLine.Break pause) {
                        problems.add(ProblemCode.BREAK, line, pause.title(), pause.time().start());
                    } else if (not.get() instanceof TimedLine.Crossed crossed) {
                        problems.add(ProblemCode.CROSSED_OUT, line, crossed.title());
                    }
                    return;
                }
                // tentative: "### 10:00" then "Morning picks" then a session link is a label above the session
                drafts.startUnlinked(stars.strip(plain), stars.in(plain) || source.strip().startsWith("**")
                        && source.strip().endsWith("**"), null, null, line, 0, paragraph, true);
            }
            case NOTES -> {
            }
        }
    }

    /** Whether the open session is a title's over a time line, waiting in its block for its link. */
    private boolean titledInBlock;

    /**
     * A new block: a line of notes titles only the time line right under it, in its paragraph; a title over a time
     * line takes a session link only in the block that time line is in.
     */
    private void endOfBlock() {
        if (pendingTitle != null && !pendingTitle.heading()) {
            pendingTitle = null;
        }
        if (titledInBlock) {
            titledInBlock = false;
            drafts.settle();
        }
    }

    /**
     * The session a title above a time line names ({@code ### Title} over {@code ⏰ 10:30}), at the slot that line
     * set: struck out, cancelled or a break, it is said and is none; a session link right below it takes its title.
     */
    private void startTitled(PendingTitle title) {
        pendingTitle = null;
        if (title == null) {
            return;
        }
        String text = title.text();
        java.util.regex.Matcher state = LOGSEQ_STATE.matcher(text);
        if (state.lookingAt()) { // org's "### TODO [#A] Title"
            if (state.group().toUpperCase(java.util.Locale.ROOT).startsWith("CANCEL")) {
                problems.add(ProblemCode.CROSSED_OUT, title.line(), text.substring(state.end()).strip());
                timeline.slotUsed();
                return;
            }
            text = text.substring(state.end()).strip();
        }
        java.util.regex.Matcher cancelled = CANCELLED_TITLE.matcher(text);
        if (cancelled.lookingAt()) {
            problems.add(ProblemCode.CROSSED_OUT, title.line(), text.substring(cancelled.end()));
            timeline.slotUsed();
            return;
        }
        Optional<TimedLine.Reading> not = TimedLine.notASession(text, timeline.slot() == null ? null
                : timeline.slot().time());
        if (not.isPresent() && timeline.slot() != null) {
            timeline.slotUsed();
            if (not.get() instanceof TimedLine.Break pause) {
                problems.add(ProblemCode.BREAK, title.line(), pause.title(), pause.time().start());
            } else if (not.get() instanceof TimedLine.Crossed crossed) {
                problems.add(ProblemCode.CROSSED_OUT, title.line(), crossed.title());
            }
            return;
        }
        String plain = text.replaceFirst("^\\[#[A-C]\\]\\s*", "");
        drafts.startUnlinked(stars.strip(plain).strip(), title.starred() || stars.in(text), null, null, title.line(),
                title.level(), null, true);
        drafts.offerTitle();
        titledInBlock = true;
    }

    private void visit(Node block) {
        endOfBlock();
        if (block instanceof Heading heading) {
            heading(heading);
        } else if (block instanceof Paragraph paragraph) {
            paragraphs.read(paragraph);
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
        } else if (block instanceof BlockQuote quote && insideSession == 0 && !drafts.open()) {
            // a quote of no session's notes (a pasted mail, ">>> my picks"): its timed lines are said, not dropped
            int first = lines.line(quote.getStartOffset());
            String[] quoted = quote.getChars().toString().split("\\R");
            for (int i = 0; i < quoted.length; i++) {
                String line = quoted[i].replaceFirst("^\\s*(?:>\\s?)*", "");
                if (!line.isBlank()) {
                    unreadLine(line, first + i);
                }
            }
            drafts.notes(new NotesText.Block(block));
        } else if (block instanceof HtmlCommentBlock comment) {
            comment(comment);
        } else if (block instanceof IndentedCodeBlock code && pendingTitle != null && pendingTitle.heading()
                && lines.line(code.getStartOffset()) == pendingTitle.line() + 1) {
            // org's "### TODO Title" with "    SCHEDULED: <2023-09-21 Thu 09:00-09:50>" indented under it
            String first = code.getChars().toString().split("\\R", 2)[0];
            if (TimeBelowTitle.read(plainText(first), true).isPresent()) {
                readPlainLine(first, pendingTitle.line() + 1, null);
            }
            drafts.notes(new NotesText.Block(block));
        } else if (!(block instanceof YamlFrontMatterBlock || block instanceof Reference)) {
            drafts.notes(new NotesText.Block(block));
        }
    }

    private void heading(Heading heading) {
        pendingTitle = null;
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
            if (reading instanceof SessionLine.Crossed crossed) {
                drafts.crossed(crossed, line);
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
            String label = time.get().location() == null ? null : stars.strip(time.get().location());
            if (label != null && label.codePoints().filter(Character::isLetter).count() >= 3
                    && !(label.startsWith("(") || label.matches("(?i)(room|hall|saal|salle|sala|raum|stage)\\b.*"))) {
                drafts.startUnlinked(stars.strip(label), stars.in(text), null, null, line, level, null, true);
            }
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
        places.add(new ZoneChoice.Place(text, line, "the heading at line " + line));
        if (!text.isEmpty()) {
            pendingTitle = new PendingTitle(text, line, level, stars.in(text), true);
        }
        yearIn(text).ifPresent(year -> {
            yearFromHeading = true;
            years.context(new YearResolver.Hint(year, "\"" + shortened(text) + "\" at line " + line));
        });
    }

    /** Headings deeper than this are part of the open session's notes ({@code #### Takeaways}). */
    private int sectionLevel() {
        return drafts.level() > 0 ? drafts.level() : timeline.sectionLevel();
    }

    /** A list item is a session (with its nested items as notes), holds sessions deeper down, or is notes. */
    private static final java.util.regex.Pattern TIME_PROPERTY = java.util.regex.Pattern.compile(
            "(?imu)^[ \\t]*(?:time|when|start|zeit|uhrzeit|hora|heure|horário|orario|tijd|czas|godzina|время|saat"
                    + "|tid|aika|时间|時間|시간)[ \\t]*::[ \\t]*(.+)$");
    private static final java.util.regex.Pattern LOGSEQ_STATE = java.util.regex.Pattern.compile(
            "^(?:" + TaskStates.ANY + ")(?![\\p{L}])");

    /** The time an item's properties give ({@code time:: 10:30-11:00}), if they give one. */
    private Optional<WrittenTime.Read> propertyTime(ListItem item) {
        Node first = item.getFirstChild();
        if (!(first instanceof Paragraph)) {
            return Optional.empty();
        }
        java.util.regex.Matcher m = TIME_PROPERTY.matcher(first.getChars());
        if (!m.find()) {
            return Optional.empty();
        }
        String value = WrittenTime.normalize(m.group(1).strip());
        return WrittenTime.leading(value);
    }

    private void item(ListItem item) {
        endOfBlock();
        Optional<WrittenTime.Read> property = insideSession == 0 ? propertyTime(item) : Optional.empty();
        property.ifPresent(drafts::propertyTime);
        try {
            itemWithProperties(item, property);
        } finally {
            drafts.propertyTime(null);
        }
    }

    private void itemWithProperties(ListItem item, Optional<WrittenTime.Read> property) {
        if (!holdsLink(item) && property.isPresent() && item.getFirstChild() instanceof Paragraph paragraph) {
            String firstLine = paragraph.getChars().toString().split("\\R", 2)[0];
            String plain = plainText(firstLine);
            java.util.regex.Matcher state = LOGSEQ_STATE.matcher(plain);
            boolean cancelled = state.lookingAt() && state.group().startsWith("CANCEL");
            String title = (state.lookingAt() ? plain.substring(state.end()) : plain).replaceFirst(
                    "^\\s*\\[#[A-C]\\]\\s*", "").strip();
            int line = lines.line(paragraph.getStartOffset());
            if (cancelled) {
                drafts.close();
                problems.add(ProblemCode.CROSSED_OUT, line, title);
                return;
            }
            if (title.codePoints().filter(Character::isLetter).count() >= 3 && timed.read(firstLine).isEmpty()) {
                drafts.startUnlinked(stars.strip(title), stars.in(plain), property.get().time(),
                        property.get().suffix(), line, 0, paragraph, false);
                insideSession++;
                try {
                    for (Node child = paragraph.getNext(); child != null; child = child.getNext()) {
                        drafts.notes(new NotesText.Block(child));
                    }
                } finally {
                    insideSession--;
                }
                return;
            }
        }
        if (!holdsLink(item)) {
            plainItem(item);
            return;
        }
        Node first = item.getFirstChild();
        int line = lines.line(item.getStartOffset());
        for (Node child = first; child != null; child = child.getNext()) {
            visit(child);
            if (child == first && drafts.open() && drafts.line() == line) {
                insideSession++; // what is nested under a session's item is its notes
                try {
                    for (Node rest = child.getNext(); rest != null; rest = rest.getNext()) {
                        visit(rest);
                    }
                } finally {
                    insideSession--;
                }
                return;
            }
        }
    }

    /**
     * A list item without a session link: a session written without one ({@code - 11:45 Title — Speaker}), a day
     * or a time with sessions nested under it, a break, or notes.
     */
    private void plainItem(ListItem item) {
        Node first = item.getFirstChild();
        if (insideSession == 0 && first instanceof Heading) { // Logseq's "- ## Day 1"
            for (Node child = first; child != null; child = child.getNext()) {
                visit(child);
            }
            return;
        }
        if (insideSession > 0 && first instanceof Paragraph nested) {
            // a timed line nested under a session is its notes, but never silently: it may be a session
            String line = nested.getChars().toString().split("\\R", 2)[0];
            timed.read(line).filter(TimedLine.Session.class::isInstance).ifPresent(reading -> problems.add(
                    ProblemCode.TIMED_LINE_IN_NOTES, lines.line(nested.getStartOffset()), reading.time().start(),
                    drafts.line()));
        }
        if (insideSession > 0 || !(first instanceof Paragraph paragraph)) {
            drafts.notes(new NotesText.Item(item));
            return;
        }
        int from = paragraph.getStartOffset();
        int end = from;
        while (end < paragraph.getEndOffset() && text.charAt(end) != '\n') {
            end++;
        }
        String source = text.subSequence(from, end).toString();
        maybePlace(source, lines.line(from));
        PlainKind kind = plainLine(source);
        if (kind == PlainKind.NOTES && end < paragraph.getEndOffset()) {
            // Things' "- [ ] Title" with "⏰ 11:10–11:35" on the line under it: the item is that session
            String second = text.subSequence(end + 1, paragraph.getEndOffset()).toString().split("\\R", 2)[0];
            if (TimeBelowTitle.read(plainText(second), false).isPresent()) {
                paragraphs.read(paragraph);
                boolean session = drafts.open();
                for (Node child = first.getNext(); child != null; child = child.getNext()) {
                    if (session) {
                        insideSession++;
                        try {
                            drafts.notes(new NotesText.Block(child));
                        } finally {
                            insideSession--;
                        }
                    } else {
                        visit(child);
                    }
                }
                return;
            }
        }
        if (kind == PlainKind.NOTES) {
            unreadLine(source, lines.line(from));
            drafts.notes(new NotesText.Item(item));
            return;
        }
        int line = lines.line(from);
        readPlainLine(source, line, paragraph);
        boolean session = drafts.open() && drafts.line() == line;
        if (session) {
            insideSession++;
        }
        try {
            int lineEnd = end;
            if (lineEnd < paragraph.getEndOffset()) {
                List<Node> rest = NotesText.children(paragraph).stream().filter(n -> n.getStartOffset() > lineEnd)
                        .toList();
                if (session && !rest.isEmpty()) {
                    drafts.notes(new NotesText.Lines(paragraph, rest, rest.get(0).getStartOffset(),
                            rest.get(rest.size() - 1).getEndOffset()));
                }
            }
            for (Node child = first.getNext(); child != null; child = child.getNext()) {
                if (session) {
                    drafts.notes(new NotesText.Block(child));
                } else {
                    visit(child);
                }
            }
        } finally {
            if (session) {
                insideSession--;
            }
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

    /** A date written with its year, or in a year the notes named, before the first day: where they start. */
    private Optional<java.time.LocalDate> statedDate(String source) {
        String plain = plainText(source);
        Optional<WrittenDate> written = WrittenDate.find(plain);
        // "Created: July 3, 2024 10:41 PM" is when the page was made: a date with a time is a timestamp
        if (written.isEmpty() || TIME_TOKEN.matcher(plain).find()) {
            return Optional.empty();
        }
        // "Nov 11–14" under "Web Summit Lisbon 2024": the year the title (or the links) name
        Integer year = written.get().year() != null ? written.get().year()
                : yearIn(source).orElseGet(() -> years == null ? null : years.known(written.get()));
        if (year == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(java.time.LocalDate.of(year, written.get().month(), written.get().day()));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    private static String shortened(String text) {
        return text.length() > 60 ? text.substring(0, 59) + "…" : text;
    }

    private String title() {
        if (frontMatter.title() != null) {
            return frontMatter.title();
        }
        return firstTitle != null ? firstTitle : NotesParser.titleFromFileName(source);
    }
}
