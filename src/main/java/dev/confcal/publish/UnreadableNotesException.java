package dev.confcal.publish;

import dev.confcal.schedule.Problem;

/** The notes cannot be read at all (missing, not a file, not UTF-8): the message says which and where. */
public final class UnreadableNotesException extends Exception {

    private final transient Problem problem;

    UnreadableNotesException(String source, int line, String reason) {
        super(Problem.error(source, line, "unreadable-notes", reason).toString());
        this.problem = Problem.error(source, line, "unreadable-notes", reason);
    }

    public Problem problem() {
        return problem;
    }
}
