package dev.confcal.publish;

import static org.assertj.core.api.Assertions.assertThat;

import dev.confcal.testing.Fixtures;
import dev.confcal.notes.ParseResult;
import dev.confcal.schedule.Problem;
import dev.confcal.schedule.Schedule;
import dev.confcal.schedule.Session;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** When a version of the notes may replace the served edition (issue 10 items 3 and 6). */
class PublishPolicyTest {

    private static final PublishPolicy POLICY = new PublishPolicy(Duration.ofSeconds(5), Duration.ofSeconds(30));
    private static final Optional<String> FINISHED = Optional.empty();

    private static Schedule sessions(int count) {
        return Fixtures.schedule(IntStream.range(0, count).mapToObj(i -> Fixtures.session("S" + i, "n"))
                .toArray(Session[]::new));
    }

    private static ParseResult parsed(Schedule schedule, Problem... problems) {
        return new ParseResult(schedule, List.of(problems), null);
    }

    private static PublishDecision decide(Schedule served, ParseResult candidate, Optional<String> unfinished,
                                          long stableSeconds) {
        return POLICY.decide(served, true, candidate, unfinished, Duration.ofSeconds(stableSeconds));
    }

    @Test
    void anEditThatRemovesNothingIsPublishedAtOnce() {
        assertThat(decide(sessions(4), parsed(sessions(5)), FINISHED, 0).kind())
                .isEqualTo(PublishDecision.Kind.PUBLISH);
    }

    @Test
    void anEditWithAnErrorIsRefusedForeverAndSaysWhichLine() {
        Problem error = Problem.error("notes.md", 12, "unreadable-time", "time heading \"25:00\" is not a time");
        PublishDecision decision = decide(sessions(4), parsed(sessions(5), error), FINISHED, 3600);
        assertThat(decision.kind()).isEqualTo(PublishDecision.Kind.REFUSE);
        assertThat(decision.reason()).isEqualTo("kept the last good version because the notes have an error at line"
                + " 12: time heading \"25:00\" is not a time");
    }

    @Test
    void withNoGoodEditionYetWhatCanBeReadIsPublished() {
        Problem error = Problem.error("notes.md", 3, "unreadable-time", "time heading \"25:00\" is not a time");
        assertThat(POLICY.decide(sessions(0), false, parsed(sessions(2), error), FINISHED, Duration.ZERO).kind())
                .isEqualTo(PublishDecision.Kind.PUBLISH);
    }

    /** Issue 10 item 6: a deliberate deletion was refused forever when the notes had any unrelated warning. */
    @Test
    void aDeletionWithAnUnrelatedWarningIsPublishedOnceItHasSettled() {
        Problem warning = Problem.warning("notes.md", 4, "bad-duration", "duration \"40min\" is not minutes");
        PublishDecision early = decide(sessions(5), parsed(sessions(4), warning), FINISHED, 4);
        assertThat(early.kind()).isEqualTo(PublishDecision.Kind.HOLD);
        assertThat(early.reason()).isEqualTo("pending removal of 1 session (S4): published once the notes stay"
                + " unchanged for 5 s");
        assertThat(early.removals()).containsExactly("S4");
        assertThat(decide(sessions(5), parsed(sessions(4), warning), FINISHED, 5).kind())
                .isEqualTo(PublishDecision.Kind.PUBLISH);
    }

    /** Issue 10 item 3: a save truncated at 10–97 % published most sessions as CANCELLED. */
    @Test
    void removingMoreThanAQuarterAndMoreThanThreeWaitsForTheConfirmPeriod() {
        PublishDecision held = decide(sessions(34), parsed(sessions(2)), FINISHED, 29);
        assertThat(held.kind()).isEqualTo(PublishDecision.Kind.HOLD);
        assertThat(held.removals()).hasSize(32);
        assertThat(held.reason()).startsWith("pending removal of 32 sessions (S2, S3,")
                .endsWith(", …): 32 of 34 at once are published only once the notes stay unchanged for 30 s");
        assertThat(decide(sessions(34), parsed(sessions(2)), FINISHED, 30).kind())
                .isEqualTo(PublishDecision.Kind.PUBLISH);
    }

    @Test
    void removingThreeOrAQuarterIsNotAMassRemoval() {
        assertThat(decide(sessions(4), parsed(sessions(1)), FINISHED, 5).kind())
                .as("3 of 4").isEqualTo(PublishDecision.Kind.PUBLISH);
        assertThat(decide(sessions(16), parsed(sessions(12)), FINISHED, 5).kind())
                .as("4 of 16").isEqualTo(PublishDecision.Kind.PUBLISH);
        assertThat(decide(sessions(15), parsed(sessions(11)), FINISHED, 5).kind())
                .as("4 of 15").isEqualTo(PublishDecision.Kind.HOLD);
    }

    @Test
    void notesThatEndMidLineButRemoveNothingArePublishedOnceSettled() {
        PublishDecision held = decide(sessions(2), parsed(sessions(2)), Optional.of("they end mid-line"), 1);
        assertThat(held.reason()).isEqualTo("kept the last good version while the notes look unfinished (they end"
                + " mid-line); publishing them once the notes stay unchanged for 5 s");
        assertThat(decide(sessions(2), parsed(sessions(2)), Optional.of("they end mid-line"), 5).kind())
                .isEqualTo(PublishDecision.Kind.PUBLISH);
    }

    /** Issue 10 item 3: a save cut by a full disk stays cut; its removals were published once it had settled. */
    @Test
    void notesThatEndMidLineAndRemoveSessionsAreNeverPublished() {
        PublishDecision held = decide(sessions(34), parsed(sessions(2)), Optional.of("they end inside a link"),
                86_400);
        assertThat(held.kind()).isEqualTo(PublishDecision.Kind.HOLD);
        assertThat(held.reason()).endsWith(": not published while the notes look cut short (they end inside a"
                + " link); finish the last line to publish it");
    }
}
