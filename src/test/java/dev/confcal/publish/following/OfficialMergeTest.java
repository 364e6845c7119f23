package dev.confcal.publish.following;

import static org.assertj.core.api.Assertions.assertThat;

import dev.confcal.notes.NotesParser;
import dev.confcal.notes.SessionLinks;
import dev.confcal.official.ExportReader;
import dev.confcal.official.ExportReaderTest;
import dev.confcal.official.OfficialSchedule;
import dev.confcal.publish.NotesSource;
import dev.confcal.schedule.Filter;
import dev.confcal.schedule.Placement;
import dev.confcal.schedule.Problem;
import dev.confcal.schedule.Schedule;
import dev.confcal.schedule.Session;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OfficialMergeTest {

    private static dev.confcal.notes.ParseResult parsed;
    private static Schedule seed;
    private static OfficialSchedule official;

    @BeforeAll
    static void read() throws Exception {
        parsed = NotesParser.create().parse("kubecon-china-2023.md", NotesSource.bundled().read());
        seed = parsed.schedule();
        official = ExportReader.read("all.ics", ExportReaderTest.schedFixture()).schedule();
    }

    private static OfficialMerge.Merged merge(boolean preferNotes) {
        return OfficialMerge.apply(with(preferNotes, false), official, SessionLinks::uidOf);
    }

    private static dev.confcal.notes.ParseResult with(boolean preferNotes, boolean titleGiven) {
        return new dev.confcal.notes.ParseResult(seed, parsed.all(), null,
                new dev.confcal.notes.ScheduleRequest("auto", 0, preferNotes, titleGiven));
    }

    private static Session session(Schedule schedule, String id) {
        return schedule.session(id).orElseThrow();
    }

    @Test
    void everyMatchedSessionGetsItsRoomExactEndAndOfficialTracks() {
        Schedule merged = merge(false).schedule();
        assertThat(merged.sessions()).hasSize(34);
        Session tutorial = session(merged, "1PTII");
        assertThat(merged.room(tutorial)).isEqualTo("3F Ballroom | 3楼宴会厅");
        assertThat(merged.tracksOf(tutorial)).containsExactly("tutorials", "observability");
        assertThat(merged.trackTitle("tutorials")).isEqualTo("Tutorials");
        long withRoom = merged.sessions().stream().filter(s -> merged.room(s) != null).count();
        assertThat(withRoom).isEqualTo(33);
        Session shorter = merged.sessions().stream().filter(s -> s.end().minusMinutes(30).equals(s.start()))
                .findFirst().orElseThrow();
        assertThat(session(seed, shorter.id()).end()).isEqualTo(shorter.start().plusMinutes(35));
    }

    @Test
    void aMovedTalkTakesTheOfficialTimeAndSaysWhatTheNotesSaid() {
        OfficialMerge.Merged merged = merge(false);
        Session moved = session(merged.schedule(), "1PTJt");
        assertThat(moved.start()).isEqualTo(ZonedDateTime.parse("2023-09-27T11:15+08:00[Asia/Shanghai]"));
        assertThat(moved.end()).isEqualTo(ZonedDateTime.parse("2023-09-27T11:50+08:00[Asia/Shanghai]"));
        Placement placement = merged.schedule().placement(moved).orElseThrow();
        assertThat(placement.moved()).isTrue();
        assertThat(placement.notedStart()).isEqualTo(session(seed, "1PTJt").start());
        assertThat(merged.differences()).filteredOn(p -> p.code().equals("schedule-moved")).singleElement()
                .asString().isEqualTo("kubecon-china-2023.md:5: 1PTJt: notes say 11:00, the schedule says 11:15 (3M5A)");
    }

    /**
     * Issue 23 item 1: official times were taken however far they were from the notes' (an official DTEND 976 years
     * later was published). A time more than a week off keeps the notes' time and says so; the room still counts.
     */
    @Test
    void anOfficialTimeFarFromTheNotesIsNotTakenAndSaidAtTheLine() {
        java.time.Instant noted = session(seed, "1PTJt").start().toInstant();
        OfficialSchedule moved = new OfficialSchedule(official.name(), official.sessions().stream()
                .map(s -> s.url().contains("/event/1PTJt/") ? new dev.confcal.official.OfficialSession(s.url(),
                        noted.plus(java.time.Duration.ofDays(8)), noted.plus(java.time.Duration.ofDays(8))
                        .plusSeconds(1800), s.title(), s.room(), s.tracks()) : s).toList());
        OfficialMerge.Merged merged = OfficialMerge.apply(with(false, false), moved, SessionLinks::uidOf);
        Session kept = session(merged.schedule(), "1PTJt");
        assertThat(kept.start()).isEqualTo(session(seed, "1PTJt").start());
        assertThat(merged.schedule().room(kept)).isEqualTo("3M5A");
        assertThat(merged.differences()).filteredOn(p -> p.code().equals("schedule-far-off")).singleElement()
                .asString().isEqualTo("kubecon-china-2023.md:5: 1PTJt: the schedule says 2023-10-05 11:00, more than"
                        + " 7 days from the notes' 2023-09-27 11:00; keeping the notes' time (another year's"
                        + " schedule?)");
    }

    @Test
    void preferNotesKeepsTheNotesTimesButStillReportsTheDifference() {
        OfficialMerge.Merged merged = merge(true);
        Session kept = session(merged.schedule(), "1PTJt");
        assertThat(kept.start()).isEqualTo(session(seed, "1PTJt").start());
        assertThat(merged.schedule().room(kept)).isEqualTo("3M5A");
        assertThat(merged.differences()).filteredOn(p -> p.code().equals("schedule-moved")).singleElement()
                .asString().endsWith("(3M5A); keeping the notes' time (prefer: notes)");
    }

    @Test
    void aSessionTheScheduleDoesNotHaveIsAWarningAtItsLine() {
        OfficialMerge.Merged merged = merge(false);
        Session missing = session(seed, "1PTFF");
        assertThat(merged.differences()).filteredOn(p -> p.code().equals("schedule-missing")).singleElement()
                .satisfies(p -> {
                    assertThat(p.severity()).isEqualTo(Problem.Severity.WARNING);
                    assertThat(p.line()).isEqualTo(missing.line());
                    assertThat(p.message()).isEqualTo("1PTFF: not in the official schedule (a typo in the link?"
                            + " cancelled?)");
                });
        assertThat(session(merged.schedule(), "1PTFF")).isEqualTo(missing);
    }

    @Test
    void officialTracksFilterTheBundledSeedWithoutAnyFrontMatter() {
        Schedule merged = merge(false).schedule();
        assertThat(seed.tracks()).isEmpty();
        assertThat(merged.trackNames()).contains("webassembly", "connectivity", "observability", "tutorials");
        assertThat(merged.select(Filter.ALL.withTrack("webassembly"))).extracting(Session::id)
                .containsExactlyInAnyOrder("1R598", "1PTKo", "1PTF3");
    }

    @Test
    void theCalendarIsNamedAfterTheScheduleUnlessTheNotesNameIt() {
        assertThat(merge(false).schedule().title()).isEqualTo("KubeCon + CloudNativeCon + Open Source Summit China 2023");
        assertThat(OfficialMerge.apply(with(false, true), official, SessionLinks::uidOf).schedule().title())
                .isEqualTo(seed.title());
    }

    @Test
    void aBareLinkTakesTheSchedulesTitleAndSpeakers() {
        String notes = "## 2023-09-27\n\n### 11:00\n\nhttps://kccncosschn2023.sched.com/event/1PTJt\n";
        var bare = NotesParser.create().parse("bare.md", notes);
        assertThat(bare.schedule().sessions().get(0).titles()).doesNotContain("SIG Cluster Lifecycle: What's New in"
                + " Kubespray");
        Session named = OfficialMerge.apply(bare, official, SessionLinks::uidOf).schedule().sessions().get(0);
        assertThat(named.titles()).containsExactly("SIG集群生命周期：Kubespray的新功能",
                "SIG Cluster Lifecycle: What's New in Kubespray");
        assertThat(named.speakers()).extracting(dev.confcal.schedule.Speaker::display)
                .containsExactly("Kay Yan (DaoCloud)");
    }

    @Test
    void sessionsTheNotesDoNotPickStayOut() {
        assertThat(merge(false).schedule().sessions()).extracting(Session::id).doesNotContain("1PTAa", "1PSzz");
    }
}
