package dev.confcal.publish.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.confcal.calendar.Edition;
import dev.confcal.testing.Fixtures;
import dev.confcal.calendar.Revision;
import dev.confcal.schedule.Schedule;
import dev.confcal.schedule.Session;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerTest {

    private static final Instant T0 = Fixtures.T0;

    @TempDir
    Path dir;

    private static Session session(String id, String notes) {
        return Fixtures.session(id, notes);
    }

    private static Schedule schedule(Session... sessions) {
        return Fixtures.schedule(sessions);
    }

    private static Revision revision(Edition edition, String id) {
        return edition.revisions().get(id + "@x.sched.com");
    }

    @Test
    void newSessionsStartAtSequenceZero() {
        Edition edition = Ledger.inMemory().publish(schedule(session("A", "n")), T0);
        assertThat(revision(edition, "A")).isEqualTo(new Revision(0, T0, T0));
    }

    @Test
    void anEditRaisesTheSequenceAndMovesLastModifiedOnlyForThatSession() {
        Ledger ledger = Ledger.inMemory();
        ledger.publish(schedule(session("A", "n"), session("B", "n")), T0);
        Instant t1 = T0.plus(Duration.ofHours(1));
        Edition edition = ledger.publish(schedule(session("A", "edited"), session("B", "n")), t1);
        assertThat(revision(edition, "A")).isEqualTo(new Revision(1, T0, t1));
        assertThat(revision(edition, "B")).isEqualTo(new Revision(0, T0, T0));
    }

    @Test
    void movingASessionWithinTheFileIsNotAnEdit() {
        Ledger ledger = Ledger.inMemory();
        Edition first = ledger.publish(schedule(session("A", "n")), T0);
        Session moved = session("A", "n");
        moved = new Session(moved.id(), moved.uid(), moved.url(), moved.titles(), moved.speakers(), false, false,
                moved.start(), moved.end(), moved.location(), moved.notes(), moved.notesMarkdown(), 99);
        Edition second = ledger.publish(schedule(moved), T0.plusSeconds(60));
        assertThat(second.revisions()).isEqualTo(first.revisions());
        assertThat(second.version()).isEqualTo(first.version());
    }

    @Test
    void aRemovedSessionIsCancelledFor30DaysThenLeavesTheFeeds() {
        Ledger ledger = Ledger.inMemory();
        ledger.publish(schedule(session("A", "n"), session("B", "n")), T0);
        Instant removed = T0.plus(Duration.ofDays(1));
        Edition edition = ledger.publish(schedule(session("B", "n")), removed);
        assertThat(edition.cancelled()).extracting(Session::uid).containsExactly("A@x.sched.com");
        assertThat(revision(edition, "A")).isEqualTo(new Revision(1, T0, removed));

        assertThat(ledger.publish(schedule(session("B", "n")), removed.plus(Duration.ofDays(29))).cancelled())
                .hasSize(1);
        Edition later = ledger.publish(schedule(session("B", "n")), removed.plus(Duration.ofDays(30)));
        assertThat(later.cancelled()).isEmpty();
        assertThat(later.revisions()).doesNotContainKey("A@x.sched.com");
    }

    @Test
    void aSessionThatComesBackIsAnUpdateNotANewEvent() {
        Ledger ledger = Ledger.inMemory();
        ledger.publish(schedule(session("A", "n")), T0);
        ledger.publish(schedule(), T0.plusSeconds(60));
        Edition back = ledger.publish(schedule(session("A", "n")), T0.plusSeconds(120));
        assertThat(back.cancelled()).isEmpty();
        assertThat(revision(back, "A").sequence()).isEqualTo(2);
    }

    /** Issue 10 item 9: it came back with SEQUENCE 0 and a new CREATED, so calendars kept the cancelled one. */
    @Test
    void aSessionThatComesBackAfterItsThirtyDaysContinuesItsSequenceAndKeepsItsCreated() throws Exception {
        Path file = dir.resolve("state.json");
        try (Ledger ledger = Ledger.open(file, w -> { })) {
            ledger.publish(schedule(session("A", "n"), session("B", "n")), T0);
            ledger.publish(schedule(session("A", "edited"), session("B", "n")), T0.plusSeconds(60)); // A: 1
            ledger.publish(schedule(session("B", "n")), T0.plusSeconds(120)); // A: 2, cancelled
            ledger.publish(schedule(session("B", "n")), T0.plus(Duration.ofDays(40))); // A leaves the feeds
        }
        try (Ledger ledger = Ledger.open(file, w -> { })) { // remembered across a restart
            Instant back = T0.plus(Duration.ofDays(50));
            Edition edition = ledger.publish(schedule(session("A", "n"), session("B", "n")), back);
            assertThat(revision(edition, "A")).isEqualTo(new Revision(3, T0, back));
        }
    }

    /** Issue 10 item 9: with the clock stepped back, DTSTAMP went back and If-Modified-Since clients saw 304s. */
    @Test
    void aClockThatStepsBackNeverMovesDtstampBack() {
        Ledger ledger = Ledger.inMemory();
        ledger.publish(schedule(session("A", "n")), T0);
        Instant stepBack = T0.minus(Duration.ofHours(2));
        Edition edited = ledger.publish(schedule(session("A", "edited")), stepBack);
        assertThat(revision(edited, "A").lastModified()).isEqualTo(T0.plusSeconds(1));
        assertThat(ledger.published()).isEqualTo(T0.plusSeconds(1));
        Edition again = ledger.publish(schedule(session("A", "again")), stepBack.plusSeconds(5));
        assertThat(revision(again, "A").lastModified()).isEqualTo(T0.plusSeconds(2));
    }

    @Test
    void twoChangesWithinOneSecondGetTwoDifferentStamps() {
        Ledger ledger = Ledger.inMemory();
        ledger.publish(schedule(session("A", "n")), T0);
        Edition edited = ledger.publish(schedule(session("A", "edited")), T0.plusMillis(300));
        assertThat(revision(edited, "A").lastModified()).isAfter(T0);
    }

    /** Issue 10 item 13: SEQUENCE 2147483647 + 1 wrapped to a negative number that crashed the next start. */
    @Test
    void aSequenceAtTheLargestIntegerStaysThereInsteadOfWrapping() throws Exception {
        Path file = dir.resolve("state.json");
        Files.writeString(file, LedgerFiles.ledger(LedgerFiles.entry("A@x.sched.com", "\"sequence\": 2147483647")));
        try (Ledger ledger = Ledger.open(file, w -> { })) {
            Edition edition = ledger.publish(schedule(session("A", "edited")), T0);
            assertThat(revision(edition, "A").sequence()).isEqualTo(Integer.MAX_VALUE);
        }
        try (Ledger ledger = Ledger.open(file, w -> { })) {
            assertThat(revision(ledger.publish(schedule(session("A", "edited")), T0), "A").sequence())
                    .isEqualTo(Integer.MAX_VALUE);
        }
    }

    @Test
    void theLedgerSurvivesARestart() throws Exception {
        Path file = dir.resolve("state.json");
        try (Ledger ledger = Ledger.open(file, w -> { })) {
            ledger.publish(schedule(session("A", "n")), T0);
        }
        List<String> warnings = new ArrayList<>();
        try (Ledger ledger = Ledger.open(file, warnings::add)) {
            Edition edition = ledger.publish(schedule(session("A", "edited")), T0.plusSeconds(5));
            assertThat(revision(edition, "A").sequence()).isEqualTo(1);
        }
        assertThat(warnings).isEmpty();
        try (var files = Files.list(dir)) { // no temporary files left behind
            assertThat(files).containsExactlyInAnyOrder(file, dir.resolve("state.json.lock"),
                    dir.resolve("state.json.high-water.json"));
        }
    }

    @Test
    void aCancelledSessionSurvivesARestartWithItsContent() throws Exception {
        Path file = dir.resolve("state.json");
        try (Ledger ledger = Ledger.open(file, w -> { })) {
            ledger.publish(schedule(session("A", "my notes"), session("B", "n")), T0);
        }
        try (Ledger ledger = Ledger.open(file, w -> { })) {
            ledger.publish(schedule(session("B", "n")), T0.plusSeconds(5));
        }
        try (Ledger ledger = Ledger.open(file, w -> { })) {
            Edition edition = ledger.publish(schedule(session("B", "n")), T0.plusSeconds(10));
            assertThat(edition.cancelled()).singleElement().satisfies(s -> {
                assertThat(s.notes()).isEqualTo("my notes");
                assertThat(s.start()).isEqualTo(session("A", "n").start());
            });
        }
    }

    /** Issue 10 item 8: without a year anywhere, the clock's year moved every session after New Year. */
    @Test
    void theGuessedYearIsRecordedOnceAndKept() throws Exception {
        Path file = dir.resolve("state.json");
        try (Ledger ledger = Ledger.open(file, w -> { })) {
            assertThat(ledger.year()).isNull();
            ledger.publish(schedule(session("A", "n")), 2026, T0);
            ledger.publish(schedule(session("A", "n")), 2027, T0.plus(Duration.ofDays(60)));
            assertThat(ledger.year()).isEqualTo(2026);
        }
        try (Ledger ledger = Ledger.open(file, w -> { })) {
            assertThat(ledger.year()).isEqualTo(2026);
        }
    }

    /** Issue 10 item 9: two servers on one ledger, and the last writer won. */
    @Test
    void aSecondWriterIsRefusedWithThePidAndHostOfTheFirst() throws Exception {
        Path file = dir.resolve("state.json");
        try (Ledger first = Ledger.open(file, w -> { })) {
            first.publish(schedule(session("A", "n")), T0);
            assertThatThrownBy(() -> Ledger.open(file, w -> { })).isInstanceOf(UnusableLedgerException.class)
                    .hasMessageContaining("is in use by pid " + ProcessHandle.current().pid() + " on host ")
                    .hasMessageContaining("state.json.lock");
        }
        Ledger.open(file, w -> { }).close(); // free again once the first has closed it
    }

    /** Issue 10 item 9: a lock file deleted or replaced under a running server let a second one write too. */
    @Test
    void aLedgerWhoseLockWasTakenStopsWritingAndSaysWho() throws Exception {
        Path file = dir.resolve("state.json");
        try (Ledger first = Ledger.open(file, w -> { })) {
            first.publish(schedule(session("A", "n")), T0);
            Files.delete(dir.resolve("state.json.lock"));
            try (Ledger second = Ledger.open(file, w -> { })) {
                second.publish(schedule(session("A", "second")), T0.plusSeconds(5));
                first.check();
                assertThat(first.status().problem()).startsWith("another confcal took the ledger (pid "
                        + ProcessHandle.current().pid());
                assertThatThrownBy(() -> first.publish(schedule(session("A", "first")), T0.plusSeconds(10)))
                        .isInstanceOf(LedgerWriteException.class);
            }
        }
        try (Ledger reopened = Ledger.open(file, w -> { })) {
            assertThat(revision(reopened.publish(schedule(session("A", "second")), T0.plusSeconds(20)), "A"))
                    .isEqualTo(new Revision(1, T0, T0.plusSeconds(5)));
        }
    }

    /** Issue 10 item 9: the disk full, one warning, the edit published from memory, and SEQUENCE back after a restart. */
    @Test
    void aLedgerThatCannotBeSavedPublishesNothingAndSaysWhyUntilItCanAgain() throws Exception {
        Path file = dir.resolve("state.json");
        List<String> warnings = new ArrayList<>();
        try (Ledger ledger = Ledger.open(file, warnings::add)) {
            Edition first = ledger.publish(schedule(session("A", "n")), T0);
            LedgerFiles.blockWrites(file);
            assertThatThrownBy(() -> ledger.publish(schedule(session("A", "edited")), T0.plusSeconds(5)))
                    .isInstanceOf(LedgerWriteException.class).hasMessageContaining("cannot write the ledger " + file);
            assertThatThrownBy(() -> ledger.publish(schedule(session("A", "edited")), T0.plusSeconds(6)))
                    .isInstanceOf(LedgerWriteException.class);
            assertThat(ledger.status().problem()).startsWith("cannot write the ledger " + file);
            assertThat(warnings).filteredOn(w -> w.startsWith("cannot write the ledger")).hasSize(1);
            // nothing changed, in memory either: the same edition as before the failed attempts
            assertThat(ledger.publish(schedule(session("A", "n")), T0.plusSeconds(7)).revisions())
                    .isEqualTo(first.revisions());

            LedgerFiles.unblockWrites(file);
            Edition edited = ledger.publish(schedule(session("A", "edited")), T0.plusSeconds(8));
            assertThat(revision(edited, "A").sequence()).isEqualTo(1);
            assertThat(ledger.status().problem()).isNull();
        }
    }
}
