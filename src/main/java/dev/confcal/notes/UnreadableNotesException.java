package dev.confcal.notes;

import dev.confcal.schedule.Problem;

/** The notes cannot be read at all (missing, not a file, not UTF-8): the message says which and where. */
public final class UnreadableNotesException extends Exception {

    private final transient Problem problem;

    UnreadableNotesException(String source, int line, String reason) {
        super(new Problem(source, line, reason).toString());
        this.problem = new Problem(source, line, reason);
    }

    public Problem problem() {
        return problem;
    }
}
