package dev.confcal.publish.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.confcal.calendar.Edition;
import dev.confcal.testing.Fixtures;
import dev.confcal.schedule.Schedule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 23 item 6: a ledger damaged in its structure restarted every entry after the damage at SEQUENCE 0, and an
 * older ledger put back published 0 after 2. A high-water mark kept apart from the ledger puts every entry the
 * ledger lost or forgot above anything ever served.
 */
class SequenceFloorTest {

    private static final Instant T0 = Fixtures.T0;

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("state.json");
    }

    private static Schedule schedule(String notes) {
        return Fixtures.schedule(Fixtures.session("A", "a"), Fixtures.session("B", notes), Fixtures.session("C", notes));
    }

    private static int sequence(Edition edition, String id) {
        return edition.revisions().get(id + "@x.sched.com").sequence();
    }

    /** Publishes B and C three times: SEQUENCE 2 served for both. */
    private void serveSequenceTwo() throws Exception {
        try (Ledger ledger = Ledger.open(file(), w -> { })) {
            Instant at = T0;
            for (String notes : new String[] {"one", "two", "three"}) {
                Edition edition = ledger.publish(schedule(notes), at);
                at = at.plus(Duration.ofMinutes(1));
                assertThat(sequence(edition, "C")).isLessThanOrEqualTo(2);
            }
        }
    }

    private Edition reopenAndPublish() throws Exception {
        try (Ledger ledger = Ledger.open(file(), w -> { })) {
            return ledger.publish(schedule("three"), T0.plus(Duration.ofHours(1)));
        }
    }

    static Stream<Arguments> damage() {
        return Stream.of(
                Arguments.of("a comma missing after the first entry", (UnaryOperator<String>) json -> json
                        .replaceFirst("\\}\\s*,\\s*\"B@", "} \"B@")),
                Arguments.of("a stray byte", (UnaryOperator<String>) json -> json.replaceFirst("\"B@", "\u0007\"B@")),
                Arguments.of("cut off", (UnaryOperator<String>) json -> json.substring(0, json.indexOf("\"B@"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("damage")
    void entriesLostToDamageArePublishedAboveAnythingServed(String name, UnaryOperator<String> damage)
            throws Exception {
        serveSequenceTwo();
        Files.writeString(file(), damage.apply(Files.readString(file())));
        Edition edition = reopenAndPublish();
        assertThat(sequence(edition, "B")).isGreaterThan(2);
        assertThat(sequence(edition, "C")).isGreaterThan(2);
        assertThat(sequence(edition, "A")).isEqualTo(0); // read before the damage: as it was
    }

    @Test
    void anOlderLedgerPutBackNeverPublishesALowerSequence() throws Exception {
        try (Ledger ledger = Ledger.open(file(), w -> { })) {
            ledger.publish(schedule("one"), T0);
        }
        byte[] backup = Files.readAllBytes(file());
        serveSequenceTwo();
        Files.write(file(), backup);
        Edition edition = reopenAndPublish();
        assertThat(sequence(edition, "B")).isGreaterThan(2);
        assertThat(sequence(edition, "C")).isGreaterThan(2);
        assertThat(edition.revisions().get("B@x.sched.com").lastModified()).isAfter(T0.plus(Duration.ofMinutes(2)));
        try (Ledger ledger = Ledger.open(file(), w -> { })) { // and it stays so, the mark agreeing again
            assertThat(sequence(ledger.publish(schedule("three"), T0.plus(Duration.ofHours(2))), "B"))
                    .isEqualTo(sequence(edition, "B"));
        }
    }

    @Test
    void aSessionNewToTheLedgerAfterDamageStartsAboveToo() throws Exception {
        serveSequenceTwo();
        Files.writeString(file(), Files.readString(file()).substring(0, 40));
        try (Ledger ledger = Ledger.open(file(), w -> { })) {
            ledger.publish(schedule("three"), T0.plus(Duration.ofHours(1)));
        }
        try (Ledger ledger = Ledger.open(file(), w -> { })) { // the floor is kept in the ledger itself
            Edition edition = ledger.publish(Fixtures.schedule(Fixtures.session("D", "d")), T0.plus(Duration.ofHours(2)));
            assertThat(sequence(edition, "D")).isGreaterThan(2);
        }
    }

    @Test
    void aLedgerThatWasNeverDamagedStartsNewSessionsAtZero() throws Exception {
        serveSequenceTwo();
        try (Ledger ledger = Ledger.open(file(), w -> { })) {
            Edition edition = ledger.publish(Fixtures.schedule(Fixtures.session("D", "d")), T0.plus(Duration.ofHours(1)));
            assertThat(sequence(edition, "D")).isZero();
        }
        assertThat(HighWaterMark.pathFor(file())).exists();
    }
}
