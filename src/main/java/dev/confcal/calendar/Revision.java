package dev.confcal.calendar;

import java.time.Instant;

/**
 * What a calendar client needs to tell an update from a new event: SEQUENCE grows with every published
 * change, and DTSTAMP / LAST-MODIFIED move only when the session's content does.
 */
public record Revision(int sequence, Instant created, Instant lastModified) {

    public Revision {
        if (sequence < 0) {
            throw new IllegalArgumentException("sequence must not be negative: " + sequence);
        }
    }
}
