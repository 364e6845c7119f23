package dev.confcal.publish;

import dev.confcal.calendar.Edition;
import dev.confcal.notes.ParseResult;
import dev.confcal.schedule.Problem;
import java.time.Instant;
import java.util.List;

/**
 * What a {@link LiveEdition} serves now, and what the last look at the notes found.
 *
 * @param problems   the problems of the last look (the served edition may be older), first why it was not
 *                   published when it was not
 * @param notices    what the last look assumed (the time zone, a title from a link) and what the official
 *                   schedule changed (a moved talk): not problems, but worth saying
 * @param loadedAt   when what is served last changed: the ledger's latest DTSTAMP, which never goes back
 * @param current    false when the notes differ from what is served (refused or held back)
 * @param generation grows whenever the served edition changes; rendered feeds are cached by it
 * @param notesHash  SHA-256 of the notes text the served edition was published from (null while serving what
 *                   the ledger kept, at start)
 */
public record EditionState(Edition edition, List<Problem> problems, List<Problem> notices,
                           Instant loadedAt, Instant checkedAt, boolean current, long generation, String notesHash) {
    public EditionState {
        problems = List.copyOf(problems);
        notices = List.copyOf(notices);
    }

    /** The same edition, after another look at the notes. */
    EditionState looked(List<Problem> found, Instant at, boolean isCurrent) {
        return new EditionState(edition, found, notices, loadedAt, at, isCurrent, generation, notesHash);
    }

    EditionState looked(ParseResult result, Instant at, boolean isCurrent) {
        return new EditionState(edition, result.problems(), result.notices(), loadedAt, at, isCurrent, generation,
                notesHash);
    }
}
