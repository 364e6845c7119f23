package dev.confcal.publish;

import static org.assertj.core.api.Assertions.assertThat;

import dev.confcal.calendar.Edition;
import dev.confcal.calendar.Fixtures;
import dev.confcal.calendar.Revision;
import dev.confcal.schedule.Schedule;
import dev.confcal.schedule.Session;
import dev.confcal.schedule.Speaker;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerTest {

    private static Session session(String id, String notes) {
        return Fixtures.session(id, notes);
    }

    private static Schedule schedule(Session... sessions) {
        return Fixtures.schedule(sessions);
    }

    private static final Instant T0 = Fixtures.T0;

    @TempDir
    Path dir;

    @Test
    void newSessionsStartAtSequenceZero() throws Exception {
        Edition edition = Ledger.inMemory().publish(schedule(session("A", "n")), T0);
        assertThat(edition.revisions().get("A@x.sched.com")).isEqualTo(new Revision(0, T0, T0));
    }

    @Test
    void anEditRaisesTheSequenceAndMovesLastModifiedOnlyForThatSession() throws Exception {
        Ledger ledger = Ledger.inMemory();
        ledger.publish(schedule(session("A", "n"), session("B", "n")), T0);
        Instant t1 = T0.plus(Duration.ofHours(1));
        Edition edition = ledger.publish(schedule(session("A", "edited"), session("B", "n")), t1);
        assertThat(edition.revisions().get("A@x.sched.com")).isEqualTo(new Revision(1, T0, t1));
        assertThat(edition.revisions().get("B@x.sched.com")).isEqualTo(new Revision(0, T0, T0));
    }

    @Test
    void movingASessionWithinTheFileIsNotAnEdit() throws Exception {
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
    void aRemovedSessionIsCancelledFor30DaysThenForgotten() throws Exception {
        Ledger ledger = Ledger.inMemory();
        ledger.publish(schedule(session("A", "n"), session("B", "n")), T0);
        Instant removed = T0.plus(Duration.ofDays(1));
        Edition edition = ledger.publish(schedule(session("B", "n")), removed);
        assertThat(edition.cancelled()).extracting(Session::uid).containsExactly("A@x.sched.com");
        assertThat(edition.revisions().get("A@x.sched.com")).isEqualTo(new Revision(1, T0, removed));

        assertThat(ledger.publish(schedule(session("B", "n")), removed.plus(Duration.ofDays(29))).cancelled())
                .hasSize(1);
        Edition later = ledger.publish(schedule(session("B", "n")), removed.plus(Duration.ofDays(30)));
        assertThat(later.cancelled()).isEmpty();
        assertThat(later.revisions()).doesNotContainKey("A@x.sched.com");
    }

    @Test
    void aSessionThatComesBackIsAnUpdateNotANewEvent() throws Exception {
        Ledger ledger = Ledger.inMemory();
        ledger.publish(schedule(session("A", "n")), T0);
        ledger.publish(schedule(), T0.plusSeconds(60));
        Edition back = ledger.publish(schedule(session("A", "n")), T0.plusSeconds(120));
        assertThat(back.cancelled()).isEmpty();
        assertThat(back.revisions().get("A@x.sched.com").sequence()).isEqualTo(2);
    }

    @Test
    void theLedgerSurvivesARestart() throws Exception {
        Path file = dir.resolve("state.json");
        Ledger.open(file, w -> { }).publish(schedule(session("A", "n")), T0);
        List<String> warnings = new ArrayList<>();
        Edition edition = Ledger.open(file, warnings::add).publish(schedule(session("A", "edited")), T0.plusSeconds(5));
        assertThat(warnings).isEmpty();
        assertThat(edition.revisions().get("A@x.sched.com").sequence()).isEqualTo(1);
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file); // no temporary files left behind
        }
    }

    @Test
    void aCancelledSessionSurvivesARestartWithItsContent() throws Exception {
        Path file = dir.resolve("state.json");
        Ledger.open(file, w -> { }).publish(schedule(session("A", "my notes"), session("B", "n")), T0);
        Ledger.open(file, w -> { }).publish(schedule(session("B", "n")), T0.plusSeconds(5));
        Edition edition = Ledger.open(file, w -> { }).publish(schedule(session("B", "n")), T0.plusSeconds(10));
        assertThat(edition.cancelled()).singleElement().satisfies(s -> {
            assertThat(s.notes()).isEqualTo("my notes");
            assertThat(s.start()).isEqualTo(session("A", "n").start());
        });
    }

    @Test
    void aCorruptLedgerIsRebuiltWithAWarning() throws Exception {
        Path file = dir.resolve("state.json");
        Files.writeString(file, "{\"format\":1,\"entries\":{\"A@x", StandardCharsets.UTF_8);
        List<String> warnings = new ArrayList<>();
        Edition edition = Ledger.open(file, warnings::add).publish(schedule(session("A", "n")), T0);
        assertThat(warnings).singleElement().asString().contains("state.json is unreadable");
        assertThat(edition.revisions().get("A@x.sched.com").sequence()).isZero();
        assertThat(Ledger.open(file, warnings::add).publish(schedule(session("A", "n")), T0).version())
                .isEqualTo(1);
        assertThat(warnings).hasSize(1);
    }

    @Test
    void aLedgerThatCannotBeSavedWarnsOnceAndGoesOnInMemory() throws Exception {
        Path blocker = dir.resolve("not-a-folder");
        Files.writeString(blocker, "x");
        List<String> warnings = new ArrayList<>();
        Ledger ledger = Ledger.open(blocker.resolve("state.json"), warnings::add);
        ledger.publish(schedule(session("A", "n")), T0);
        Edition edited = ledger.publish(schedule(session("A", "edited")), T0.plusSeconds(5));
        assertThat(edited.revisions().get("A@x.sched.com").sequence()).isEqualTo(1);
        assertThat(warnings).filteredOn(w -> w.startsWith("cannot save the ledger")).hasSize(1);
    }
}
