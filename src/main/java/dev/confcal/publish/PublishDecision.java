package dev.confcal.publish;

import java.util.List;

/**
 * What to do with a version of the notes that differs from the one served.
 *
 * @param reason   for HOLD and REFUSE: why, in words for the page, /healthz and the log
 * @param removals for HOLD: the sessions (ids) that publishing it would remove
 */
record PublishDecision(Kind kind, String reason, List<String> removals) {

    enum Kind {
        /** Publish it now. */
        PUBLISH,
        /** Not yet: publish it once it has stayed the same long enough (it may be a save in progress). */
        HOLD,
        /** Never as it is: it has errors, and a good edition is served. */
        REFUSE
    }

    static final PublishDecision PUBLISH = new PublishDecision(Kind.PUBLISH, null, List.of());

    PublishDecision {
        removals = List.copyOf(removals);
    }

    static PublishDecision hold(String reason, List<String> removals) {
        return new PublishDecision(Kind.HOLD, reason, removals);
    }

    static PublishDecision refuse(String reason) {
        return new PublishDecision(Kind.REFUSE, reason, List.of());
    }
}
