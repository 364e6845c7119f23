package dev.confcal.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 20: every problem code of the catalogue is shown by a spec example ({@code notes-spec.md} and the other test
 * resources) or named by a test, by its code ({@code unreadable-time}) or its constant ({@code UNREADABLE_TIME}).
 * {@link #NOT_YET_SHOWN} lists the codes that were not when the catalogue moved here: it may only shrink, so a new
 * code comes with its example or test.
 */
class ProblemCatalogueTest {

    private static final Set<String> NOT_YET_SHOWN = Set.of("too-deeply-nested", "too-deep-to-read",
            "unclosed-comment-notes", "unclosed-obsidian-comment", "unclosed-obsidian-comment-notes", "too-many-links",
            "too-long-paragraph", "front-matter-yaml", "front-matter-not-keys", "unclosed-front-matter-comment",
            "bad-year", "bad-tracks", "bad-track-name", "empty-track", "bad-session-links", "bad-prefer",
            "bad-schedule", "zone-evidence-disagrees", "notes-too-deep", "schedule-unreachable", "zone-confirmed",
            "zone-unsettled", "unreadable-notes", "unwritable-calendar", "session-not-writable", "edit-held-back");

    @Test
    void everyCodeIsShownByASpecExampleOrNamedByATest() throws IOException {
        String tests = testSources();
        Set<String> unshown = new TreeSet<>();
        for (ProblemCode code : ProblemCode.values()) {
            boolean shown = tests.contains(code.code())
                    || Pattern.compile("\\b" + code.name() + "\\b").matcher(tests).find();
            if (!shown) {
                unshown.add(code.code());
            }
        }
        assertThat(unshown).as("codes no spec example or test shows (or that are shown now: take them off the list)")
                .isEqualTo(new TreeSet<>(NOT_YET_SHOWN));
    }

    @Test
    void aCodeIsLowerCaseWordsJoinedByHyphensAndReadBackAsItself() {
        for (ProblemCode code : ProblemCode.values()) {
            assertThat(code.code()).matches("[a-z][a-z0-9]*(-[a-z0-9]+)*");
            assertThat(ProblemCode.of(code.code())).isSameAs(code);
        }
        assertThatThrownBy(() -> ProblemCode.of("no-such-code"))
                .hasMessage("not a problem code of the catalogue: no-such-code");
    }

    /** The tests' sources and resources, this file and the catalogue left out. */
    private static String testSources() throws IOException {
        StringBuilder all = new StringBuilder();
        for (Path root : List.of(Path.of("src/test/java"), Path.of("src/test/resources"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    String name = file.getFileName().toString();
                    if (name.equals("ProblemCatalogueTest.java") || !(name.endsWith(".java") || name.endsWith(".md")
                            || name.endsWith(".txt") || name.endsWith(".json") || name.endsWith(".tsv"))) {
                        continue;
                    }
                    all.append(Files.readString(file)).append('\n');
                }
            }
        }
        return all.toString();
    }
}
