package dev.confcal.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * When each phase of a start ended, for {@code bench/startup.sh}: with {@code -Dconfcal.phases=FILE} every
 * {@link #mark} appends a line {@code NAME MICROS} (microseconds since the epoch, the clock the bench's own
 * stopwatch reads) to FILE. Without the property nothing is timed, written or loaded.
 */
final class StartupPhases {

    private static final String FILE = System.getProperty("confcal.phases");

    private StartupPhases() {
    }

    /** The phase named {@code name} ends now. */
    static void mark(String name) {
        if (FILE == null || FILE.isEmpty()) {
            return;
        }
        Instant now = Instant.now();
        long micros = now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000;
        try {
            Files.writeString(Path.of(FILE), name + " " + micros + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot write the start-up phases to " + FILE, e);
        }
    }
}
