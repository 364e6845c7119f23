package dev.confcal.web;

import dev.confcal.calendar.Edition;
import dev.confcal.calendar.FeedOptions;
import dev.confcal.calendar.IcsWriter;
import dev.confcal.schedule.Filter;
import dev.confcal.schedule.Schedule;
import dev.confcal.schedule.Session;
import java.util.List;
import java.util.Optional;

/**
 * The own feed of a session removed from the notes, for as long as the ledger remembers it: its event, CANCELLED.
 * A 404 (and, from {@code export}, the old file left CONFIRMED) kept the event in the calendars of everyone who had
 * added that one session.
 */
final class CancelledFeed {

    private CancelledFeed() {
    }

    /** The removed session with this id, if the edition still carries it. */
    static Optional<Session> of(Edition edition, String id) {
        return edition.cancelled().stream().filter(session -> session.id().equals(id)).findFirst();
    }

    /** A calendar named after the session, holding its cancelled event alone. */
    static byte[] write(IcsWriter writer, Edition edition, Session cancelled, FeedOptions options) {
        Schedule schedule = edition.schedule();
        Schedule alone = schedule.withOfficial(cancelled.title(options.language()), List.of(), schedule.official());
        return writer.feed(new Edition(alone, edition.revisions(), List.of(cancelled), edition.version()), Filter.ALL,
                options);
    }
}
