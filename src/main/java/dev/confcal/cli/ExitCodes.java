package dev.confcal.cli;

import dev.confcal.publish.UnreadableNotesException;
import dev.confcal.publish.ledger.LedgerWriteException;
import dev.confcal.publish.ledger.UnusableLedgerException;
import picocli.CommandLine;

/**
 * Distinct exit codes, so scripts can tell bad notes from bad input from a bug; and the one place an exception
 * thrown out of a command becomes one.
 */
final class ExitCodes implements CommandLine.IExitCodeExceptionMapper {
    static final int OK = 0;
    /** The notes were read, with problems. */
    static final int PROBLEMS = 1;
    /** Unusable input: a missing file, not UTF-8, a bad option. */
    static final int UNUSABLE = 2;
    /** confcal itself failed (a bug or the disk): not the user's fault. */
    static final int INTERNAL = 3;

    @Override
    public int getExitCode(Throwable exception) {
        return of(exception);
    }

    /** The exit code for what a command threw. */
    static int of(Throwable exception) {
        if (exception instanceof CommandFailure failure) {
            return failure.exitCode();
        }
        if (exception instanceof UnreadableNotesException || exception instanceof UnusableLedgerException) {
            return UNUSABLE;
        }
        return INTERNAL; // LedgerWriteException (the disk), or a bug
    }

    /** Whether the exception is one a command fails with, said in its message; else a bug, said as one. */
    static boolean expected(Throwable exception) {
        return exception instanceof CommandFailure || exception instanceof UnreadableNotesException
                || exception instanceof UnusableLedgerException || exception instanceof LedgerWriteException;
    }
}
