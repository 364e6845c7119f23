package dev.confcal.schedule;

import java.util.Objects;

/** Something wrong in a notes file, located so a person can fix it: {@code notes.md:42: …}. */
public record Problem(String source, int line, String message) {

    public Problem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return line > 0 ? source + ":" + line + ": " + message : source + ": " + message;
    }
}
