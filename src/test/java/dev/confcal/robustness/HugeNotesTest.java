package dev.confcal.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.confcal.calendar.FeedOptions;
import dev.confcal.calendar.IcsWriter;
import dev.confcal.publish.ledger.Ledger;
import dev.confcal.notes.NotesParser;
import dev.confcal.notes.ParseResult;
import dev.confcal.schedule.Filter;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** 100,000 sessions (50 MB of notes) parse and render in bounded time. Run with {@code mvn -P load test}. */
@Tag("load")
class HugeNotesTest {

    @Test
    void aHundredThousandSessionsParseAndRender() {
        StringBuilder notes = new StringBuilder(60 << 20);
        int session = 0;
        for (int day = 1; session < 100_000; day++) {
            notes.append("## 2023-").append(String.format("%02d-%02d", 1 + (day - 1) / 28, 1 + (day - 1) % 28))
                    .append("\n\n");
            for (int hour = 8; hour < 20 && session < 100_000; hour++) {
                notes.append("### ").append(hour).append(":00\n\n");
                for (int i = 0; i < 30 && session < 100_000; i++, session++) {
                    notes.append(session % 3 == 0 ? "**" : "").append("[主题 ").append(session)
                            .append(" | Topic ").append(session).append(" - Ann Lee, Acme & Bo Li, Mesh](https://big2023.sched.com/event/S")
                            .append(session).append(")").append(session % 3 == 0 ? "**" : "")
                            .append("\n\n笔记 notes ").append(session).append(" with [a link](https://example.com/")
                            .append(session).append(")\n\n- one\n- two\n\n");
                }
            }
        }
        ParseResult result = assertTimeoutPreemptively(Duration.ofSeconds(90),
                () -> NotesParser.builder().zone(ZoneId.of("Asia/Shanghai")).build().parse("huge.md", notes.toString()));
        assertThat(result.problems()).isEmpty();
        assertThat(result.schedule().sessions()).hasSize(100_000);
        byte[] feed = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> new IcsWriter().feed(
                Ledger.inMemory().publish(result.schedule(), Instant.EPOCH), Filter.STARRED, FeedOptions.DEFAULT));
        assertThat(new String(feed, java.nio.charset.StandardCharsets.UTF_8).split("BEGIN:VEVENT", -1))
                .hasSize(33_334 + 1);
    }
}
