package dev.confcal.cli;

/**
 * A command that cannot do its job, thrown out of it: {@link Main} says its message after {@code confcal: } and
 * exits with its code (see {@link ExitCodeMapper}).
 */
final class CommandFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int exitCode;

    /** @param message what to say, or null when the command has said it already */
    CommandFailure(int exitCode, String message) {
        super(message, null, false, false);
        this.exitCode = exitCode;
    }

    /** The input cannot be used: a bad option value, a missing or unfit file. */
    static CommandFailure unusable(String message) {
        return new CommandFailure(ExitCodes.UNUSABLE, message);
    }

    /** confcal itself failed: the disk, or a bug. */
    static CommandFailure internal(String message) {
        return new CommandFailure(ExitCodes.INTERNAL, message);
    }

    int exitCode() {
        return exitCode;
    }
}
