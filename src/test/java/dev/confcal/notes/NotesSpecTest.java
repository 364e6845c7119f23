package dev.confcal.notes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.confcal.schedule.Problem;
import dev.confcal.schedule.Session;
import dev.confcal.schedule.Speaker;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every example of {@code src/test/resources/notes-spec.md}: the notes are read and what the reader made of
 * them is written in the spec's expected form, which must match exactly.
 */
class NotesSpecTest {

    static final Path SPEC = Path.of("src/test/resources/notes-spec.md");
    static final String FENCE = "````````````````````````````````";
    /** The day the examples are read on: "this year" is 2026 unless an example says otherwise. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T08:00:00Z"), ZoneOffset.UTC);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** One example: where it stands in the spec, its notes and what they must give. */
    record Example(String section, int line, String notes, String expected) {
        @Override
        public String toString() {
            return section + " (spec line " + line + ")";
        }
    }

    static List<Example> examples() throws IOException {
        List<String> lines = Files.readAllLines(SPEC, StandardCharsets.UTF_8);
        List<Example> examples = new ArrayList<>();
        String section = "";
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("#")) {
                section = line.replaceFirst("^#+\\s*", "");
            } else if (line.equals(FENCE + " example")) {
                int start = i;
                StringBuilder notes = new StringBuilder();
                StringBuilder expected = new StringBuilder();
                StringBuilder into = notes;
                for (i++; !lines.get(i).equals(FENCE); i++) {
                    if (lines.get(i).equals(".") && into == notes) {
                        into = expected;
                    } else {
                        into.append(lines.get(i).replace("→", "\t")).append('\n');
                    }
                }
                examples.add(new Example(section, start + 1, notes.toString(), expected.toString()));
            }
        }
        return examples;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void readsAsTheSpecSays(Example example) {
        ParseResult result = NotesParser.builder().clock(CLOCK).build().parse("notes.md", example.notes());
        assertThat(render(result, example.expected())).as("notes:%n%s", example.notes())
                .isEqualTo(example.expected());
    }

    @Test
    void theSpecHasAtLeast120ExamplesInSixLanguages() throws IOException {
        List<Example> examples = examples();
        assertThat(examples).hasSizeGreaterThanOrEqualTo(120);
        String all = examples.stream().map(Example::notes).collect(Collectors.joining("\n"));
        assertThat(all).contains("März", "mars", "marzo", "月", "星期", "年", "요일", "Wednesday");
    }

    /**
     * The expected form. Details only some examples care about ({@code zone:}, {@code uid:}, {@code url:},
     * {@code markdown:}, the {@code zone-assumed} and {@code zone-from-language} warnings) are written only when the expected text has them.
     */
    static String render(ParseResult result, String expected) {
        StringBuilder out = new StringBuilder();
        if (expected.startsWith("zone:") || expected.contains("\nzone:")) {
            out.append("zone: ").append(result.schedule().zone().getId()).append('\n');
        }
        for (Session session : result.schedule().sessions()) {
            out.append(session.start().toLocalDate()).append(' ').append(TIME.format(session.start())).append('–')
                    .append(TIME.format(session.end()))
                    .append(session.end().toLocalDate().isAfter(session.start().toLocalDate()) ? "+1" : "")
                    .append(session.starred() ? " ★ " : " ").append(session.id()).append(' ')
                    .append(session.fullTitle()).append('\n');
            if (!session.speakers().isEmpty()) {
                out.append("  speakers: ").append(session.speakers().stream().map(Speaker::display)
                        .collect(Collectors.joining(", "))).append('\n');
            }
            if (session.location() != null) {
                out.append("  location: ").append(session.location()).append('\n');
            }
            if (expected.contains("  uid: ")) {
                out.append("  uid: ").append(session.uid()).append('\n');
            }
            if (expected.contains("  url: ")) {
                out.append("  url: ").append(session.url()).append('\n');
            }
            if (!session.notes().isEmpty()) {
                out.append("  notes: ").append(session.notes().replace("\n", "⏎")).append('\n');
            }
            if (expected.contains("  markdown: ") && !session.notesMarkdown().isEmpty()) {
                out.append("  markdown: ").append(session.notesMarkdown().replace("\n", "⏎")).append('\n');
            }
        }
        for (Problem problem : result.all()) {
            if ((problem.code().equals(ProblemCode.ZONE_ASSUMED.code())
                    || problem.code().equals(ProblemCode.ZONE_FROM_LANGUAGE.code())
                    || problem.code().equals(ProblemCode.ZONE_DEFAULT_AGREES.code())) && !expected.contains(problem.code())) {
                continue;
            }
            out.append(problem.severity().name().toLowerCase(Locale.ROOT)).append(' ').append(problem.code());
            if (problem.line() > 0) {
                out.append(" at ").append(problem.line());
            }
            out.append('\n');
        }
        return out.toString();
    }
}
