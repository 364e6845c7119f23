package dev.confcal.publish;

import dev.confcal.schedule.Problem;
import dev.confcal.schedule.ProblemCode;

/** The notes cannot be read at all (missing, not a file, not UTF-8): the message says which and where. */
public final class UnreadableNotesException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Problem problem;
    private final boolean noFile;

    UnreadableNotesException(String source, int line, String reason, boolean noFile) {
        this(ProblemCode.UNREADABLE_NOTES.at(source, line, reason), noFile);
    }

    private UnreadableNotesException(Problem problem, boolean noFile) {
        super(problem.toString());
        this.problem = problem;
        this.noFile = noFile;
    }

    public Problem problem() {
        return problem;
    }

    /**
     * Whether there is no notes file to read at all (missing, a directory, a FIFO or device), rather than a file
     * whose content is unusable (not UTF-8, too big): at start, the first is a mistyped path, the second an edit.
     */
    public boolean noFile() {
        return noFile;
    }
}
