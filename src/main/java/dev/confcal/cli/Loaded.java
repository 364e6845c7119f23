package dev.confcal.cli;

import dev.confcal.publish.Ledger;
import dev.confcal.publish.NotesSource;
import dev.confcal.notes.ParseResult;
import dev.confcal.publish.UnreadableNotesException;
import dev.confcal.schedule.Problem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;

/** Reads and parses the notes named on the command line; shared by the commands. */
final class Loaded {

    private Loaded() {
    }

    static ParseResult parse(NotesOptions options, Clock clock) throws UnreadableNotesException {
        NotesSource source = options.source();
        return options.parser(clock).parse(source.name(), source.read());
    }

    static void printProblems(ParseResult result, PrintWriter err) {
        for (Problem problem : result.problems()) {
            err.println("warning: " + problem);
        }
    }

    /**
     * The ledger: {@code --state} if given, else beside the notes ({@code notes.confcal-state.json}),
     * else (bundled notes) {@code fallbackDir}, or only in memory when that is null too.
     */
    static Ledger ledger(NotesOptions options, Path state, Path fallbackDir, PrintWriter err) {
        Path file = state;
        if (file == null && options.notes != null) {
            file = defaultStateFile(options.notes);
        }
        if (file == null && fallbackDir != null) {
            file = fallbackDir.resolve(".confcal-state.json");
        }
        return file == null ? Ledger.inMemory() : Ledger.open(file, warning -> err.println("warning: " + warning));
    }

    static Path defaultStateFile(Path notes) {
        String name = notes.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        Path dir = notes.toAbsolutePath().getParent();
        return dir.resolve(name + ".confcal-state.json");
    }
}
