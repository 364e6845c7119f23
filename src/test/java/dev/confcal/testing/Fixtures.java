package dev.confcal.testing;

import dev.confcal.schedule.Schedule;
import dev.confcal.schedule.Session;
import dev.confcal.schedule.Speaker;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/** Small sessions and schedules for tests of the stages after the notes. */
public final class Fixtures {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    public static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");

    private Fixtures() {
    }

    /** A session at 2023-09-27 11:00 Shanghai, 35 minutes, on x.sched.com. */
    public static Session session(String id, String notes) {
        ZonedDateTime start = ZonedDateTime.of(2023, 9, 27, 11, 0, 0, 0, ZONE);
        return new Session(id, id + "@x.sched.com", "https://x.sched.com/event/" + id, List.of("Talk " + id),
                List.of(new Speaker("Ann", "Acme")), false, false, start, start.plusMinutes(35), null, notes, notes, 1);
    }

    public static Schedule schedule(Session... sessions) {
        return new Schedule("notes.md", "Conf", ZONE, null, Map.of(), List.of(sessions));
    }
}
