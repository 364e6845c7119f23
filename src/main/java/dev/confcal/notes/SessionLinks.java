package dev.confcal.notes;

import java.util.Optional;

/** The session-link recognisers, for other stages that meet session page URLs (an official schedule's events). */
public final class SessionLinks {

    private SessionLinks() {
    }

    /** The UID the notes reader gives a session linking to {@code url}, or empty for a URL of no known platform. */
    public static Optional<String> uidOf(String url) {
        return SchedulePlatform.session(url).map(SessionLink::uid);
    }
}
