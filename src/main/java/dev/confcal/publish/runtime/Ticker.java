package dev.confcal.publish.runtime;

import java.time.Clock;

/**
 * Monotonic time, for every wait: how long the notes have stayed the same, how long since the heap ran out. The
 * wall clock is for what is written down (DTSTAMP, the ledger); a clock step of an hour must not make a removal
 * that waits 30 s publish at once. Tests give a clock that is also a ticker, and move both.
 */
@FunctionalInterface
public interface Ticker {

    Ticker SYSTEM = System::nanoTime;

    /** Nanoseconds from an arbitrary origin; only differences mean anything. */
    long nanos();

    /** The clock's own ticker when it has one (a test's), else the system's. */
    static Ticker of(Clock clock) {
        return clock instanceof Ticker ticker ? ticker : SYSTEM;
    }
}
