package dev.confcal.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.confcal.schedule.Schedule;
import dev.confcal.schedule.Session;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What the notes lose before the parsers see them: comments in the front matter, links past the limit. */
class ParserGuardTest {

    private static final String HEAD = "## 2023-09-27\n\n### 10:00\n\n";
    private static final String LINK = "[T - A, B](https://x2023.sched.com/event/A1)";

    private static ParseResult parse(String notes) {
        // a guard against the twenty-minute hang, not a speed target (a megabyte reads in about 4 s; a busy CI
        // machine took 20 s once): bench/ measures speed
        return assertTimeoutPreemptively(Duration.ofSeconds(90), () -> NotesParser.create().parse("notes.md", notes));
    }

    /**
     * Issue 23 item 2: HTML comments in the front matter were published (the title, the location) and a commented
     * {@code timezone:} was quoted in a problem on the page.
     */
    @Test
    void htmlCommentsInTheFrontMatterAreNeverPublished() {
        ParseResult result = parse("""
                ---
                title: KubeCon <!-- budget: 5k -->
                location: Hall 1 <!-- back door code 4711 -->
                timezone: Europe/Berlin <!-- or Asia/Shanghai? ask Bo -->
                <!--
                year: 2019
                -->
                ---
                """ + HEAD + LINK + "\n");
        Schedule schedule = result.schedule();
        assertThat(schedule.title()).isEqualTo("KubeCon");
        assertThat(schedule.location()).isEqualTo("Hall 1");
        assertThat(schedule.zone().getId()).isEqualTo("Europe/Berlin");
        assertThat(result.problems()).isEmpty();
        assertThat(result.all().toString()).doesNotContain("budget", "4711", "ask Bo", "2019");
        assertThat(schedule.sessions()).singleElement().extracting(Session::line).isEqualTo(13);
    }

    @Test
    void aCommentThatNeverClosesHidesTheRestOfTheFrontMatterAndSaysSo() {
        ParseResult result = parse("---\ntitle: KubeCon\ntimezone: Europe/Berlin\n<!-- location: secret\n---\n" + HEAD + LINK
                + "\n");
        assertThat(result.schedule().location()).isNull();
        assertThat(result.warnings()).extracting(Object::toString).containsExactly("notes.md:4: an HTML comment opens"
                + " here and never closes, so it hides the rest of the front matter; close it with -->");
    }

    private static final String TOO_MANY = "notes.md:7: more than 100 links in one paragraph, which is then kept as"
            + " text: put blank lines between them, or make them list items";

    static Stream<Arguments> linkBombs() {
        return Stream.of(
                Arguments.of("a megabyte of [a]( on one line", "[a](".repeat(250_000), List.of(TOO_MANY)),
                Arguments.of("a megabyte of [a]", "[a]".repeat(330_000), List.of(TOO_MANY)),
                Arguments.of("a megabyte of ![a](", "![a](".repeat(200_000), List.of(TOO_MANY)),
                Arguments.of("a megabyte of [](", "[](".repeat(330_000), List.of(TOO_MANY)),
                Arguments.of("a megabyte of [a](b \"", "[a](b \"".repeat(140_000), List.of(TOO_MANY)),
                Arguments.of("[a]( on 100,000 lines of one paragraph", "[a](\n".repeat(100_000), List.of(
                        TOO_MANY.replace(":7:", ":107:"), "notes.md:1007: a paragraph of more than 1000 lines: the rest"
                                + " of it is left out; put blank lines between its parts")),
                Arguments.of("] on 100,000 lines of one paragraph", "]\n".repeat(100_000), List.of("notes.md:1007: a"
                        + " paragraph of more than 1000 lines: the rest of it is left out; put blank lines between"
                        + " its parts")),
                Arguments.of("99 unclosed [a]( then a megabyte", "[a](".repeat(99) + "x".repeat(1 << 20), List.of()));
    }

    /**
     * Issue 23 item 4: one 1 MB line of {@code [a](} took flexmark twenty minutes (100 KB: 12 s): {@code check}
     * hung, and a fixed file was not published while the parse ran. A paragraph's links past the limit are read as
     * text, its lines past the limit left out, each with an error at the line.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("linkBombs")
    void aParagraphFlexmarkWouldReadInQuadraticTimeIsBoundedWithALocatedError(String name, String bomb,
                                                                              List<String> errors) {
        ParseResult result = parse(HEAD + LINK + "\n\n" + bomb + "\n");
        assertThat(result.schedule().sessions()).extracting(Session::id).containsExactly("A1");
        assertThat(result.errors()).extracting(Object::toString).containsExactlyElementsOf(errors);
    }

    @Test
    void aHundredLinksInAParagraphAndAnyNumberInAListOrACodeBlockAreRead() {
        StringBuilder notes = new StringBuilder(HEAD);
        for (int i = 0; i < 1_500; i++) {
            notes.append("- [T").append(i).append(" - A, B](https://x2023.sched.com/event/A").append(i).append(")\n");
        }
        notes.append("\n").append("see [x](https://example.com) ".repeat(100)).append("\n\n```\n")
                .append("[a](\n".repeat(2_000)).append("```\n");
        ParseResult result = parse(notes.toString());
        assertThat(result.schedule().sessions()).hasSize(1_500);
        assertThat(result.errors()).isEmpty();
        String last = result.schedule().sessions().get(1_499).notesMarkdown();
        assertThat(last).contains("see [x](https://example.com)").contains("[a](\n[a](").doesNotContain("\\[");
    }

    @Test
    void anUnclosedLinkOpeningChangesNothingThatIsShown() {
        ParseResult result = parse(HEAD + LINK + "\n\nsee [the docs](https://example.com and [this](\n");
        assertThat(result.errors()).isEmpty();
        assertThat(result.schedule().sessions().get(0).notes()).isEqualTo("see [the docs](https://example.com and"
                + " [this](");
    }
}
