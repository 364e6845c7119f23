package dev.confcal.schedule;

import java.util.Objects;

/**
 * Something wrong in a notes file, located so a person can fix it: {@code notes.md:42: …}.
 *
 * @param line     1-based, or 0 for the file as a whole
 * @param kind     which problem of the catalogue; its {@link #code()} is stable and machine-readable
 *                 ({@code unreadable-time}), for scripts and tests; the message may change
 * @param severity what it means for publishing
 */
public record Problem(String source, int line, ProblemCode kind, Severity severity, String message) {

    /** How much a problem matters to what confcal publishes. */
    public enum Severity {
        /**
         * Something that looks like a session, a day, a time or a setting could not be read, so sessions may be
         * missing, misplaced or wrong: such an edit never replaces a good edition.
         */
        ERROR,
        /** Read with a fallback the person should know about (a default duration); publishing goes on. */
        WARNING,
        /** What confcal assumed where the notes say nothing (the time zone, a title from the URL). */
        NOTICE
    }

    public Problem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    /** An error of the catalogue's {@code code} with a message of its own. */
    public static Problem error(String source, int line, String code, String message) {
        return new Problem(source, line, ProblemCode.of(code), Severity.ERROR, message);
    }

    /** A warning of the catalogue's {@code code} with a message of its own. */
    public static Problem warning(String source, int line, String code, String message) {
        return new Problem(source, line, ProblemCode.of(code), Severity.WARNING, message);
    }

    /** The stable, machine-readable code, such as {@code unreadable-time}. */
    public String code() {
        return kind.code();
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The same problem with more said after the message. */
    public Problem withSuffix(String suffix) {
        return new Problem(source, line, kind, severity, message + suffix);
    }

    @Override
    public String toString() {
        return line > 0 ? source + ":" + line + ": " + message : source + ": " + message;
    }
}
