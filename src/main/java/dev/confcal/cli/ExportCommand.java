package dev.confcal.cli;

import dev.confcal.calendar.Edition;
import dev.confcal.calendar.IcsWriter;
import dev.confcal.notes.ParseResult;
import dev.confcal.publish.UnreadableNotesException;
import dev.confcal.publish.following.ExportRefresher;
import dev.confcal.publish.following.ScheduleFollowing;
import dev.confcal.publish.ledger.Ledger;
import dev.confcal.publish.ledger.UnusableLedgerException;
import dev.confcal.web.StaticExport;
import dev.confcal.web.feed.BaseUrl;
import dev.confcal.web.feed.TrackFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true, abbreviateSynopsis = true, descriptionHeading = "%n",
        header = "Writes the feeds and the landing page as static files, for any web server.",
        description = {"Writes calendar.ics, starred.ics, tracks/<track>.ics, sessions/<id>.ics, index.html (and"
                + " index.zh.html, the page in Chinese) and static/ to a folder that any web server can host as it is, laid out like serve's URLs. The ledger"
                + " of what was published keeps SEQUENCE growing and removed sessions cancelled from one export to"
                + " the next; it is kept in .confcal/ beside the notes, never in the folder written. Given a folder of"
                + " notes, it writes each conference under its slug (SLUG/calendar.ics …), every conference in one"
                + " feed (all/calendar.ics, all/starred.ics) and a front page (index.html)."},
        parameterListHeading = "%nArguments:%n", optionListHeading = "%nOptions:%n",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written (problems in the notes are listed, and what could be read is written)",
                "2:unusable input: a missing or unreadable notes file, a bad option, a ledger that is not confcal's"
                        + " or that another confcal holds",
                "3:confcal itself failed: the ledger or a file could not be written, or a bug"},
        footerHeading = "%nExamples:%n",
        footer = {"Write the feeds of your notes to site/:",
                "confcal export --out site my-notes.md",
                "For a site at https://cal.example.com/kubecon/, with absolute links on its page:",
                "confcal export --base-url https://cal.example.com/kubecon my-notes.md",
                "A folder of notes, one conference a file, for a site at https://you.github.io/notes:",
                "confcal export --out site --base-url https://you.github.io/notes notes/"})
final class ExportCommand implements Callable<Integer> {

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "out",
            description = "Where to write the files (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--state", paramLabel = "PATH",
            description = "The ledger of what was published (default: .confcal/NOTES.json in the notes' folder; for"
                    + " the bundled notes DIR.confcal-state.json beside DIR). Never inside DIR, which is public.")
    Path state;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "Where the folder will be hosted, such as https://cal.example.com, for absolute subscribe"
                    + " links on index.html (default: links relative to the page).")
    String baseUrl;

    @Option(names = {"-v", "--verbose"}, description = "List every file written, with its events and size.")
    boolean verbose;

    @Mixin
    NotesOptions notes;

    @Spec
    CommandSpec spec;

    private final Clock clock;
    private final Terminal terminal;

    ExportCommand(Clock clock, Terminal terminal) {
        this.clock = clock;
        this.terminal = terminal;
    }

    @Override
    @SuppressWarnings("try") // the progress bar is closed early, before anything else is printed under it
    public Integer call() throws IOException, UnusableLedgerException, UnreadableNotesException {
        StartupPhases.mark("command");
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        BaseUrl base;
        try {
            base = baseUrl == null ? null : BaseUrl.parse(baseUrl);
        } catch (IllegalArgumentException e) {
            throw CommandFailure.unusable("--base-url " + e.getMessage());
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw CommandFailure.unusable("--out " + out + " is a file, not a folder; give a folder (it is created if"
                    + " missing)");
        }
        if (notes.isFolder()) {
            notes.refuseForFolder(state);
            return FolderExport.run(notes.notes, out, base, notes, clock, stdout, err);
        }
        Path ledgerPath = NotesAndLedger.ledgerPath(notes, state, besideOut());
        if (inside(ledgerPath, out)) {
            throw CommandFailure.unusable("the ledger " + ledgerPath + " would be inside " + out + ", which is"
                    + " published as it is; give --state a path outside it");
        }
        try (Ledger ledger = NotesAndLedger.ledger(notes, state, ledgerPath, err);
             ProgressBar progress = ProgressBar.start(terminal, err)) {
            StartupPhases.mark("ledger");
            progress.phase("reading the notes");
            String text = notes.source().read();
            ParseResult result;
            try (ScheduleFollowing following = notes.following(clock, ledger.status().path(),
                    ScheduleFollowing.Mode.ONCE, ExportRefresher.DEFAULT_REFRESH).forTheOperator()) {
                ParseResult parsed = dev.confcal.publish.ParseDeadline.DEFAULT.parse(notes.source().name(), text,
                        () -> notes.parser(clock, ledger.year()));
                progress.phase("placing the sessions by the official schedule");
                result = following.place(parsed);
            }
            StartupPhases.mark("notes");
            if (dev.confcal.publish.ParseDeadline.gaveUp(result).isPresent()) { // not read: publishing would cancel
                progress.close();
                ProblemLines.print(result, err);
                throw new CommandFailure(ExitCodes.UNUSABLE, null); // the problems say why
            }
            progress.print(() -> {
                ProblemLines.print(result, err);
                for (String track : TrackFiles.skipped(result.schedule())) {
                    err.println("warning: track \"" + track + "\" is not written: its name cannot be a file name");
                }
            });
            progress.phase("recording what is published in the ledger");
            Edition edition = ledger.publish(result.schedule(), result.guessedYear(), clock.instant());
            if (!result.hasErrors()) {
                ledger.rememberGoodNotes(text);
            }
            StartupPhases.mark("ledger");
            if (terminal.interactive()) { // weighing the files costs a selection per track: only for a bar
                FilesWrittenSince done = new FilesWrittenSince(out, java.time.Instant.now(), result.schedule());
                progress.phase("writing the files", done, done.total());
            }
            List<StaticExport.WrittenFile> written;
            try {
                written = new StaticExport(new IcsWriter()).write(edition, out, base);
            } catch (IOException e) {
                progress.close();
                throw CommandFailure.internal("cannot write the export to " + out + ": " + WriteFailure.reason(e)
                        + "; files already there were left as they were or replaced whole");
            }
            progress.close();
            ExportReport.print(stdout, result, written, out, verbose);
            StartupPhases.mark("render");
            return ExitCodes.OK;
        }
    }

    /** Where the ledger of bundled notes is kept: beside the output folder. */
    private Path besideOut() {
        Path dir = out.toAbsolutePath().normalize();
        return dir.resolveSibling(dir.getFileName() + ".confcal-state.json");
    }

    /** The ledger (and so its lock and last good notes beside it) inside {@code dir}, wherever links lead. */
    static boolean inside(Path ledger, Path dir) {
        return dev.confcal.publish.ledger.StatePaths.inside(ledger, dir);
    }
}
