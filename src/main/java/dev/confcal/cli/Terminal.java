package dev.confcal.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * Where the output goes, decided once at start: how wide a line may be, whether to colour it, and whether a
 * progress bar may redraw itself. Tests build one with fixed values; {@link #detect} asks the environment.
 *
 * @param width       columns a line may use: {@code COLUMNS}, else the terminal's width, else 80
 * @param colour      ANSI colours on standard output: only on a terminal, never with {@code NO_COLOR}
 * @param interactive a person watches standard error: a progress bar may be drawn there
 */
record Terminal(int width, boolean colour, boolean interactive) {

    static final int DEFAULT_WIDTH = 80;
    /** Narrower than this, no table or help text can be laid out sensibly: lines just get longer. */
    static final int MIN_WIDTH = 40;

    Terminal {
        width = Math.max(MIN_WIDTH, width);
    }

    /** Output to a file or a pipe: 80 columns, no colour, no progress bar. */
    static Terminal plain() {
        return new Terminal(DEFAULT_WIDTH, false, false);
    }

    /** Asks the process's environment and file descriptors. */
    static Terminal detect() {
        boolean tty = System.console() != null; // standard input and output are both a terminal
        return from(System.getenv(), tty, tty && stderrIsTerminal(), () -> new UsageMessageSpec().autoWidth(true)
                .width());
    }

    /**
     * @param env          the environment ({@code COLUMNS}, {@code NO_COLOR}, {@code CLICOLOR_FORCE}, {@code TERM})
     * @param stdoutTty    standard output is a terminal
     * @param stderrTty    standard error is a terminal
     * @param measureWidth the terminal's width, asked only when {@code COLUMNS} is not set and there is a terminal
     */
    static Terminal from(Map<String, String> env, boolean stdoutTty, boolean stderrTty,
                         java.util.function.IntSupplier measureWidth) {
        boolean dumb = "dumb".equals(env.get("TERM"));
        Integer columns = columns(env.get("COLUMNS"));
        int width = columns != null ? columns : stdoutTty && !dumb ? measureWidth.getAsInt() : DEFAULT_WIDTH;
        boolean noColour = !env.getOrDefault("NO_COLOR", "").isEmpty(); // https://no-color.org
        String force = env.getOrDefault("CLICOLOR_FORCE", "");
        boolean forced = !force.isEmpty() && !force.equals("0");
        boolean colour = !noColour && (forced || (stdoutTty && !dumb));
        return new Terminal(width, colour, stderrTty && !dumb);
    }

    private static Integer columns(String value) {
        if (value == null || !value.strip().matches("\\d{1,4}")) {
            return null;
        }
        int columns = Integer.parseInt(value.strip());
        return columns == 0 ? null : columns;
    }

    /**
     * On Linux standard error's descriptor names its device; elsewhere the console is taken as the answer. Not JLine
     * or Jansi (issue 20): Java 17 cannot ask isatty(2) itself, and they ask it through a native library unpacked
     * into a temporary folder, or a child process; building JLine 3.26's system terminal took 264 ms on the 2-core
     * machine, for a progress bar. Java 22's {@code Console.isTerminal()} is the replacement when Java 17 goes.
     */
    private static boolean stderrIsTerminal() {
        try {
            String device = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return device.startsWith("/dev/pts/") || device.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return true;
        }
    }
}
