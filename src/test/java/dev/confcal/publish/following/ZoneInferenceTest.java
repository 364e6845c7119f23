package dev.confcal.publish.following;

import static org.assertj.core.api.Assertions.assertThat;

import dev.confcal.testing.Fixtures;
import dev.confcal.notes.SessionLinks;
import dev.confcal.official.OfficialSchedule;
import dev.confcal.official.OfficialSession;
import dev.confcal.schedule.Schedule;
import dev.confcal.schedule.Session;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ZoneInferenceTest {

    private static final ZoneId ASSUMED = ZoneId.of("Asia/Shanghai");

    /** Notes with sessions at these wall-clock times, read in the assumed zone. */
    private static Schedule notes(String... wallClocks) {
        List<Session> sessions = new ArrayList<>();
        for (int i = 0; i < wallClocks.length; i++) {
            Session base = Fixtures.session("S" + i, "");
            ZonedDateTime start = LocalDateTime.parse(wallClocks[i]).atZone(ASSUMED);
            sessions.add(new Session(base.id(), base.uid(), base.url(), base.titles(), base.speakers(), false, false,
                    start, start.plusMinutes(30), null, "", "", i + 1));
        }
        return new Schedule("notes.md", "Conf", ASSUMED, null, Map.of(), sessions);
    }

    /** The official schedule of the same sessions, at these UTC instants. */
    private static OfficialSchedule official(String... instants) {
        List<OfficialSession> sessions = new ArrayList<>();
        for (int i = 0; i < instants.length; i++) {
            Instant start = Instant.parse(instants[i]);
            sessions.add(new OfficialSession("https://x.sched.com/event/S" + i, start, start.plusSeconds(1800),
                    "Talk", null, List.of()));
        }
        return new OfficialSchedule("Conf", sessions);
    }

    @Test
    void theAssumedZoneStandsWhenTheScheduleAgrees() {
        ZoneInference.Conclusion conclusion = ZoneInference.conclude(notes("2023-09-27T11:00", "2023-09-27T14:00"),
                official("2023-09-27T03:00:00Z", "2023-09-27T06:00:00Z"), SessionLinks::uidOf);
        assertThat(conclusion.zone()).isEmpty();
        assertThat(conclusion.confirmed()).isTrue();
        assertThat(conclusion.problems()).isEmpty();
    }

    @Test
    void fosdemNotesWithoutAZoneAreReadInBrusselsTime() {
        Schedule fosdem = notes("2024-02-03T10:30", "2024-02-03T11:00", "2024-02-04T09:00");
        ZoneInference.Conclusion conclusion = ZoneInference.conclude(fosdem,
                official("2024-02-03T09:30:00Z", "2024-02-03T10:00:00Z", "2024-02-04T08:00:00Z"), SessionLinks::uidOf);
        assertThat(conclusion.zone()).contains(ZoneId.of("Europe/Brussels"));
        assertThat(conclusion.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("zone-from-schedule");
            assertThat(p.message()).isEqualTo("the notes name no time zone and their times fit the official schedule"
                    + " in Europe/Brussels (UTC+01:00), not the assumed Asia/Shanghai; using Europe/Brussels (write"
                    + " timezone: in the front matter to name it yourself)");
        });
        Schedule reread = ZoneInference.inZone(fosdem, conclusion.zone().get());
        assertThat(reread.sessions().get(0).start().toInstant()).isEqualTo(Instant.parse("2024-02-03T09:30:00Z"));
        assertThat(reread.sessions().get(0).start().toLocalTime()).isEqualTo(fosdem.sessions().get(0).start().toLocalTime());
    }

    @Test
    void aWeekAcrossADaylightSavingChangeNeedsOneOffsetPerDate() {
        ZoneInference.Conclusion conclusion = ZoneInference.conclude(
                notes("2024-03-30T10:00", "2024-03-31T10:00", "2024-04-01T10:00"),
                official("2024-03-30T09:00:00Z", "2024-03-31T08:00:00Z", "2024-04-01T08:00:00Z"), SessionLinks::uidOf);
        assertThat(conclusion.zone()).contains(ZoneId.of("Europe/Brussels"));
    }

    @Test
    void aMovedTalkDoesNotOutvoteTheRest() {
        ZoneInference.Conclusion conclusion = ZoneInference.conclude(
                notes("2025-06-17T10:00", "2025-06-17T11:00", "2025-06-17T13:00", "2025-06-17T14:00"),
                official("2025-06-17T01:00:00Z", "2025-06-17T02:00:00Z", "2025-06-17T04:00:00Z",
                        "2025-06-17T05:15:00Z"), SessionLinks::uidOf);
        assertThat(conclusion.zone()).contains(ZoneId.of("Asia/Tokyo"));
    }

    @Test
    void offsetsThatDisagreeAskForATimezoneInsteadOfGuessing() {
        ZoneInference.Conclusion conclusion = ZoneInference.conclude(notes("2025-06-17T10:00", "2025-06-17T11:00"),
                official("2025-06-17T01:00:00Z", "2025-06-17T08:00:00Z"), SessionLinks::uidOf);
        assertThat(conclusion.zone()).isEmpty();
        assertThat(conclusion.problems()).singleElement().asString().isEqualTo("notes.md: the notes name no time"
                + " zone, and on 2025-06-17 the notes' times differ from the official schedule's by different"
                + " amounts; times are read in the assumed Asia/Shanghai — write timezone: in the front matter");
    }

    @Test
    void anOffsetNoZoneHasIsSaidSo() {
        ZoneInference.Conclusion conclusion = ZoneInference.conclude(notes("2025-06-17T10:00"),
                official("2025-06-17T02:13:00Z"), SessionLinks::uidOf);
        assertThat(conclusion.zone()).isEmpty();
        assertThat(conclusion.problems()).singleElement().asString().contains("no time zone has the offsets [+07:47]");
    }
}
