package dev.confcal.publish.following;

import static org.assertj.core.api.Assertions.assertThat;

import dev.confcal.calendar.FeedOptions;
import dev.confcal.calendar.IcsWriter;
import dev.confcal.notes.NotesParser;
import dev.confcal.notes.ParseResult;
import dev.confcal.publish.ledger.Ledger;
import dev.confcal.schedule.Filter;
import dev.confcal.schedule.Session;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Sessions a feed cannot carry are left out before anything is published, each said at its line. */
class WritableSessionsTest {

    private static ParseResult place(String notes) {
        try (ScheduleFollowing following = ScheduleFollowing.none()) {
            return following.place(NotesParser.create().parse("notes.md", notes));
        }
    }

    private static String feed(ParseResult result) {
        return new String(new IcsWriter().feed(Ledger.inMemory().publish(result.schedule(), Instant.EPOCH),
                Filter.ALL, FeedOptions.DEFAULT), StandardCharsets.UTF_8);
    }

    /**
     * Issue 23 item 9: a session ending in year 10000 was written as {@code DTEND:+100000101T…} with no problem, and
     * 9 of 12 readers refused the whole feed.
     */
    @Test
    void aSessionEndingInTheYear10000IsLeftOutWithAnErrorAtItsLine() {
        ParseResult result = place("""
                ---
                timezone: Europe/Berlin
                ---
                ## 9998-12-31

                ### 10:00

                [Fine - Ann Lee, Acme](https://x.sched.com/event/A1)

                ## 9999-12-31

                ### 23:30 - 00:30

                [Too late - Bo Li, Mesh](https://x.sched.com/event/B2)
                """);
        assertThat(result.schedule().sessions()).extracting(Session::id).containsExactly("A1");
        assertThat(result.errors()).extracting(Object::toString).containsExactly("notes.md:14: session B2 ends"
                + " +10000-01-01, after 9998, the last year a feed holds (RFC 5545 writes years in four digits); it is"
                + " left out");
        assertThat(feed(result)).doesNotContain("+1000").doesNotContain(":10000");
    }

    /** Issue 23, smaller: a session id over 64 characters was accepted, and its download link answered 404. */
    @Test
    void aSessionIdLongerThanItsFeedsUrlTakesIsLeftOutWithAnErrorAtItsLine() {
        String id = "A".repeat(65);
        ParseResult result = place("## 2023-09-27\n\n### 10:00\n\n[Long - Ann Lee, Acme](https://x.sched.com/event/"
                + id + ")\n\n[Short - Bo Li, Mesh](https://x.sched.com/event/B2)\n");
        assertThat(result.schedule().sessions()).extracting(Session::id).containsExactly("B2");
        assertThat(result.errors()).extracting(Object::toString).containsExactly("notes.md:5: session AAAAAAAAAAAAAAAAAAAA…"
                + " has an id of 65 characters, more than the 64 a feed's URL takes; it is left out");
    }
}
