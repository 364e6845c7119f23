package dev.confcal.testing;

import dev.confcal.publish.runtime.Ticker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock that stands still until a test moves it: for the publishing and the web tests alike. It is also the
 * monotonic {@link Ticker} of what runs on it: {@link #advance} is time passing (both move forward; a negative one
 * moves the wall clock only), {@link #step} and {@link #set} are the wall clock being set (the ticker stays).
 */
public final class MovableClock extends Clock implements Ticker {
    private volatile Instant now = Instant.parse("2026-11-25T08:00:00Z");
    private volatile long nanos;

    public void advance(Duration by) {
        now = now.plus(by);
        if (!by.isNegative()) {
            nanos += by.toNanos();
        }
    }

    /** The wall clock set forward or back by {@code by}, as NTP or an operator does: no time passes. */
    public void step(Duration by) {
        now = now.plus(by);
    }

    public void set(Instant instant) {
        now = instant;
    }

    @Override
    public long nanos() {
        return nanos;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
