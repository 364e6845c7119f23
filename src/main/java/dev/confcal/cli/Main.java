package dev.confcal.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code confcal} command: conference notes in Markdown → iCalendar feeds. */
@Command(name = "confcal", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Turns conference notes in Markdown into subscribable iCalendar (.ics) feeds.",
        subcommands = {ExportCommand.class, CheckCommand.class, ServeCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err, Clock.systemUTC()));
    }

    /**
     * Runs a command line and returns its exit code; {@code serve} returns when the server has stopped.
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Clock clock) {
        CommandLine commandLine = new CommandLine(new Main(), new Factory(clock));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((exception, line, parsed) -> {
            err.println("confcal: internal error: " + exception);
            if (System.getenv("CONFCAL_DEBUG") != null) {
                exception.printStackTrace(err);
            } else {
                err.println("(set CONFCAL_DEBUG=1 to see where)");
            }
            return ExitCodes.INTERNAL;
        });
        commandLine.setParameterExceptionHandler((exception, arguments) -> {
            err.println("confcal: " + exception.getMessage());
            exception.getCommandLine().usage(err);
            return ExitCodes.UNUSABLE;
        });
        return commandLine.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Gives the commands the clock (tests fix it, so output is byte-stable). */
    private record Factory(Clock clock) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            try {
                return type.getDeclaredConstructor(Clock.class).newInstance(clock);
            } catch (NoSuchMethodException e) {
                return CommandLine.defaultFactory().create(type);
            }
        }
    }
}
