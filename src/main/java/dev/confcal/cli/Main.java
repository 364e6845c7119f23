package dev.confcal.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code confcal} command: conference notes in Markdown → iCalendar feeds. */
@Command(name = "confcal", mixinStandardHelpOptions = true, versionProvider = Version.class,
        abbreviateSynopsis = true, descriptionHeading = "%n", synopsisSubcommandLabel = "COMMAND",
        description = "Turns conference notes in Markdown into subscribable iCalendar (.ics) feeds.",
        optionListHeading = "%nOptions:%n", commandListHeading = "%nCommands:%n", footerHeading = "%nExamples:%n",
        footer = {"See how confcal reads your notes, and every problem at its line:",
                "confcal check my-notes.md",
                "Serve the feeds and a page to subscribe from at http://localhost:8080/:",
                "confcal serve my-notes.md",
                "Write them as files for any web server:",
                "confcal export --out site my-notes.md",
                "",
                "Each command says more with --help, such as confcal check --help."},
        subcommands = {ServeCommand.class, ExportCommand.class, CheckCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        StartupPhases.mark("main");
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err, Clock.systemUTC(), Terminal.detect()));
    }

    /** Runs a command line as if to a file: 80 columns, no colour, no progress bar. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Clock clock) {
        return run(args, out, err, clock, Terminal.plain());
    }

    /**
     * Runs a command line and returns its exit code; {@code serve} returns when the server has stopped.
     */
    static int run(String[] args, PrintWriter out, PrintWriter err, Clock clock, Terminal terminal) {
        CommandLine commandLine = new CommandLine(new Main(), new Factory(clock, terminal));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.registerConverter(Long.class, Values::whole);
        commandLine.registerConverter(long.class, Values::whole);
        commandLine.registerConverter(Boolean.class, Values::bool);
        commandLine.registerConverter(boolean.class, Values::bool);
        HelpLayout.install(commandLine, terminal);
        commandLine.setExitCodeExceptionMapper(new ExitCodeMapper());
        commandLine.setExecutionExceptionHandler((exception, line, parsed) -> {
            int exitCode = commandLine.getExitCodeExceptionMapper().getExitCode(exception);
            if (ExitCodeMapper.expected(exception)) {
                if (exception.getMessage() != null) {
                    err.println("confcal: " + exception.getMessage());
                }
                return exitCode;
            }
            err.println("confcal: internal error: " + exception);
            if (System.getenv("CONFCAL_DEBUG") != null) {
                exception.printStackTrace(err);
            } else {
                err.println("(set CONFCAL_DEBUG=1 to see where)");
            }
            return exitCode;
        });
        commandLine.setParameterExceptionHandler(new UsageErrors());
        return commandLine.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Gives the commands the clock (tests fix it, so output is byte-stable) and the terminal. */
    private record Factory(Clock clock, Terminal terminal) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            try {
                return type.getDeclaredConstructor(Clock.class, Terminal.class).newInstance(clock, terminal);
            } catch (NoSuchMethodException e) {
                try {
                    return type.getDeclaredConstructor(Clock.class).newInstance(clock);
                } catch (NoSuchMethodException e2) {
                    return CommandLine.defaultFactory().create(type);
                }
            }
        }
    }
}
