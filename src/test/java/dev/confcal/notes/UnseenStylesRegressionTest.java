package dev.confcal.notes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.confcal.schedule.Problem;
import dev.confcal.schedule.Session;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** One test per style of notes that was read wrong without a word, named after what broke. */
class UnseenStylesRegressionTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T08:00:00Z"), ZoneOffset.UTC);

    private static ParseResult parse(String notes) {
        return NotesParser.builder().clock(CLOCK).build().parse("notes.md", notes);
    }

    private static String listing(ParseResult result) {
        StringBuilder out = new StringBuilder();
        for (Session s : result.schedule().sessions()) {
            out.append(s.start().toLocalDateTime()).append(' ').append(s.end().toLocalTime()).append(' ')
                    .append(s.starred() ? "★ " : "").append(s.titles().get(0)).append('\n');
        }
        for (Problem p : result.all()) {
            out.append(p.code()).append(" at ").append(p.line()).append('\n');
        }
        return out.toString();
    }

    @Test
    void aNotionTablesWhenCellWithDateTimeZoneAndArrowEndWasReadAsNoSession() {
        ParseResult result = parse("""
                # Config 2025

                Location: Moscone Center, San Francisco (May 6–8, 2025)

                | Session | When | Stage | Priority | Status |
                | --- | --- | --- | --- | --- |
                | Opening Keynote | May 7, 2025 9:00 AM (PDT) → 10:30 AM | Main Stage | 🔥 Must | Going |
                | Lunch | May 7, 2025 12:15 PM (PDT) → 1:30 PM | Lawn |  |  |
                | Prototyping with AI | May 7, 2025 2:15 PM (PDT) → 2:45 PM | Stage 2 | | ❌ Skip |
                | Live design critique | May 8, 2025 10:30 AM (PDT) → 11:15 AM | Community Stage | | Going |
                """);
        assertThat(listing(result)).isEqualTo("""
                2025-05-07T09:00 10:30 ★ Opening Keynote
                2025-05-08T10:30 11:15 Live design critique
                zone-from-notes at 7
                break at 8
                crossed-out at 9
                """);
    }
}
