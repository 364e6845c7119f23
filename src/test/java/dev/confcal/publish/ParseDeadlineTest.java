package dev.confcal.publish;

import static org.assertj.core.api.Assertions.assertThat;

import dev.confcal.notes.NotesParser;
import dev.confcal.notes.ParseResult;
import java.time.Duration;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** A parse is given up when it spends its time, not when the machine is busy with other work. */
class ParseDeadlineTest {

    private static final String NOTES = """
            # DevConf 2024, Brno

            ## 2024-06-13

            ### 10:00

            [Opening](https://devconfcz2024.sched.com/event/1a)
            """;

    @org.junit.jupiter.api.BeforeAll
    static void warmUp() {
        parser().parse("warm.md", NOTES); // the first parse in a JVM loads the name tables and flexmark
    }

    private static NotesParser parser() {
        return NotesParser.builder().zone(ZoneId.of("Europe/Prague")).build();
    }

    /**
     * Regression: {@code check} on a 60-line file, four at once on two busy cores, waited more than 10 s of real
     * time for the CPU and was refused as "too slow" (every session missing, the zone the default). Waiting is
     * not spending: a parse held back for twice its limit without using the CPU is still read.
     */
    @Test
    void aParseThatWaitsForTheCpuIsNotTooSlow() {
        ParseResult result = new ParseDeadline(Duration.ofMillis(500)).parse("notes.md", NOTES, () -> {
            sleep(Duration.ofMillis(1200)); // starved: real time passes, the thread's CPU time does not
            return parser();
        });
        assertThat(ParseDeadline.gaveUp(result)).isEmpty();
        assertThat(result.schedule().sessions()).hasSize(1);
    }

    @Test
    void aParseThatSpinsPastItsLimitIsGivenUp() {
        ParseResult result = new ParseDeadline(Duration.ofMillis(200)).parse("notes.md", NOTES, () -> {
            long until = System.nanoTime() + Duration.ofSeconds(3).toNanos();
            long spin = 0;
            while (System.nanoTime() < until) {
                spin += Long.numberOfTrailingZeros(spin + 1); // busy: CPU time accrues
            }
            return spin >= 0 ? parser() : null;
        });
        assertThat(ParseDeadline.gaveUp(result)).isPresent();
        assertThat(result.schedule().sessions()).isEmpty();
    }

    @Test
    void aParseThatWaitsFarPastItsLimitIsGivenUpAllTheSame() {
        ParseResult result = new ParseDeadline(Duration.ofMillis(100)).parse("notes.md", NOTES, () -> {
            sleep(Duration.ofSeconds(3)); // five times the limit in real time: stuck on something
            return parser();
        });
        assertThat(ParseDeadline.gaveUp(result)).isPresent();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
