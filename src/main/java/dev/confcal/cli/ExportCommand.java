package dev.confcal.cli;

import dev.confcal.calendar.Edition;
import dev.confcal.calendar.IcsWriter;
import dev.confcal.notes.ParseResult;
import dev.confcal.publish.Ledger;
import dev.confcal.publish.OfficialFollower;
import dev.confcal.publish.ScheduleFollowing;
import dev.confcal.publish.LedgerWriteException;
import dev.confcal.publish.UnreadableNotesException;
import dev.confcal.publish.UnusableLedgerException;
import dev.confcal.web.BaseUrl;
import dev.confcal.web.StaticExport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes calendar.ics, starred.ics, tracks/<track>.ics, sessions/<id>.ics and index.html to a",
                "folder that can be hosted as static files."})
final class ExportCommand implements Callable<Integer> {

    @Mixin
    NotesOptions notes;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "out",
            description = "Where to write the files (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--state", paramLabel = "PATH",
            description = "The ledger of what was published (default: NOTES.confcal-state.json beside the notes;"
                    + " for the bundled notes DIR.confcal-state.json beside DIR). Never inside DIR, which is public.")
    Path state;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "Where the folder will be hosted, for absolute subscribe links on index.html.")
    String baseUrl;

    @Spec
    CommandSpec spec;

    private final Clock clock;

    ExportCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        BaseUrl base;
        try {
            base = baseUrl == null ? null : BaseUrl.parse(baseUrl);
        } catch (IllegalArgumentException e) {
            err.println("confcal: --base-url " + e.getMessage());
            return ExitCodes.UNUSABLE;
        }
        Path ledgerPath = ledgerFile();
        if (ledgerPath != null && inside(ledgerPath, out)) {
            err.println("confcal: the ledger " + ledgerPath + " would be inside " + out + ", which is published as it"
                    + " is; give --state a path outside it");
            return ExitCodes.UNUSABLE;
        }
        try (Ledger ledger = Loaded.ledger(notes, state, ledgerPath, err)) {
            String text = notes.source().read();
            ParseResult result;
            try (ScheduleFollowing following = notes.following(clock, ledger.status().path(),
                    ScheduleFollowing.Mode.ONCE, OfficialFollower.DEFAULT_REFRESH)) {
                result = following.place(notes.parser(clock, ledger.year()).parse(notes.source().name(), text));
            }
            Loaded.printProblems(result, err);
            for (String track : StaticExport.skippedTracks(result.schedule())) {
                err.println("warning: track \"" + track + "\" is not written: its name cannot be a file name");
            }
            Edition edition = ledger.publish(result.schedule(), result.guessedYear(), clock.instant());
            if (!result.hasErrors()) {
                ledger.rememberGoodNotes(text);
            }
            List<StaticExport.WrittenFile> written = new StaticExport(new IcsWriter()).write(edition, out, base);
            for (StaticExport.WrittenFile file : written) {
                stdout.printf(Locale.ROOT, "%-40s %4d %s %7.1f KB%n", file.path(), file.events(),
                        file.events() == 1 ? "event " : "events", file.bytes() / 1024.0);
            }
            stdout.printf(Locale.ROOT, "%d sessions (%d starred) from %s%s%n", result.schedule().sessions().size(),
                    result.schedule().sessions().stream().filter(s -> s.starred()).count(), result.schedule().source(),
                    result.clean() ? "" : "; " + result.problems().size() + " problems (see confcal check)");
            return ExitCodes.OK;
        } catch (UnusableLedgerException | UnreadableNotesException e) {
            err.println("confcal: " + e.getMessage());
            return ExitCodes.UNUSABLE;
        } catch (LedgerWriteException e) {
            err.println("confcal: " + e.getMessage());
            return ExitCodes.INTERNAL;
        }
    }

    /** {@code --state}, else beside the notes, else (bundled notes) beside the output folder. */
    private Path ledgerFile() {
        if (state != null) {
            return state;
        }
        if (notes.notes != null) {
            return dev.confcal.publish.StatePaths.besideNotes(notes.notes);
        }
        Path dir = out.toAbsolutePath().normalize();
        return dir.resolveSibling(dir.getFileName() + ".confcal-state.json");
    }

    static boolean inside(Path file, Path dir) {
        return file.toAbsolutePath().normalize().startsWith(dir.toAbsolutePath().normalize());
    }
}
