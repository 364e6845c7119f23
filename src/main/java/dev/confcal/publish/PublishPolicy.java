package dev.confcal.publish;

import dev.confcal.notes.ParseResult;
import dev.confcal.schedule.Problem;
import dev.confcal.schedule.Schedule;
import dev.confcal.schedule.Session;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * When a new version of the notes may replace the served edition. A published removal is a promise calendars
 * act on (they delete the event), and a half-written save looks exactly like a removal, so:
 * <ul>
 *   <li>notes with errors (something that looks like a session, day, time or setting could not be read) never
 *       replace a good edition; warnings never block;</li>
 *   <li>a version that removes sessions, or that looks unfinished (ends mid-line or inside a link), is published
 *       only once it has stayed the same for {@code settle}; one that does both never is (a save cut short by a
 *       full disk stays cut short), and says so;</li>
 *   <li>one that removes many at once (more than a quarter of them, and more than {@value #MASS_REMOVAL_MIN}) only
 *       once it has stayed the same for {@code confirm}.</li>
 * </ul>
 */
public record PublishPolicy(Duration settle, Duration confirm) {

    public static final PublishPolicy DEFAULT = new PublishPolicy(Duration.ofSeconds(5), Duration.ofSeconds(30));
    static final int MASS_REMOVAL_MIN = 3;

    public PublishPolicy {
        Objects.requireNonNull(settle, "settle");
        Objects.requireNonNull(confirm, "confirm");
        if (settle.isNegative() || confirm.isNegative()) {
            throw new IllegalArgumentException("waiting periods must not be negative: " + settle + ", " + confirm);
        }
        if (confirm.compareTo(settle) < 0) {
            confirm = settle;
        }
    }

    /**
     * @param served      the edition served now
     * @param servedIsGood whether it came from notes without errors (else, with no good edition yet, what can be
     *                    read is published)
     * @param stableFor   how long this version of the notes has stayed the same, by content
     */
    PublishDecision decide(Schedule served, boolean servedIsGood, ParseResult candidate, Optional<String> unfinished,
                           Duration stableFor) {
        List<Problem> errors = candidate.problems().stream().filter(Problem::isError).toList();
        if (!errors.isEmpty() && servedIsGood) {
            Problem first = errors.get(0);
            return PublishDecision.refuse("kept the last good version because the notes have " + (errors.size() == 1
                    ? "an error" : errors.size() + " errors, the first") + (first.line() > 0 ? " at line "
                    + first.line() : "") + ": " + first.message());
        }
        Set<String> now = new HashSet<>();
        candidate.schedule().sessions().forEach(s -> now.add(s.uid()));
        List<String> removed = served.sessions().stream().filter(s -> !now.contains(s.uid())).map(Session::id).toList();
        String removal = "pending removal of " + removed.size() + (removed.size() == 1 ? " session (" : " sessions (")
                + String.join(", ", removed.stream().limit(10).toList()) + (removed.size() > 10 ? ", …" : "") + ")";
        if (!removed.isEmpty() && unfinished.isPresent()) { // a save cut short (a full disk) may never be finished
            return PublishDecision.hold(removal + ": not published while the notes look cut short ("
                    + unfinished.get() + "); finish the last line to publish it", removed);
        }
        boolean mass = removed.size() > MASS_REMOVAL_MIN && removed.size() * 4L > served.sessions().size();
        Duration wait = mass ? confirm : !removed.isEmpty() || unfinished.isPresent() ? settle : Duration.ZERO;
        if (stableFor.compareTo(wait) >= 0) {
            return PublishDecision.PUBLISH;
        }
        String until = "once the notes stay unchanged for " + seconds(wait);
        if (removed.isEmpty()) {
            return PublishDecision.hold("kept the last good version while the notes look unfinished ("
                    + unfinished.orElseThrow() + "); publishing them " + until, List.of());
        }
        return PublishDecision.hold(removal + ": " + (mass ? removed.size() + " of " + served.sessions().size()
                + " at once are published only " : "published ") + until, removed);
    }

    private static String seconds(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
