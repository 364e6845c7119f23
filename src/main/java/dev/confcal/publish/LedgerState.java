package dev.confcal.publish;

import dev.confcal.schedule.Session;
import java.time.Instant;
import java.util.Map;

/**
 * What the ledger knows at one moment; immutable, so a publish that cannot be saved leaves the last saved state
 * in place instead of half of a new one.
 *
 * @param entries      per UID of every session published and not yet forgotten (present or cancelled)
 * @param retired      per UID of sessions cancelled long enough ago to leave the feeds: their last SEQUENCE and
 *                     CREATED, kept for good, so a session that comes back continues where it stopped
 * @param version      grows with every change of what is published
 * @param published    the latest DTSTAMP ever issued: the next one is later, whatever the clock says
 * @param year         the year a parse once assumed from the clock, passed back to every later parse
 * @param scheduleHash the schedule-wide parts of the feeds (title, zone, …): a change there is a new version too
 */
record LedgerState(Map<String, Entry> entries, Map<String, Retired> retired, long version, Instant published,
                   Integer year, String scheduleHash) {

    static final LedgerState EMPTY = new LedgerState(Map.of(), Map.of(), 0, Instant.EPOCH, null, "");

    /**
     * One UID's history. {@code removedAt} is set while the session is gone from the notes; {@code session} is
     * its last content (null only when a damaged ledger lost it).
     */
    record Entry(String hash, int sequence, Instant created, Instant lastModified, Instant removedAt,
                 Session session) {
    }

    record Retired(int sequence, Instant created) {
    }

    /** SEQUENCE + 1, held at the largest value clients can read instead of wrapping to a negative one. */
    static int next(int sequence) {
        return sequence == Integer.MAX_VALUE ? sequence : sequence + 1;
    }
}
