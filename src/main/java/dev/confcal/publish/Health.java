package dev.confcal.publish;

import dev.confcal.publish.following.ExportRefresher;
import dev.confcal.publish.ledger.Ledger;
import dev.confcal.schedule.Problem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether the live edition is doing its job, for /healthz: a probe can trust {@code ok}.
 *
 * @param ok              false while publishing is stuck for a reason the operator must fix: the ledger cannot be
 *                        written or another confcal holds it, the watcher died, stopped checking or keeps failing,
 *                        the heap has been running out.
 *                        A refused or held edit of the notes is not such a reason: the person fixes the notes,
 *                        and restarting the server would not help
 * @param status          {@code ok}, {@code degraded} (serving, with problems or an edit held back) or
 *                        {@code failing} (not ok)
 * @param reasons         why not ok, then why an edit is held back or refused
 * @param ledger          the ledger's file name (never its folder: /healthz is public), or {@code memory}
 * @param pendingRemovals how many sessions a held edit would remove
 * @param notices         what the notes left to assumption (the time zone) and what the official schedule changed
 * @param schedule        the official schedule followed, or null when none is
 */
public record Health(boolean ok, String status, List<String> reasons, int sessions, Instant loadedAt,
                     Instant checkedAt, boolean current, List<Problem> problems, String ledger,
                     List<String> ledgerWarnings, int pendingRemovals, List<Problem> notices,
                     ExportRefresher.Status schedule) {

    public Health {
        reasons = List.copyOf(reasons);
        problems = List.copyOf(problems);
        ledgerWarnings = List.copyOf(ledgerWarnings);
        notices = List.copyOf(notices);
    }

    /**
     * @param watcherTrouble why the watcher is not doing its job, or null
     * @param heapTrouble    why the heap is running out, or null
     * @param held           the decision that holds back or refuses the notes as they are, or null
     */
    static Health of(EditionState state, Ledger.Status ledger, String watcherTrouble, String heapTrouble,
                     PublishDecision held, ExportRefresher.Status schedule, PublicPaths paths) {
        List<String> reasons = new ArrayList<>();
        if (ledger.problem() != null) {
            reasons.add(ledger.problem());
        }
        if (watcherTrouble != null) {
            reasons.add(watcherTrouble);
        }
        if (heapTrouble != null) {
            reasons.add(heapTrouble);
        }
        boolean ok = reasons.isEmpty();
        if (held != null && !reasons.contains(held.reason().replaceFirst("^not published: ", ""))) {
            reasons.add(held.reason());
        }
        String status = !ok ? "failing" : !state.current() || !state.problems().isEmpty() ? "degraded" : "ok";
        return new Health(ok, status, reasons.stream().map(paths::scrub).toList(),
                state.edition().schedule().sessions().size(), state.loadedAt(), state.checkedAt(), state.current(),
                state.problems().stream().map(p -> scrubbed(p, paths)).toList(),
                ledger.path() == null ? "memory" : PublicPaths.name(ledger.path()),
                ledger.readProblems().stream().map(paths::scrub).toList(), held == null ? 0 : held.removals().size(),
                state.notices().stream().map(p -> scrubbed(p, paths)).toList(), schedule);
    }

    private static Problem scrubbed(Problem problem, PublicPaths paths) {
        return new Problem(paths.scrub(problem.source()), problem.line(), problem.kind(), problem.severity(),
                paths.scrub(problem.message()));
    }
}
