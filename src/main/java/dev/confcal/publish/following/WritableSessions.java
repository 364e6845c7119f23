package dev.confcal.publish.following;

import dev.confcal.notes.ParseResult;
import dev.confcal.schedule.Problem;
import dev.confcal.schedule.ProblemCode;
import dev.confcal.schedule.Schedule;
import dev.confcal.schedule.Session;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a feed can carry, checked for every session before it is published, whatever placed it (the notes, the
 * official schedule): times RFC 5545 can write — four-digit years, and a year's margin for the VTIMEZONE on each
 * side, so {@value #FIRST_YEAR}–{@value #LAST_YEAR} — and an id its own feed's URL and file can be named after. A
 * session ending in 10000 was written as {@code DTEND:+100000101T…} (most readers then refuse the whole feed), and
 * one with a 65-character id was listed with a download link that answered 404. Such a session is left out, with
 * an error at its line.
 */
final class WritableSessions {

    static final int FIRST_YEAR = 1970;
    static final int LAST_YEAR = 9998;
    static final Pattern ID = Pattern.compile("[A-Za-z0-9]{1,64}");
    private static final Instant EARLIEST = LocalDateTime.of(FIRST_YEAR, 1, 1, 0, 0).toInstant(ZoneOffset.UTC);
    private static final Instant LATEST = LocalDateTime.of(LAST_YEAR + 1, 1, 1, 0, 0).toInstant(ZoneOffset.UTC);

    private WritableSessions() {
    }

    static ParseResult only(ParseResult result) {
        Schedule schedule = result.schedule();
        List<Session> kept = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Session session : schedule.sessions()) {
            String why = why(session);
            if (why == null) {
                kept.add(session);
            } else {
                problems.add(ProblemCode.SESSION_NOT_WRITABLE.at(schedule.source(), session.line(), shortId(session), why));
            }
        }
        if (problems.isEmpty()) {
            return result;
        }
        return result.placed(schedule.withOfficial(schedule.title(), kept, schedule.official()), problems);
    }

    private static String why(Session session) {
        if (!ID.matcher(session.id()).matches()) {
            return "has an id of " + session.id().length() + " characters, more than the 64 a feed's URL takes";
        }
        if (session.start().toInstant().isBefore(EARLIEST)) {
            return "starts " + day(session.start()) + ", before " + FIRST_YEAR + ", the first year a feed holds";
        }
        if (!session.end().toInstant().isBefore(LATEST)) {
            return "ends " + day(session.end()) + ", after " + LAST_YEAR + ", the last year a feed holds (RFC 5545"
                    + " writes years in four digits)";
        }
        return null;
    }

    private static String day(ZonedDateTime time) {
        return time.toLocalDate().toString();
    }

    private static String shortId(Session session) {
        return session.id().length() <= 20 ? session.id() : session.id().substring(0, 20) + "…";
    }
}
