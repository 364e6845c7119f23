package dev.confcal.cli;

import dev.confcal.calendar.Edition;
import dev.confcal.calendar.IcsWriter;
import dev.confcal.notes.ParseResult;
import dev.confcal.publish.ParseDeadline;
import dev.confcal.publish.following.ScheduleFollowing;
import dev.confcal.publish.ledger.Ledger;
import dev.confcal.publish.ledger.StateFolder;
import dev.confcal.publish.ledger.StatePaths;
import dev.confcal.publish.ledger.UnusableLedgerException;
import dev.confcal.web.StaticExport;
import dev.confcal.web.StaticFolderExport;
import dev.confcal.web.feed.BaseUrl;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code export DIR}: every conference of a notes folder through its own ledger ({@code .confcal/SLUG.json}) to
 * {@code OUT/SLUG/}, every conference in one feed in {@code OUT/all/}, and a front page. A conference whose notes
 * file is gone (renamed, moved or deleted) is a mass removal, and held as the server holds one: its feeds keep what was
 * last published, from the last good notes kept in the state folder, and the export says so on every run.
 */
final class FolderExport {

    private FolderExport() {
    }

    static int run(Path dir, Path out, BaseUrl base, NotesOptions options, Clock clock, PrintWriter stdout,
                   PrintWriter err) throws IOException, UnusableLedgerException {
        FolderNotes.Folder folder = FolderNotes.read(dir, options, clock);
        if (StatePaths.inside(folder.stateDir(), out)) {
            throw CommandFailure.unusable("the state folder " + folder.stateDir() + " would be inside " + out
                    + ", which is published as it is; give --out or --state-dir a path outside the other");
        }
        FolderNotes.printHints(folder, err);
        List<StaticFolderExport.Conference> written = new ArrayList<>();
        for (FolderNotes.Read read : folder.conferences()) {
            try (Ledger ledger = FolderNotes.openLedger(read.ledger(), read.shown(), err)) {
                ParseResult result;
                try (ScheduleFollowing following = FolderNotes.following(read, clock, read.ledger())) {
                    result = following.place(read.result());
                }
                if (ParseDeadline.gaveUp(result).isPresent()) { // not read: publishing it would cancel every session
                    ProblemLines.print(result, err);
                    held(read.slug(), read.file().relative(), ledger, options, clock, err,
                            "its notes could not be read in time")
                            .ifPresent(written::add);
                    continue;
                }
                ProblemLines.print(result, err);
                Edition edition = ledger.publish(result.schedule(), result.guessedYear(), clock.instant());
                if (!result.hasErrors()) {
                    ledger.rememberGoodNotes(read.text());
                }
                written.add(new StaticFolderExport.Conference(read.slug(), edition));
            }
        }
        for (FolderNotes.Held gone : folder.held()) {
            try (Ledger ledger = FolderNotes.openLedger(gone.ledger(), null, err)) {
                String file = gone.file() == null ? gone.slug() + ".md" : gone.file();
                held(gone.slug(), file, ledger, options, clock, err, file + " is no longer in " + dir
                        + " (deleted, or renamed with other sessions)").ifPresent(written::add);
            }
        }
        folder.renamed().forEach(renamed -> err.println("confcal: " + renamed));
        StateFolder.prepare(folder.stateDir());
        folder.registry().write(folder.stateDir());
        if (written.isEmpty()) {
            throw CommandFailure.unusable("no notes with sessions in " + dir + " (" + folder.skipped().size()
                    + " files skipped; confcal check " + dir + " says why)");
        }
        written.sort(java.util.Comparator.comparing(StaticFolderExport.Conference::slug));
        java.util.Map<String, String> owner = new java.util.HashMap<>();
        for (StaticFolderExport.Conference conference : written) {
            java.util.Map<String, Integer> shared = new java.util.TreeMap<>();
            for (var session : conference.edition().schedule().sessions()) {
                String first = owner.putIfAbsent(session.uid(), conference.slug());
                if (first != null && !first.equals(conference.slug())) {
                    shared.merge(first, 1, Integer::sum);
                }
            }
            shared.forEach((first, n) -> err.println("warning: " + conference.slug() + "/: " + n + " of its sessions"
                    + " are also in " + first + "/ (the same schedule links): " + StaticFolderExport.ALL
                    + "/ holds each once, as " + first + "/ has it"));
        }
        List<StaticExport.WrittenFile> files;
        try {
            files = new StaticFolderExport(new IcsWriter()).write(written, out, base,
                    LocalDate.now(clock));
        } catch (IOException e) {
            throw CommandFailure.internal("cannot write the export to " + out + ": " + WriteFailure.reason(e)
                    + "; files already there were left as they were or replaced whole");
        }
        report(stdout, written, files, out, folder.skipped().size());
        return ExitCodes.OK;
    }

    /** @param file the notes file it was read from, whose name the parse gives the title when the notes give none */
    private static Optional<StaticFolderExport.Conference> held(String slug, String file, Ledger ledger,
                                                                NotesOptions options, Clock clock, PrintWriter err,
                                                                String why) {
        Optional<String> notes = ledger.lastGoodNotes();
        if (notes.isEmpty()) {
            err.println("warning: " + slug + "/: " + why + ", and no last good notes are kept for it: its feeds are"
                    + " not written");
            return Optional.empty();
        }
        String name = file.substring(file.lastIndexOf('/') + 1);
        ParseResult last = ParseDeadline.DEFAULT.parse(name, notes.get(),
                () -> options.parser(clock, ledger.year()));
        Edition edition = ledger.publish(last.schedule(), last.guessedYear(), clock.instant());
        err.println("warning: " + slug + "/: " + why + ": its feeds keep the " + last.schedule().sessions().size()
                + " sessions last published, from the last good notes in the state folder. Give the notes back to"
                + " update them; to retire the feeds, delete " + ledger.status().path() + " and the files beside it"
                + " named after it (subscribed calendars then keep their last copy)");
        return Optional.of(new StaticFolderExport.Conference(slug, edition));
    }

    private static void report(PrintWriter out, List<StaticFolderExport.Conference> conferences,
                               List<StaticExport.WrittenFile> files, Path dir, int skipped) {
        for (StaticFolderExport.Conference conference : conferences) {
            var schedule = conference.edition().schedule();
            long starred = schedule.sessions().stream().filter(s -> s.starred()).count();
            out.println(TextColumns.printable(String.format(Locale.ROOT, "  %-28s %4d sessions (%d starred)  %s",
                    conference.slug() + "/", schedule.sessions().size(), starred, schedule.title())));
        }
        out.println(String.format(Locale.ROOT, "  %-28s every conference in one feed (calendar.ics, starred.ics)",
                StaticFolderExport.ALL + "/"));
        long bytes = files.stream().mapToLong(StaticExport.WrittenFile::bytes).sum();
        out.println(files.size() + " files, " + ExportReport.size(bytes) + " in " + dir + "; " + conferences.size()
                + " conference" + (conferences.size() == 1 ? "" : "s") + (skipped > 0 ? ", " + skipped
                + " notes file" + (skipped == 1 ? "" : "s") + " skipped (confcal check " + "says why)" : ""));
        out.flush();
    }
}
