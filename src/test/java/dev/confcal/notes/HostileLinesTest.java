package dev.confcal.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.confcal.schedule.Session;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Lines no one writes, around a session link: the recognisers read them in one pass (a prefix of 100,000 emoji
 * once took minutes, read by copying the rest of the line per character). The timeout only guards against such
 * a blow-up; it is no speed target.
 */
class HostileLinesTest {

    private static final String HEAD = "## 2023-09-27\n\n### 10:00\n\n";
    private static final String LINK = "[T - A, B](https://x2023.sched.com/event/A1)";

    static Stream<Arguments> lines() {
        return Stream.of(
                Arguments.of("100,000 emoji before the link", HEAD + "🎉".repeat(100_000) + " " + LINK + "\n", false),
                Arguments.of("100,000 stars before the link", HEAD + "⭐".repeat(100_000) + " " + LINK + "\n", true),
                Arguments.of("100,000 stars after the link", HEAD + LINK + " ⭐".repeat(100_000) + "\n", true),
                Arguments.of("50,000 separators before the link", HEAD + "- | ".repeat(50_000) + LINK + "\n", false),
                Arguments.of("50,000 times before the link", HEAD + "10:00 ".repeat(50_000) + LINK + "\n", false),
                Arguments.of("a remark of 50,000 times", HEAD + LINK + " — " + "(10:00) ".repeat(50_000) + "\n", false),
                Arguments.of("a title of 100,000 dashes", HEAD + "[" + "a - ".repeat(100_000)
                        + "b, c](https://x2023.sched.com/event/A1)\n", false),
                Arguments.of("a megabyte of location", "---\nlocation: " + "Paris ".repeat(170_000) + "\n---\n"
                        + HEAD + LINK + "\n", false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lines")
    void aHostileLineIsReadInBoundedTime(String name, String notes, boolean starred) {
        ParseResult result = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> NotesParser.create().parse("hostile.md", notes));
        if (name.contains("times before")) {
            assertThat(result.warnings()).extracting(p -> p.code()).filteredOn(code -> !code.equals("zone-assumed"))
                    .containsExactly("session-link-in-text");
        } else {
            assertThat(result.schedule().sessions()).extracting(Session::id, Session::starred)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("A1", starred));
        }
    }
}
