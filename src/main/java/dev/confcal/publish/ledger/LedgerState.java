package dev.confcal.publish.ledger;

import dev.confcal.calendar.Edition;
import dev.confcal.calendar.Revision;
import dev.confcal.schedule.Schedule;
import dev.confcal.schedule.Session;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

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
 * @param floor        the SEQUENCE a session the ledger does not know starts at: 0, or above everything ever served
 *                     once the ledger lost or forgot entries (see {@link HighWaterMark})
 */
record LedgerState(Map<String, Entry> entries, Map<String, Retired> retired, long version, Instant published,
                   Integer year, String scheduleHash, int floor) {

    /** How long a session removed from the notes stays in the feeds as a cancelled event. */
    static final Duration CANCELLED_FOR = Duration.ofDays(30);
    /** Entries (sessions, present or cancelled) and retired sessions, each. */
    static final int MAX_ENTRIES = 200_000;

    static final LedgerState EMPTY = new LedgerState(Map.of(), Map.of(), 0, Instant.EPOCH, null, "", 0);

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

    boolean isEmpty() {
        return entries.isEmpty() && retired.isEmpty();
    }

    /**
     * The state after publishing {@code schedule} at {@code now} (see {@link Ledger#publish}), or this same state
     * when nothing changes. DTSTAMPs only move forward: a change stamped at or before the latest one gets a second
     * more (the clock stepped back, or two changes came within a second).
     */
    LedgerState after(Schedule schedule, Integer guessedYear, Instant now) {
        Instant truncated = now.truncatedTo(ChronoUnit.SECONDS);
        Instant stamp = truncated.isAfter(published) ? truncated : published.plusSeconds(1);
        Map<String, Entry> nextEntries = new HashMap<>(entries);
        Map<String, Retired> nextRetired = new HashMap<>(retired);
        boolean changed = false;
        Set<String> present = new HashSet<>();
        for (Session session : schedule.sessions()) {
            present.add(session.uid());
            String hash = contentHash(schedule, session);
            Entry prev = nextEntries.get(session.uid());
            Entry next;
            if (prev == null) {
                Retired back = nextRetired.remove(session.uid());
                next = back == null ? new Entry(hash, floor, stamp, stamp, null, session)
                        : new Entry(hash, next(back.sequence()), back.created(), stamp, null, session);
            } else if (!prev.hash().equals(hash) || prev.removedAt() != null) {
                next = new Entry(hash, next(prev.sequence()), prev.created(), stamp, null, session);
            } else if (prev.session() == null) { // content lost from a damaged ledger: store it again
                next = new Entry(hash, prev.sequence(), prev.created(), prev.lastModified(), null, session);
            } else {
                continue;
            }
            nextEntries.put(session.uid(), next);
            changed = true;
        }
        for (var it = nextEntries.entrySet().iterator(); it.hasNext(); ) {
            var entry = it.next();
            Entry e = entry.getValue();
            if (present.contains(entry.getKey())) {
                continue;
            }
            if (e.removedAt() == null && e.session() != null) {
                entry.setValue(new Entry(e.hash(), next(e.sequence()), e.created(), stamp, stamp, e.session()));
                changed = true;
            } else if (e.removedAt() == null || !e.removedAt().plus(CANCELLED_FOR).isAfter(stamp)) {
                nextRetired.put(entry.getKey(), new Retired(e.removedAt() == null ? next(e.sequence())
                        : e.sequence(), e.created()));
                it.remove();
                changed = true;
            }
        }
        String nextScheduleHash = scheduleHash(schedule);
        Integer nextYear = year != null ? year : guessedYear;
        changed |= !nextScheduleHash.equals(scheduleHash) || !Objects.equals(nextYear, year);
        if (!changed) {
            return this;
        }
        int nextFloor = Math.max(floor, trimRetired(nextRetired));
        return new LedgerState(nextEntries, nextRetired, version + 1, stamp, nextYear, nextScheduleHash, nextFloor);
    }

    /** The mark this state leaves: its version, its highest SEQUENCE (or its floor, when higher), its DTSTAMP. */
    HighWaterMark highWaterMark() {
        int highest = floor;
        for (Entry entry : entries.values()) {
            highest = Math.max(highest, entry.sequence());
        }
        for (Retired r : retired.values()) {
            highest = Math.max(highest, r.sequence());
        }
        return new HighWaterMark(version, highest, published);
    }

    /**
     * This state put above what the high-water mark says was served, or this same state when it is not behind:
     * a ledger older than the mark (put back from a backup, or lost) has every SEQUENCE raised to above the mark's
     * and a new DTSTAMP; a damaged one keeps what it read, and what it lost starts above the mark when it comes back.
     * Without a mark (a ledger from before it existed), a damaged ledger starts what it lost above what it kept.
     */
    LedgerState above(HighWaterMark mark, boolean damaged) {
        if (mark == null) {
            int kept = highWaterMark().sequence();
            return damaged ? new LedgerState(entries, retired, version + 1, published, year, scheduleHash,
                    Math.max(floor, next(kept))) : this;
        }
        int nextFloor = Math.max(floor, next(mark.sequence()));
        if (mark.version() > version) {
            Instant stamp = LedgerValues.latest(published, mark.published()).plusSeconds(1);
            Map<String, Entry> raised = new HashMap<>();
            entries.forEach((uid, e) -> raised.put(uid, e.sequence() >= nextFloor ? e : new Entry(e.hash(), nextFloor,
                    e.created(), stamp, e.removedAt(), e.session())));
            Map<String, Retired> raisedRetired = new HashMap<>();
            retired.forEach((uid, r) -> raisedRetired.put(uid, new Retired(Math.max(r.sequence(), nextFloor),
                    r.created())));
            return new LedgerState(raised, raisedRetired, mark.version() + 1, stamp, year, scheduleHash, nextFloor);
        }
        return damaged ? new LedgerState(entries, retired, version + 1, LedgerValues.latest(published,
                mark.published()), year, scheduleHash, nextFloor) : this;
    }

    /** The schedule as published: each session with its revision, and the sessions cancelled lately. */
    Edition edition(Schedule schedule) {
        Map<String, Revision> revisions = new HashMap<>();
        List<Session> cancelled = new ArrayList<>();
        entries.forEach((uid, entry) -> {
            revisions.put(uid, new Revision(entry.sequence(), entry.created(), entry.lastModified()));
            if (entry.removedAt() != null) {
                cancelled.add(entry.session().inZoneSameInstant(schedule.zone()));
            }
        });
        return new Edition(schedule, revisions, cancelled, version);
    }

    /** The present sessions as last published, in the frame (title, zone, …) of {@code shell}. */
    Edition lastPublished(Schedule shell) {
        List<Session> present = entries.values().stream()
                .filter(e -> e.removedAt() == null && e.session() != null)
                .map(e -> e.session().inZoneSameInstant(shell.zone())).toList();
        return edition(new Schedule(shell.source(), shell.title(), shell.zone(), shell.location(), shell.tracks(),
                present));
    }

    /**
     * The retired list only grows: past the limit, the sessions retired longest ago are forgotten.
     *
     * @return the floor above every forgotten SEQUENCE (0 when none is), so a forgotten session that comes back
     * starts above where it stopped
     */
    private static int trimRetired(Map<String, Retired> retired) {
        int floor = 0;
        if (retired.size() > MAX_ENTRIES) {
            for (String uid : retired.entrySet().stream().sorted(Comparator.comparing(e -> e.getValue().created()))
                    .limit(retired.size() - MAX_ENTRIES).map(Map.Entry::getKey).toList()) {
                floor = Math.max(floor, next(retired.remove(uid).sequence()));
            }
        }
        return floor;
    }

    /**
     * Everything a session's event shows, except where it stands in the file: moving a session down the
     * notes is not an edit. Includes the schedule-wide parts of the event (location, tracks), and the official
     * room and track names only when the official schedule gives them, so without one nothing changes.
     */
    static String contentHash(Schedule schedule, Session s) {
        String[] parts = {s.id(), String.valueOf(s.url()), String.join("\u0001", s.titles()),
                String.join("\u0001", s.speakers().stream().map(sp -> sp.name() + "\u0002" + sp.company()).toList()),
                Boolean.toString(s.starred()), Boolean.toString(s.tutorial()),
                s.start().toInstant().toString(), s.end().toInstant().toString(), s.start().getZone().getId(),
                s.notes(), s.notesMarkdown(), String.valueOf(schedule.location()),
                String.join("\u0001", schedule.tracksOf(s))};
        String notes = hash(parts) + (s.location() == null ? "" : hash(s.location()));
        return schedule.placement(s).map(p -> hash(notes, "official", String.valueOf(p.room()),
                String.join("\u0001", p.tracks().stream().map(schedule::trackTitle).toList()))).orElse(notes);
    }

    /** The parts of every feed that are not a session's: a change there is a new version of the feeds. */
    private static String scheduleHash(Schedule schedule) {
        return hash(schedule.source(), schedule.title(), schedule.zone().getId(), String.valueOf(schedule.location()),
                schedule.tracks().toString()) + (schedule.official().isNone() ? ""
                : hash(String.valueOf(schedule.official().name()), schedule.official().tracks().toString()));
    }

    private static String hash(String... parts) {
        return ContentHash.sha256(String.join("\u0000", parts).getBytes(StandardCharsets.UTF_8));
    }
}
