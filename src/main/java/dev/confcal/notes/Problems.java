package dev.confcal.notes;

import dev.confcal.schedule.Problem;
import dev.confcal.schedule.ProblemCode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The one place a parse collects its problems, located in the notes file. */
final class Problems {

    private final String source;
    private final List<Problem> problems = new ArrayList<>();

    Problems(String source) {
        this.source = source;
    }

    String source() {
        return source;
    }

    void add(ProblemCode code, int line, Object... details) {
        problems.add(code.at(source, line, details));
    }

    void add(Problem problem) {
        problems.add(problem);
    }

    boolean has(ProblemCode code) {
        return problems.stream().anyMatch(p -> p.kind() == code);
    }

    /** In the order of the notes (file-wide ones first), and in the order found within a line. */
    List<Problem> list() {
        List<Problem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparingInt(Problem::line));
        return sorted;
    }
}
