package dev.confcal.cli;

import dev.confcal.notes.ParseResult;
import dev.confcal.publish.ledger.Ledger;
import dev.confcal.publish.NotesSource;
import dev.confcal.publish.ParseDeadline;
import dev.confcal.publish.ledger.StatePaths;
import dev.confcal.publish.UnreadableNotesException;
import dev.confcal.publish.ledger.UnusableLedgerException;
import dev.confcal.schedule.Problem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;

/** Reads and parses the notes named on the command line, and opens their ledger; shared by the commands. */
final class Loaded {

    private Loaded() {
    }

    /** @param fallbackYear the year to assume when nothing names one (the ledger's), or null for the clock's */
    static ParseResult parse(NotesOptions options, Clock clock, Integer fallbackYear) throws UnreadableNotesException {
        NotesSource source = options.source();
        String text = source.read();
        return ParseDeadline.DEFAULT.parse(source.name(), text, () -> options.parser(clock, fallbackYear));
    }

    /** The errors and warnings, each on a line of its own in the located form ({@link #located}). */
    static void printProblems(ParseResult result, PrintWriter err) {
        for (Problem problem : result.problems()) {
            err.println(located(problem));
        }
    }

    /**
     * {@code notes.md:42: error: …}, the form editors and CI annotate lines from; the file as a whole without a
     * line. Text from the notes in the message is made printable ({@link TextColumns#printable}).
     */
    static String located(Problem problem) {
        String where = problem.line() > 0 ? problem.source() + ":" + problem.line() : problem.source();
        return TextColumns.printable(where + ": " + problem.severity().name().toLowerCase(java.util.Locale.ROOT) + ": "
                + problem.message());
    }

    /**
     * The ledger: {@code --state} if given, else beside the notes ({@code notes.confcal-state.json}), else
     * (bundled notes) {@code fallbackFile}, or only in memory when that is null too. A ledger beside the notes on a
     * read-only volume is kept in memory, with a warning; one named with {@code --state} must be writable.
     *
     * @throws UnusableLedgerException when the state path is the notes, a folder, a file that is not a ledger, or
     *                                 a ledger another confcal holds: the command must stop (exit 2)
     */
    static Ledger ledger(NotesOptions options, Path state, Path fallbackFile, PrintWriter err)
            throws UnusableLedgerException {
        Path file = state;
        if (file == null && options.notes != null) {
            file = StatePaths.besideNotes(options.notes);
        }
        if (file == null) {
            file = fallbackFile;
        }
        if (file == null) {
            return Ledger.inMemory();
        }
        StatePaths.check(file, options.notes);
        try {
            return Ledger.open(file, warning -> err.println("warning: " + warning));
        } catch (UnusableLedgerException e) {
            if (!e.unwritable() || state != null) {
                throw e;
            }
            err.println("warning: " + e.getMessage() + "; keeping the ledger in memory, so SEQUENCE starts again"
                    + " with every start (give --state PATH on a writable volume to keep it)");
            return Ledger.inMemory();
        }
    }
}
