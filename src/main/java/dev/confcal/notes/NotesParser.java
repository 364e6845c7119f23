package dev.confcal.notes;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.confcal.schedule.Problem;
import dev.confcal.schedule.Schedule;
import dev.confcal.schedule.Session;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a person's conference notes (CommonMark) into a {@link Schedule}: day headings, time headings below
 * them, and sessions as link-only paragraphs to schedule pages, bold for the must-see ones, with the blocks
 * after each as its notes. Lenient: every problem is collected with its line and parsing goes on.
 * Immutable and thread-safe: build one and share it.
 */
public final class NotesParser {

    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");
    /** Deeper notes are kept as plain text: rendering them walks the tree recursively. */
    static final int MAX_NOTES_DEPTH = 128;
    private static final long PARSER_STACK_BYTES = 512L << 20; // reserved, committed only as used
    private static final Pattern YEAR_IN_HOST = Pattern.compile("(20\\d{2})");

    private final Parser markdown;
    private final Integer year;
    private final ZoneId zone;
    private final Clock clock;
    private final Integer fallbackYear;

    private NotesParser(Integer year, ZoneId zone, Clock clock, Integer fallbackYear) {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(YamlFrontMatterExtension.create()));
        this.markdown = Parser.builder(options).build();
        this.year = year;
        this.zone = zone;
        this.clock = clock;
        this.fallbackYear = fallbackYear;
    }

    public static NotesParser create() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Options from the command line; the notes' own front matter wins over them. */
    public static final class Builder {
        private Integer year;
        private ZoneId zone;
        private Clock clock = Clock.systemUTC();
        private Integer fallbackYear;

        public Builder year(Integer year) {
            this.year = year;
            return this;
        }

        public Builder zone(ZoneId zone) {
            this.zone = zone;
            return this;
        }

        /** Where "this year" comes from when nothing else names one. */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /**
         * The year to assume, instead of the clock's, when nothing in the notes names one: the year a previous
         * parse guessed ({@link ParseResult#guessedYear()}), so the guess never changes under the person.
         */
        public Builder fallbackYear(Integer fallbackYear) {
            this.fallbackYear = fallbackYear;
            return this;
        }

        public NotesParser build() {
            return new NotesParser(year, zone, clock, fallbackYear);
        }
    }

    /**
     * @param source the file's name, used in problems ({@code notes.md:12: …}) and as a last-resort title
     * @param text   the notes; a byte-order mark and CRLF line endings are fine
     */
    public ParseResult parse(String source, String text) {
        String unbounded = (text.startsWith("\uFEFF") ? text.substring(1) : text).replace("\u0000", "\uFFFD");
        List<Integer> overNested = new ArrayList<>();
        String clean = Nesting.limit(unbounded, overNested::add);
        AtomicReference<ParseResult> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        // Markdown nests without limit, and flexmark (and the walk over its tree) recurse: a line of 30,000
        // asterisks overflows a normal thread's stack. A parse gets a thread with room to spare.
        Thread parsing = new Thread(null, () -> {
            try {
                result.set(new Run(source, markdown.parse(clean), clean).parse());
            } catch (StackOverflowError e) {
                result.set(tooDeep(source));
            } catch (RuntimeException | Error e) {
                failure.set(e); // a bug or out of memory: the caller's thread reports it
            }
        }, "notes-parser", PARSER_STACK_BYTES);
        parsing.start();
        try {
            parsing.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while parsing " + source, e);
        }
        if (failure.get() instanceof RuntimeException e) {
            throw e;
        }
        if (failure.get() instanceof Error e) {
            throw e;
        }
        ParseResult parsed = result.get();
        if (overNested.isEmpty()) {
            return parsed;
        }
        List<Problem> problems = new ArrayList<>();
        problems.add(ProblemCode.TOO_DEEPLY_NESTED.at(source, overNested.get(0), Nesting.MAX_MARKERS, Nesting.MAX_INDENT,
                overNested.size() > 1 ? " (and " + (overNested.size() - 1) + " more lines)" : ""));
        problems.addAll(parsed.all());
        return new ParseResult(parsed.schedule(), problems, parsed.guessedYear());
    }

    private ParseResult tooDeep(String source) {
        Schedule empty = new Schedule(source, titleFromFileName(source), zone != null ? zone : DEFAULT_ZONE, null,
                Map.of(), List.of());
        return new ParseResult(empty, List.of(ProblemCode.TOO_DEEP_TO_READ.at(source, 0)), null);
    }

    /** One parse: the state of the walk over the document's top-level blocks. */
    private final class Run {
        private final String source;
        private final Document document;
        private final List<Problem> problems = new ArrayList<>();
        private final List<Session> sessions = new ArrayList<>();
        private final Map<String, Integer> seenIds = new HashMap<>();
        private final int[] lineStarts;

        private FrontMatter frontMatter = FrontMatter.none();
        private String firstTitleHeading;
        private LocalDate day;
        private boolean sawDayHeading;
        private WrittenTime time;
        private boolean sawTimeHeading;
        private Draft current;

        Run(String source, Document document, String text) {
            this.source = source;
            this.document = document;
            this.lineStarts = lineStarts(text);
        }

        /**
         * 1-based line of a node. Flexmark's own getStartLineNumber() counts from the top of the file on every
         * call, which made parsing quadratic in the number of sessions.
         */
        private int line(Node node) {
            int index = Arrays.binarySearch(lineStarts, node.getStartOffset());
            return (index >= 0 ? index : -index - 2) + 1;
        }

        ParseResult parse() {
            YearResolver years = null;
            for (Node block : document.getChildren()) {
                if (block instanceof YamlFrontMatterBlock yaml) {
                    frontMatter = frontMatter(yaml);
                    continue;
                }
                if (years == null) {
                    years = new YearResolver(frontMatter.year() != null ? frontMatter.year() : year, urlYear(),
                            fallbackYear != null ? fallbackYear : Year.now(clock).getValue());
                }
                if (block instanceof Heading heading) {
                    finish();
                    heading(heading, years);
                    continue;
                }
                Optional<LinkParagraph> link = block instanceof Paragraph paragraph ? linkOnly(paragraph)
                        : Optional.empty();
                if (link.isPresent()) {
                    linkParagraph((Paragraph) block, link.get());
                } else if (current != null) {
                    current.notes.add(block);
                }
            }
            finish();
            if (sessions.isEmpty() && problems.stream().noneMatch(Problem::isError)) {
                problems.add(ProblemCode.NO_SESSIONS.at(source, 0));
            }
            if (frontMatter.zone() == null && zone == null) {
                problems.add(ProblemCode.ZONE_ASSUMED.at(source, 0, DEFAULT_ZONE.getId()));
            }
            Schedule schedule = new Schedule(source, title(), zone(), frontMatter.location(), frontMatter.tracks(),
                    sessions);
            problems.sort(java.util.Comparator.comparingInt(Problem::line));
            return new ParseResult(schedule, problems, years != null && years.guessed() ? years.base() : null);
        }

        private FrontMatter frontMatter(YamlFrontMatterBlock block) {
            String raw = block.getChars().toString();
            String yaml = raw.replaceFirst("^---[ \\t]*\\r?\\n", "").replaceFirst("(?m)^(---|\\.\\.\\.)[ \\t]*\\s*\\z", "");
            return FrontMatter.parse(yaml, line(block) + 1, source, problems::add);
        }

        private void heading(Heading heading, YearResolver years) {
            String text = PlainText.inline(heading).strip();
            int line = line(heading);
            Optional<WrittenTime> writtenTime = WrittenTime.parse(text);
            if (writtenTime.isPresent()) {
                sawTimeHeading = true;
                time = writtenTime.get();
                if (!sawDayHeading) {
                    problems.add(ProblemCode.TIME_BEFORE_DAY.at(source, line, text));
                }
                return;
            }
            if (WrittenTime.looksLikeTime(text)) {
                sawTimeHeading = true;
                time = null;
                problems.add(ProblemCode.UNREADABLE_TIME.at(source, line, text));
                return;
            }
            Optional<WrittenDate> writtenDate = WrittenDate.find(text);
            if (writtenDate.isPresent()) {
                sawDayHeading = true;
                time = null;
                sawTimeHeading = false;
                day = years.resolve(writtenDate.get(), text, source, line, problems::add).orElse(null);
                return;
            }
            if (heading.getLevel() == 1 && firstTitleHeading == null) {
                firstTitleHeading = text;
            }
        }

        /** A session, a broken session link, or a link to slides or a blog post: part of the notes. */
        private void linkParagraph(Paragraph paragraph, LinkParagraph link) {
            int line = line(paragraph);
            String url = link.link().getUrl().toString();
            Optional<SessionLink> sessionLink = classify(url);
            boolean meantAsSession = SessionLink.aimsAtSchedule(url) || frontMatter.sessionLinks() != null
                    && frontMatter.sessionLinks().matcher(url).lookingAt();
            if (sessionLink.isEmpty() && !meantAsSession) {
                if (current != null) {
                    current.notes.add(paragraph);
                }
                return;
            }
            finish();
            if (sessionLink.isEmpty()) {
                problems.add(ProblemCode.UNREADABLE_SESSION_LINK.at(source, line, url, "https://<event>.sched.com/event/<id>/…"));
                return;
            }
            LinkText text = LinkText.parse(PlainText.inline(link.link()));
            String name = "session \"" + text.titles().get(text.titles().size() - 1) + "\"";
            Integer first = seenIds.putIfAbsent(sessionLink.get().id(), line);
            if (first != null) {
                problems.add(ProblemCode.DUPLICATE_SESSION.at(source, line, name, sessionLink.get().id(), first));
            } else if (day == null) {
                if (!sawDayHeading) {
                    problems.add(ProblemCode.SESSION_BEFORE_DAY.at(source, line, name));
                }
            } else if (time == null) {
                if (!sawTimeHeading) {
                    problems.add(ProblemCode.SESSION_WITHOUT_TIME.at(source, line, name));
                }
            } else {
                current = new Draft(sessionLink.get(), text, link.starred(), line, day, time);
                return;
            }
            current = null;
        }

        private Optional<SessionLink> classify(String url) {
            Optional<SessionLink> sched = SessionLink.sched(url);
            if (sched.isPresent() || frontMatter.sessionLinks() == null
                    || !frontMatter.sessionLinks().matcher(url).lookingAt()) {
                return sched;
            }
            return SessionLink.other(url);
        }

        private void finish() {
            if (current == null) {
                return;
            }
            Draft draft = current;
            current = null;
            ZonedDateTime start = ZonedDateTime.of(draft.day, draft.time.start(), zone());
            ZonedDateTime end = null;
            if (draft.time.end() != null) {
                end = ZonedDateTime.of(draft.day, draft.time.end(), zone());
                if (!end.isAfter(start)) {
                    problems.add(ProblemCode.RANGE_ENDS_BEFORE_START.at(source, draft.line, draft.time.start(), draft.time.end()));
                    end = null;
                }
            }
            if (end == null) {
                boolean tutorial = draft.text.tutorial();
                end = start.plus(Duration.ofMinutes(tutorial ? frontMatter.tutorialDuration() : frontMatter.duration()));
            }
            String markdown = markdownOf(draft.notes);
            String plain;
            int depth = draft.notes.stream().mapToInt(NotesParser::depth).max().orElse(0);
            if (depth > MAX_NOTES_DEPTH) {
                problems.add(ProblemCode.NOTES_TOO_DEEP.at(source, line(draft.notes.get(0)), depth));
                plain = markdown;
                markdown = asCodeBlock(markdown);
            } else {
                plain = PlainText.blocks(draft.notes);
            }
            sessions.add(new Session(draft.link.id(), draft.link.uid(), draft.link.url(), draft.text.titles(),
                    draft.text.speakers(), draft.starred, draft.text.tutorial(), start, end, null, plain, markdown,
                    draft.line));
        }

        private String markdownOf(List<Node> blocks) {
            if (blocks.isEmpty()) {
                return "";
            }
            return document.getChars().subSequence(blocks.get(0).getStartOffset(),
                    blocks.get(blocks.size() - 1).getEndOffset()).toString().strip();
        }

        private Integer urlYear() {
            Map<String, Long> years = new HashMap<>();
            sessionUrls(document).forEach(url -> SessionLink.sched(url).ifPresent(link -> {
                Matcher m = YEAR_IN_HOST.matcher(link.host());
                if (m.find()) {
                    years.merge(m.group(1), 1L, Long::sum);
                }
            }));
            return years.entrySet().stream().max(Map.Entry.comparingByValue())
                    .map(e -> Integer.valueOf(e.getKey())).orElse(null);
        }

        private ZoneId zone() {
            if (frontMatter.zone() != null) {
                return frontMatter.zone();
            }
            return zone != null ? zone : DEFAULT_ZONE;
        }

        private String title() {
            if (frontMatter.title() != null) {
                return frontMatter.title();
            }
            if (firstTitleHeading != null) {
                return firstTitleHeading;
            }
            return titleFromFileName(source);
        }
    }

    /** {@code kubecon-china-2023.md} → {@code Kubecon China 2023}. */
    static String titleFromFileName(String source) {
        String stem = source.replaceAll(".*[/\\\\]", "").replaceAll("\\.[^.]*$", "");
        String title = Arrays.stream(stem.split("[-_\\s]+"))
                .filter(word -> !word.isEmpty())
                .map(word -> word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1))
                .collect(Collectors.joining(" "));
        return title.isEmpty() ? "Conference" : title;
    }

    /** How deeply a block nests, counted without recursion (the notes may nest thousands of levels). */
    static int depth(Node root) {
        int deepest = 0;
        java.util.ArrayDeque<Node> nodes = new java.util.ArrayDeque<>();
        java.util.ArrayDeque<Integer> depths = new java.util.ArrayDeque<>();
        nodes.push(root);
        depths.push(1);
        while (!nodes.isEmpty()) {
            Node node = nodes.pop();
            int depth = depths.pop();
            deepest = Math.max(deepest, depth);
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                nodes.push(child);
                depths.push(depth + 1);
            }
        }
        return deepest;
    }

    /** Markdown shown verbatim: a fence longer than any run of backticks inside. */
    private static String asCodeBlock(String text) {
        int longest = 0;
        java.util.regex.Matcher runs = Pattern.compile("`+").matcher(text);
        while (runs.find()) {
            longest = Math.max(longest, runs.group().length());
        }
        String fence = "`".repeat(Math.max(3, longest + 1));
        return fence + "\n" + text + "\n" + fence;
    }

    private static int[] lineStarts(String text) {
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, count);
    }

    /** The URLs of the link-only paragraphs at the top level: where sessions stand. */
    private static List<String> sessionUrls(Document document) {
        List<String> urls = new ArrayList<>();
        for (Node block : document.getChildren()) {
            if (block instanceof Paragraph paragraph) {
                linkOnly(paragraph).ifPresent(link -> urls.add(link.link().getUrl().toString()));
            }
        }
        return urls;
    }


    /** A paragraph whose only content is one link, maybe in strong emphasis ({@code **[…](…)**}). */
    private record LinkParagraph(Link link, boolean starred) {
    }

    private static Optional<LinkParagraph> linkOnly(Paragraph paragraph) {
        Node only = onlyMeaningfulChild(paragraph);
        if (only instanceof StrongEmphasis strong) {
            return onlyMeaningfulChild(strong) instanceof Link link
                    ? Optional.of(new LinkParagraph(link, true)) : Optional.empty();
        }
        if (only instanceof Link link) {
            return Optional.of(new LinkParagraph(link, onlyMeaningfulChild(link) instanceof StrongEmphasis));
        }
        return Optional.empty();
    }

    /** The one child that is not blank text or a line break, or null when there are none or several. */
    private static Node onlyMeaningfulChild(Node parent) {
        Node only = null;
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            boolean blank = child instanceof SoftLineBreak || child instanceof Text && child.getChars().isBlank();
            if (!blank) {
                if (only != null) {
                    return null;
                }
                only = child;
            }
        }
        return only;
    }

    /** A session being read: its notes grow until the next session or heading. */
    private static final class Draft {
        final SessionLink link;
        final LinkText text;
        final boolean starred;
        final int line;
        final LocalDate day;
        final WrittenTime time;
        final List<Node> notes = new ArrayList<>();

        Draft(SessionLink link, LinkText text, boolean starred, int line, LocalDate day, WrittenTime time) {
            this.link = link;
            this.text = text;
            this.starred = starred;
            this.line = line;
            this.day = day;
            this.time = time;
        }
    }
}
