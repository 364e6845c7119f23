package dev.confcal.cli;

import dev.confcal.publish.UnreadableNotesException;
import dev.confcal.publish.ledger.LedgerWriteException;
import dev.confcal.publish.ledger.UnusableLedgerException;
import picocli.CommandLine;

/** The one place an exception thrown out of a command becomes an exit code ({@link ExitCodes}), for {@link Main}. */
final class ExitCodeMapper implements CommandLine.IExitCodeExceptionMapper {

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
            return ExitCodes.UNUSABLE;
        }
        return ExitCodes.INTERNAL; // LedgerWriteException (the disk), or a bug
    }

    /** Whether the exception is one a command fails with, said in its message; else a bug, said as one. */
    static boolean expected(Throwable exception) {
        return exception instanceof CommandFailure || exception instanceof UnreadableNotesException
                || exception instanceof UnusableLedgerException || exception instanceof LedgerWriteException;
    }
}
