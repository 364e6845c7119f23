package dev.confcal.cli;

import dev.confcal.notes.ParseResult;
import dev.confcal.publish.UnreadableNotesException;
import dev.confcal.publish.following.ExportRefresher;
import dev.confcal.publish.following.ScheduleFollowing;
import dev.confcal.publish.ledger.LedgerYear;
import dev.confcal.publish.ledger.UnusableLedgerException;
import dev.confcal.schedule.Problem;
import dev.confcal.schedule.ProblemCode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

@Command(name = "check", mixinStandardHelpOptions = true, abbreviateSynopsis = true, descriptionHeading = "%n",
        header = "Shows how confcal reads the notes, and every problem at its line.",
        description = {"Prints the schedule as confcal reads it, a day at a time, then every problem in the form"
                + " editors and CI read (notes.md:42: error: …) with what to write instead, and what confcal assumed"
                + " where the notes say nothing (notice:). Nothing is written: the ledger that serve and export keep"
                + " is only read, for the year they assumed. Given a folder of notes: one summary line per conference with"
                + " its problems, and every file skipped with why."},
        parameterListHeading = "%nArguments:%n", optionListHeading = "%nOptions:%n",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:clean, or notices only",
                "1:errors or warnings: sessions that may be missing, misplaced or mis-timed, or read with a fallback",
                "2:unusable input: a missing or unreadable notes file, a bad option"},
        footerHeading = "%nExamples:%n",
        footer = {"Read your notes and list every problem at its line:",
                "confcal check my-notes.md",
                "The same for a script: sessions, problems, notices and the official schedule's differences:",
                "confcal check --format json my-notes.md",
                "With rooms and exact times from the conference's official schedule:",
                "confcal check --schedule auto my-notes.md"})
final class CheckCommand implements Callable<Integer> {

    /** How the report is written: for a person, or for a script. */
    enum Format { TEXT, JSON }

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", converter = FormatConverter.class,
            description = "text: a table fitted to the terminal, then the problems; json: everything, for scripts"
                    + " (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--state", paramLabel = "PATH",
            description = "The ledger serve and export keep, read (never written or locked) for the year they assumed"
                    + " when the notes name none (default: .confcal/NOTES.json in the notes' folder).")
    Path state;

    @Mixin
    NotesOptions notes;

    @Spec
    CommandSpec spec;

    private final Clock clock;
    private final Terminal terminal;

    CheckCommand(Clock clock, Terminal terminal) {
        this.clock = clock;
        this.terminal = terminal;
    }

    @Override
    public Integer call() throws UnreadableNotesException, java.io.IOException {
        StartupPhases.mark("command");
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (notes.isFolder()) {
            notes.refuseForFolder(state);
            return FolderCheck.run(notes.notes, notes, format, clock, out);
        }
        Path ledger = NotesAndLedger.ledgerToRead(notes, state);
        Integer ledgerYear = ledgerYear(ledger, err);
        StartupPhases.mark("ledger");
        ParseResult result;
        Optional<ExportRefresher.Status> following;
        try (ScheduleFollowing schedule = notes.following(clock, null, ScheduleFollowing.Mode.ONCE,
                ExportRefresher.DEFAULT_REFRESH).forTheOperator()) {
            result = schedule.place(NotesAndLedger.parse(notes, clock, ledgerYear));
            following = schedule.status();
        }
        StartupPhases.mark("notes");
        CheckJson.Year year = null;
        if (result.guessedYear() != null) {
            boolean recorded = result.guessedYear().equals(ledgerYear);
            year = new CheckJson.Year(result.guessedYear(), recorded ? "ledger" : "clock");
            if (recorded) {
                result = saying(result, "; " + ledgerYear + " is the year serve and export recorded in "
                        + ledger.getFileName());
            }
        }
        int exitCode = result.clean() ? ExitCodes.OK : ExitCodes.PROBLEMS;
        if (format == Format.JSON) {
            out.print(CheckJson.render(result, year, following, exitCode));
        } else {
            CheckTable.print(out, result, terminal);
        }
        out.flush();
        StartupPhases.mark("render");
        return exitCode;
    }

    /** The year serve and export recorded, or null; a ledger that cannot be read is said, and the clock used. */
    private static Integer ledgerYear(Path ledger, PrintWriter err) {
        if (ledger == null) {
            return null;
        }
        try {
            return LedgerYear.read(ledger).orElse(null);
        } catch (UnusableLedgerException e) {
            err.println("confcal: " + e.getMessage() + "; the year is assumed from the clock where the notes name"
                    + " none");
            return null;
        }
    }

    /** The year-assumed notice, saying where the year came from. */
    private static ParseResult saying(ParseResult result, String suffix) {
        List<Problem> all = new ArrayList<>();
        for (Problem problem : result.all()) {
            all.add(problem.kind() == ProblemCode.YEAR_ASSUMED ? problem.withSuffix(suffix) : problem);
        }
        return new ParseResult(result.schedule(), all, result.guessedYear(), result.request());
    }

    /** {@code text} or {@code json}, in any case. */
    static final class FormatConverter implements ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            try {
                return Format.valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("is not a format: give text or json");
            }
        }
    }
}
