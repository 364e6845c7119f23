package dev.confcal.web.page;

import dev.confcal.schedule.EditDistance;
import dev.confcal.schedule.Filter;
import dev.confcal.schedule.Schedule;
import dev.confcal.schedule.Session;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Why a selection finds no session, and the nearest selections that find some: each criterion alone with how
 * many sessions it finds ({@code ★ starred: 10, "wasm": 3}), a keyword that no session mentions with the
 * nearest word that some do ({@code kubeflw} → {@code kubeflow}), and each selection one step wider, fewest
 * sessions first (the closest to what was asked).
 */
final class EmptySelection {

    /** A criterion of the selection on its own. */
    enum Criterion {
        STARRED, KEYWORDS, EXCLUDE, DAYS, TRACK
    }

    /** What one criterion finds alone, and what the selection finds without it. */
    record Part(Criterion criterion, int alone, Filter without, int withoutCount) {
    }

    /** A wider selection that finds something. */
    record Offer(Criterion dropped, String replaced, String by, Filter filter, int count) {
    }

    /**
     * @param parts      each criterion of the selection
     * @param unknown    keywords no session mentions at all
     * @param offers     selections that find something, nearest first
     */
    record Hint(List<Part> parts, List<String> unknown, List<Offer> offers) {
    }

    private static final int MIN_SUGGESTED_LENGTH = 3;

    private EmptySelection() {
    }

    static Hint of(Schedule schedule, Filter filter) {
        List<Part> parts = new ArrayList<>();
        List<Offer> offers = new ArrayList<>();
        for (Criterion criterion : Criterion.values()) {
            if (!has(filter, criterion)) {
                continue;
            }
            Filter without = without(filter, criterion);
            int alone = schedule.select(only(filter, criterion)).size();
            int count = schedule.select(without).size();
            parts.add(new Part(criterion, alone, without, count));
            if (count > 0 && !without.isAll()) {
                offers.add(new Offer(criterion, null, null, without, count));
            }
        }
        List<String> unknown = new ArrayList<>();
        Set<String> vocabulary = null;
        for (String keyword : filter.keywords()) {
            if (!schedule.select(new Filter(false, List.of(keyword), List.of(), List.of(), null)).isEmpty()) {
                continue;
            }
            unknown.add(keyword);
            vocabulary = vocabulary == null ? vocabulary(schedule) : vocabulary;
            String nearest = nearest(keyword, vocabulary);
            if (nearest != null) {
                List<String> words = new ArrayList<>(filter.keywords());
                words.set(words.indexOf(keyword), nearest);
                Filter fixed = new Filter(filter.starredOnly(), words, filter.exclude(), filter.days(), filter.track());
                int count = schedule.select(fixed).size();
                if (count > 0) {
                    offers.add(0, new Offer(null, keyword, nearest, fixed, count));
                }
            }
        }
        offers.sort(Comparator.comparing((Offer offer) -> offer.replaced() == null).thenComparingInt(Offer::count));
        return new Hint(parts, unknown, offers);
    }

    private static boolean has(Filter filter, Criterion criterion) {
        return switch (criterion) {
            case STARRED -> filter.starredOnly();
            case KEYWORDS -> !filter.keywords().isEmpty();
            case EXCLUDE -> !filter.exclude().isEmpty();
            case DAYS -> !filter.days().isEmpty();
            case TRACK -> filter.track() != null;
        };
    }

    private static Filter without(Filter f, Criterion criterion) {
        return new Filter(criterion != Criterion.STARRED && f.starredOnly(),
                criterion == Criterion.KEYWORDS ? List.of() : f.keywords(),
                criterion == Criterion.EXCLUDE ? List.of() : f.exclude(),
                criterion == Criterion.DAYS ? List.of() : f.days(), criterion == Criterion.TRACK ? null : f.track());
    }

    private static Filter only(Filter f, Criterion criterion) {
        return new Filter(criterion == Criterion.STARRED && f.starredOnly(),
                criterion == Criterion.KEYWORDS ? f.keywords() : List.of(),
                criterion == Criterion.EXCLUDE ? f.exclude() : List.of(),
                criterion == Criterion.DAYS ? f.days() : List.of(), criterion == Criterion.TRACK ? f.track() : null);
    }

    /** The words the sessions' searchable text holds, lower-cased, of letters and digits. */
    private static Set<String> vocabulary(Schedule schedule) {
        Set<String> words = new TreeSet<>();
        for (Session session : schedule.sessions()) {
            for (String word : session.searchableText().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (word.length() >= MIN_SUGGESTED_LENGTH && word.length() <= 40) {
                    words.add(word);
                }
            }
        }
        return words;
    }

    /**
     * The text nearest to a keyword by edit distance, at most one edit per four letters and two in all, among the
     * words and the beginnings of words the sessions hold (a keyword matches inside words: {@code sidecra} finds
     * {@code sidecar}, which {@code sidecars} contains); null when nothing is that near.
     */
    static String nearest(String keyword, Set<String> vocabulary) {
        int allowed = Math.min(2, keyword.length() / 4);
        if (allowed == 0) {
            return null;
        }
        String best = null;
        int bestDistance = allowed + 1;
        for (String word : vocabulary) {
            if (word.length() < keyword.length() - allowed) {
                continue;
            }
            int longest = Math.min(word.length(), keyword.length() + allowed);
            for (int length = Math.max(MIN_SUGGESTED_LENGTH, keyword.length() - allowed); length <= longest; length++) {
                String candidate = word.substring(0, length);
                int distance = EditDistance.between(keyword, candidate, bestDistance + 1);
                boolean closerInLength = best != null && Math.abs(candidate.length() - keyword.length())
                        < Math.abs(best.length() - keyword.length());
                if (distance < bestDistance || distance == bestDistance && closerInLength) {
                    best = candidate;
                    bestDistance = distance;
                }
            }
        }
        return best;
    }
}
