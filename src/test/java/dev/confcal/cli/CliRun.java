package dev.confcal.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** One run of the command line in this JVM, with its exit code and what it printed; the clock and terminal fixed. */
record CliRun(int code, String out, String err) {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T08:00:00Z"), ZoneOffset.UTC);

    /** As if to a file: 80 columns, no colour, no progress bar. */
    static CliRun run(String... args) {
        return run(Terminal.plain(), CLOCK, args);
    }

    static CliRun run(Terminal terminal, String... args) {
        return run(terminal, CLOCK, args);
    }

    /** A run, and what the process's own standard error received meanwhile: where the loggers write. */
    record Logged(CliRun run, String log) {
    }

    static Logged logging(String... args) {
        PrintStream original = System.err;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
            CliRun run = run(args);
            return new Logged(run, log.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(original);
        }
    }

    static CliRun run(Terminal terminal, Clock clock, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), clock, terminal);
        return new CliRun(code, out.toString(), err.toString());
    }
}
