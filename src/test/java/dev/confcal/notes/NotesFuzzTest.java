package dev.confcal.notes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.confcal.calendar.FeedOptions;
import dev.confcal.calendar.IcsWriter;
import dev.confcal.publish.ledger.Ledger;
import dev.confcal.publish.NotesSource;
import dev.confcal.publish.UnreadableNotesException;
import dev.confcal.testing.RoundTrip;
import dev.confcal.schedule.Filter;
import dev.confcal.schedule.Problem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/**
 * Whatever a person's editor leaves in the notes, the parser answers with sessions and located problems, and
 * those sessions make a calendar that both parsers read — it never throws.
 */
class NotesFuzzTest {

    private static final String SEED = seed();
    private static final NotesParser PARSER = NotesParser.create();

    private static String seed() {
        try {
            return NotesSource.bundled().read();
        } catch (UnreadableNotesException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One random edit of a text, as a clumsy save or a bad merge makes them. */
    record Edit(int kind, int position, int other, String insert) {
        String apply(String text) {
            List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
            int at = Math.floorMod(position, Math.max(1, lines.size()));
            int to = Math.floorMod(other, Math.max(1, lines.size()));
            switch (kind) {
                case 0 -> lines.remove(at);
                case 1 -> lines.add(at, lines.get(to));
                case 2 -> {
                    String swap = lines.get(at);
                    lines.set(at, lines.get(to));
                    lines.set(to, swap);
                }
                case 3 -> {
                    return text.substring(0, Math.floorMod(position, text.length() + 1));
                }
                case 4 -> lines.set(at, lines.get(at) + insert);
                case 5 -> lines.add(at, insert);
                case 6 -> {
                    return text.replace("\n", "\r\n");
                }
                case 7 -> {
                    return text.replace("\n", "\r");
                }
                case 8 -> {
                    return "\uFEFF" + text;
                }
                default -> lines.set(at, lines.get(at).replaceAll("[*#\\[\\]()]", insert.isEmpty() ? "" : insert.substring(0, 1)));
            }
            return String.join("\n", lines);
        }
    }

    @Provide
    Arbitrary<List<Edit>> edits() {
        Arbitrary<String> inserts = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(40),
                Arbitraries.of("## 9月31日", "### 25:00", "### 下午13:00", "**[x](https://a.sched.com/event/)",
                        "[dup](https://kccncosschn2023.sched.com/event/1PTJt)", "\u0000", "> > > >", "- - - -",
                        "```", "<script>alert(1)</script>", "😀\u0301\u200d", "---", "END:VCALENDAR\r\n"));
        return Combinators.combine(Arbitraries.integers().between(0, 9), Arbitraries.integers(),
                Arbitraries.integers(), inserts).as(Edit::new).list().ofMinSize(1).ofMaxSize(8);
    }

    @Property(tries = 150)
    void randomEditsOfTheSeedGiveSessionsProblemsAndAValidCalendar(@ForAll("edits") List<Edit> edits) {
        String text = SEED;
        for (Edit edit : edits) {
            text = edit.apply(text);
        }
        ParseResult result = PARSER.parse("seed.md", text);
        assertLocated(result, text);
        byte[] ics = new IcsWriter().feed(Ledger.inMemory().publish(result.schedule(), Instant.EPOCH), Filter.ALL,
                FeedOptions.DEFAULT);
        assertThat(RoundTrip.events(ics)).hasSameSizeAs(result.schedule().sessions());
    }

    @Property(tries = 300)
    void anyTextAtAllParses(@ForAll @StringLength(max = 3000) String text) {
        assertLocated(PARSER.parse("any.md", text), text);
    }

    @Property(tries = 100)
    void anyTextUnderADayAndTimeParses(@ForAll @Size(max = 20) List<@StringLength(max = 200) String> lines) {
        String text = "## 2023-09-27\n\n### 10:00\n\n[T - A, B](https://x.sched.com/event/A1)\n\n"
                + String.join("\n", lines);
        ParseResult result = PARSER.parse("any.md", text);
        assertLocated(result, text);
        assertThat(result.schedule().sessions()).isNotEmpty();
    }

    private static void assertLocated(ParseResult result, String text) {
        assertThat(result).isNotNull();
        long lines = text.lines().count() + 1;
        for (Problem problem : result.problems()) {
            assertThat(problem.line()).as(problem.toString()).isBetween(0, (int) lines);
            assertThat(problem.message()).isNotBlank();
        }
    }
}
