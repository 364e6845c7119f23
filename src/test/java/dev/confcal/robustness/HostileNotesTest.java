package dev.confcal.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.confcal.calendar.FeedOptions;
import dev.confcal.calendar.IcsWriter;
import dev.confcal.publish.ledger.Ledger;
import dev.confcal.testing.RoundTrip;
import dev.confcal.notes.NotesParser;
import dev.confcal.publish.NotesSource;
import dev.confcal.notes.ParseResult;
import dev.confcal.publish.UnreadableNotesException;
import dev.confcal.schedule.Filter;
import dev.confcal.schedule.Session;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A corpus of notes no one should write, each with what confcal must make of it. */
class HostileNotesTest {

    private static final String HEAD = "## 2023-09-27\n\n### 10:00\n\n";
    private static final String SESSION = "[Talk - Ann Lee, Acme](https://x2023.sched.com/event/A1)\n\n";
    // the zone is given: these notes are about hostile shapes, not a missing zone
    private final NotesParser parser = NotesParser.builder().zone(java.time.ZoneId.of("Asia/Shanghai")).build();

    private ParseResult parseWithin(String text, Duration limit) {
        return assertTimeoutPreemptively(limit, () -> parser.parse("hostile.md", text));
    }

    private static byte[] feed(ParseResult result) {
        return new IcsWriter().feed(Ledger.inMemory().publish(result.schedule(), Instant.EPOCH), Filter.ALL,
                FeedOptions.DEFAULT);
    }

    static Stream<Arguments> hostile() {
        return Stream.of(
                Arguments.of("deeply nested quotes", HEAD + SESSION + ">".repeat(20_000) + " deep\n",
                        ":7: nests more than 48 levels or is indented more than 96 columns;"),
                Arguments.of("deeply nested lists", HEAD + SESSION + nestedList(3_000),
                        ":56: nests more than 48 levels or is indented more than 96 columns (and 2950 more lines)"),
                Arguments.of("lists opened on one line", HEAD + SESSION + "- ".repeat(10_000) + "x\n",
                        ":7: nests more than 48 levels"),
                Arguments.of("a line of 30,000 asterisks", HEAD + SESSION + "*".repeat(30_000) + "x" + "*".repeat(30_000),
                        ":7: notes nest 15002 levels deep (lists or quotes); they are kept as plain text"),
                Arguments.of("30,000 brackets", HEAD + SESSION + "[".repeat(30_000) + "x" + "]".repeat(30_000), null),
                Arguments.of("a 1 MB line", HEAD + SESSION + "x".repeat(1 << 20), null),
                Arguments.of("a 1 MB line of link openings (issue 23 item 4: twenty minutes)", HEAD + SESSION
                        + "[a](".repeat(250_000), ":7: more than 100 links in one paragraph"),
                Arguments.of("900 lines of link openings in one paragraph", HEAD + SESSION + "[a](\n".repeat(900),
                        ":107: more than 100 links in one paragraph"),
                Arguments.of("20,000 lines of brackets in one paragraph", HEAD + SESSION + "]\n".repeat(20_000),
                        ":1007: a paragraph of more than 1000 lines: the rest of it is left out"),
                Arguments.of("a 1 MB heading", "# " + "9".repeat(1 << 20) + "\n" + HEAD + SESSION, null),
                Arguments.of("control characters and NUL", HEAD + SESSION + "a\u0000b\u0007c\u001bd\u007f\n", null),
                Arguments.of("emoji and combining marks", HEAD
                        + "[👩‍👩‍👧 e\u0301\u0301 家族 | Family 😀 - Zoë, Ac\u0327me](https://x2023.sched.com/event/A1)\n\n"
                        + "🧪".repeat(500) + "\n", null),
                Arguments.of("CR line endings", (HEAD + SESSION + "note\n").replace("\n", "\r"), null),
                Arguments.of("a byte-order mark and CRLF", "\uFEFF" + (HEAD + SESSION + "note\n").replace("\n", "\r\n"), null));
    }

    private static String nestedList(int depth) {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            list.append("  ".repeat(i)).append("- item ").append(i).append('\n');
        }
        return list.toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void hostileNotesGiveTheSessionAValidFeedAndAtMostALocatedProblem(String name, String text, String problem) {
        ParseResult result = parseWithin(text, Duration.ofSeconds(20));
        assertThat(result.schedule().sessions()).extracting(Session::id).containsExactly("A1");
        if (problem == null) {
            assertThat(result.problems()).isEmpty();
        } else {
            assertThat(result.problems()).singleElement().asString().startsWith("hostile.md:").contains(problem);
        }
        assertThat(RoundTrip.events(feed(result))).hasSize(1);
    }

    @Test
    void tenMegabytesOfTextParseInBoundedTime() {
        String text = HEAD + SESSION + ("Lorem ipsum dolor sit amet, 中文测试 consectetur. ".repeat(20) + "\n\n")
                .repeat((10 << 20) / 1000);
        assertThat(text.length()).isGreaterThan(9_000_000);
        ParseResult result = parseWithin(text, Duration.ofSeconds(30));
        assertThat(result.schedule().sessions()).hasSize(1);
        assertThat(result.schedule().sessions().get(0).notes().length()).isGreaterThan(9_000_000);
    }

    @Test
    void invalidUtf8IsRefusedWithTheLineNotGuessed(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("latin1.md");
        Files.write(file, new byte[] {'#', ' ', 'a', '\n', 'c', 'a', 'f', (byte) 0xE9, '\n'});
        assertThatThrownBy(() -> NotesSource.of(file).read()).isInstanceOf(UnreadableNotesException.class)
                .hasMessage(file + ":2: not valid UTF-8 (byte 8); save the notes as UTF-8");
    }

    @Test
    void aWidenedSessionPatternStillNeverAcceptsScriptLinks() {
        ParseResult result = parser.parse("n.md", "---\nsession-links: '.*'\n---\n" + HEAD
                + "[Evil - A, B](javascript:alert(1))\n\n[Fine - A, B](https://talks.example.com/t/1)\n");
        assertThat(result.schedule().sessions()).extracting(Session::url)
                .containsExactly("https://talks.example.com/t/1");
        assertThat(result.problems()).singleElement().asString()
                .contains("session link \"javascript:alert(1)\" is not a valid schedule URL");
    }

    @Test
    void aDirectoryOrAMissingFileIsAClearMessage(@TempDir Path dir) {
        assertThatThrownBy(() -> NotesSource.of(dir).read()).hasMessage(dir + ": is a directory, not a notes file");
        assertThatThrownBy(() -> NotesSource.of(dir.resolve("gone.md")).read())
                .hasMessage(dir.resolve("gone.md") + ": no such file");
    }
}
