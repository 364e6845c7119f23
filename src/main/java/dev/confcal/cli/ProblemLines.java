package dev.confcal.cli;

import dev.confcal.notes.ParseResult;
import dev.confcal.schedule.Problem;
import java.io.PrintWriter;

/** Problems as the commands print them, one a line: {@code notes.md:42: error: …}. */
final class ProblemLines {

    private ProblemLines() {
    }

    /** The errors and warnings, each on a line of its own in the located form ({@link #located}). */
    static void print(ParseResult result, PrintWriter err) {
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
}
