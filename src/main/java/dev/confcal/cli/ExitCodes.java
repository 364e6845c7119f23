package dev.confcal.cli;

/** Distinct exit codes, so scripts can tell bad notes from bad input from a bug. */
final class ExitCodes {
    static final int OK = 0;
    /** The notes were read, with problems. */
    static final int PROBLEMS = 1;
    /** Unusable input: a missing file, not UTF-8, a bad option. */
    static final int UNUSABLE = 2;
    /** confcal itself failed (a bug or the disk): not the user's fault. */
    static final int INTERNAL = 3;

    private ExitCodes() {
    }
}
