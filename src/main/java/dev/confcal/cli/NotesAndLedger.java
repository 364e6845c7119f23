package dev.confcal.cli;

import dev.confcal.notes.ParseResult;
import dev.confcal.publish.ledger.Ledger;
import dev.confcal.publish.NotesSource;
import dev.confcal.publish.ParseDeadline;
import dev.confcal.publish.ledger.StateFolder;
import dev.confcal.publish.ledger.StateMigration;
import dev.confcal.publish.ledger.StatePaths;
import dev.confcal.publish.UnreadableNotesException;
import dev.confcal.publish.ledger.UnusableLedgerException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/** The notes named on the command line, read and parsed, and their ledger, found and opened; shared by the commands. */
final class NotesAndLedger {

    private NotesAndLedger() {
    }

    /** @param fallbackYear the year to assume when nothing names one (the ledger's), or null for the clock's */
    static ParseResult parse(NotesOptions options, Clock clock, Integer fallbackYear) throws UnreadableNotesException {
        NotesSource source = options.source();
        String text = source.read();
        return ParseDeadline.DEFAULT.parse(source.name(), text, () -> options.parser(clock, fallbackYear));
    }

    /**
     * Where the ledger is: {@code --state} if given, else in the state folder ({@code .confcal/} beside the notes or
     * {@code --state-dir}), else {@code fallback} (may be null).
     */
    static Path ledgerPath(NotesOptions options, Path state, Path fallback) {
        if (state != null) {
            return state;
        }
        return options.notes != null ? StatePaths.besideNotes(options.notes, options.stateDir) : fallback;
    }

    /** The ledger to read without writing: where {@link #ledgerPath} says, or where an older version left it. */
    static Path ledgerToRead(NotesOptions options, Path state) {
        Path path = ledgerPath(options, state, null);
        if (state != null || options.notes == null || Files.exists(path)) {
            return path;
        }
        Path former = StatePaths.formerlyBesideNotes(options.notes);
        return Files.exists(former) ? former : path;
    }

    /**
     * The ledger at {@code file} (see {@link #ledgerPath}), or only in memory when that is null. A ledger beside the
     * notes on a read-only volume is kept in memory, with a warning; one named with {@code --state} must be writable.
     *
     * @throws UnusableLedgerException when the state path is the notes, a folder, a file that is not a ledger, or
     *                                 a ledger another confcal holds: the command must stop (exit 2)
     */
    static Ledger ledger(NotesOptions options, Path state, Path file, PrintWriter err)
            throws UnusableLedgerException {
        if (file == null) {
            return Ledger.inMemory();
        }
        StatePaths.check(file, options.notes);
        boolean stateFolder = state == null && options.notes != null;
        if (stateFolder) {
            Path former = StatePaths.formerlyBesideNotes(options.notes);
            try {
                StateMigration.takeOver(former, file).ifPresent(moved -> err.println("confcal: " + moved));
            } catch (UnusableLedgerException e) {
                if (!e.unwritable()) {
                    throw e;
                }
                err.println("warning: " + e.getMessage() + "; using it there");
                file = former;
                stateFolder = false;
            }
        }
        try {
            Ledger ledger = Ledger.open(file, warning -> err.println("warning: " + warning));
            if (stateFolder) {
                StateFolder.prepare(file.toAbsolutePath().getParent());
            }
            return ledger;
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
