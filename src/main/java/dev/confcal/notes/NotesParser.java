package dev.confcal.notes;

import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.confcal.schedule.Problem;
import dev.confcal.schedule.ProblemCode;
import dev.confcal.schedule.Schedule;
import java.time.Clock;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/**
 * Reads a person's conference notes (CommonMark) into a {@link Schedule}: day headings, time headings below
 * them, and sessions as links to their schedule pages — on a line of their own, in list items or headings, with
 * a time or star markers beside them — bold or starred for the must-see ones, with what follows each as its
 * notes. Lenient: every problem is collected with its line (see {@link ProblemCode}) and parsing goes on.
 * Immutable and thread-safe: build one and share it. The recognisers it asks live beside it, one per construct;
 * the limits that protect it against hostile input are documented in {@link Nesting}.
 */
public final class NotesParser {

    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

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
    /** Whether the current thread is one {@link #roomyThread} made, so a parse can run on it as it is. */
    private static final ThreadLocal<Boolean> ROOMY = ThreadLocal.withInitial(() -> false);

    /**
     * A thread a parse can run on directly. Markdown nests without limit, and flexmark (and the walk over its tree)
     * recurse: a line of 30,000 asterisks overflows a normal thread's stack, so a parse gets a thread with room to
     * spare — this one, or one of its own. A caller that times the parse by its thread's CPU time makes the
     * thread here, so the work it times is the thread's own.
     */
    public static Thread roomyThread(Runnable task, String name) {
        return new Thread(null, () -> {
            ROOMY.set(true);
            task.run();
        }, name, Nesting.PARSER_STACK_BYTES);
    }

    public ParseResult parse(String source, String text) {
        String raw = Disclosures.plain(TaskStates.plainRoam((text.startsWith("\uFEFF") ? text.substring(1) : text)
                .replace("\u0000", "\uFFFD")));
        List<Problem> before = new ArrayList<>();
        String unbounded = ObsidianComments.blank(raw, unclosed -> before.add((unclosed.links() > 0
                ? ProblemCode.UNCLOSED_OBSIDIAN_COMMENT : ProblemCode.UNCLOSED_OBSIDIAN_COMMENT_NOTES).at(source,
                LineIndex.lineOf(raw, unclosed.offset()), unclosed.links())));
        List<Integer> overNested = new ArrayList<>();
        ParserGuard.Guarded guarded = ParserGuard.apply(source, Nesting.limit(unbounded, overNested::add));
        String clean = guarded.text();
        AtomicReference<ParseResult> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable read = () -> {
            try {
                result.set(new NotesReader(source, markdown.parse(clean), new NotesReader.Options(year, zone,
                        fallbackYear != null ? fallbackYear : Year.now(clock).getValue())).read());
            } catch (StackOverflowError e) {
                result.set(tooDeep(source));
            } catch (RuntimeException | Error e) {
                failure.set(e); // a bug or out of memory: the caller's thread reports it
            }
        };
        if (ROOMY.get()) {
            read.run();
        } else {
            Thread parsing = roomyThread(read, "notes-parser");
            parsing.start();
            try {
                parsing.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while parsing " + source, e);
            }
        }
        if (failure.get() instanceof RuntimeException e) {
            throw e;
        }
        if (failure.get() instanceof Error e) {
            throw e;
        }
        ParseResult parsed = result.get();
        if (overNested.isEmpty() && before.isEmpty() && guarded.problems().isEmpty()) {
            return parsed;
        }
        List<Problem> problems = new ArrayList<>(before);
        problems.addAll(guarded.problems());
        if (!overNested.isEmpty()) {
            problems.add(ProblemCode.TOO_DEEPLY_NESTED.at(source, overNested.get(0), Nesting.MAX_MARKERS,
                    Nesting.MAX_INDENT, overNested.size() > 1 ? " (and " + (overNested.size() - 1) + " more lines)"
                    : ""));
        }
        problems.addAll(parsed.all());
        problems.sort(Comparator.comparingInt(Problem::line));
        return new ParseResult(parsed.schedule(), problems, parsed.guessedYear(), parsed.request());
    }

    private ParseResult tooDeep(String source) {
        ZoneId writable = zone == null ? null : WritableZone.check(zone, zone.getId()).zone();
        Schedule empty = new Schedule(source, titleFromFileName(source), writable != null ? writable : DEFAULT_ZONE,
                null, Map.of(), List.of());
        return new ParseResult(empty, List.of(ProblemCode.TOO_DEEP_TO_READ.at(source, 0)), null);
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
}
