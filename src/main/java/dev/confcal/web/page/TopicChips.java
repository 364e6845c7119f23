package dev.confcal.web.page;

import dev.confcal.schedule.Schedule;
import dev.confcal.schedule.Session;
import dev.confcal.schedule.Synonyms;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The topics offered under the search box, in the schedule's own words: its tracks when it has some (the official
 * schedule's, or the front matter's), else the terms its titles use most — a word of Latin letters in at least two
 * sessions' titles, common English words left out, synonyms counted as one ({@code wasm} and {@code WebAssembly}
 * are one topic, shown as the spelling titles use most). A track chip selects the track; a term chip searches for
 * the term.
 */
final class TopicChips {

    /** A topic: what it is called, and either the track it selects or the keyword it searches for. */
    record Chip(String label, String track, String keyword) {
    }

    static final int MAX = 8;
    private static final int MIN_SESSIONS = 2;
    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z0-9+#.-]*[A-Za-z0-9+#]|[A-Za-z]{2,}");
    /** Words in titles that say nothing about a topic. */
    private static final Set<String> COMMON = Set.of(("a an and are as at be by can do does for from get how in into"
            + " is it its of on or our out over the their to up use using via vs what when where which who why will"
            + " with without you your we new next more most make made day days year all one two way ways about after"
            + " under through across beyond between journey story lessons learned introduction intro deep dive update"
            + " updates project projects talk session keynote panel workshop tutorial case study building build"
            + " running run scale scaling best practices practice future state open source cloud native cloudnative"
            + " world end user users end-user based guide") .split(" "));

    private TopicChips() {
    }

    static List<Chip> of(Schedule schedule) {
        List<String> tracks = schedule.trackNames();
        if (!tracks.isEmpty()) {
            return tracks.stream().limit(MAX).map(track -> new Chip(schedule.trackTitle(track), track, null)).toList();
        }
        return terms(schedule.sessions());
    }

    /** The most frequent title terms, by how many sessions use them, then alphabetically. */
    static List<Chip> terms(List<Session> sessions) {
        Map<String, Integer> sessionsUsing = new HashMap<>();
        Map<String, Map<String, Integer>> spellings = new HashMap<>();
        for (Session session : sessions) {
            Set<String> seen = new HashSet<>();
            for (String title : session.titles()) {
                Matcher word = WORD.matcher(title);
                while (word.find()) {
                    String spelled = word.group();
                    String lower = spelled.toLowerCase(Locale.ROOT);
                    if (lower.length() < 3 && !Synonyms.of(lower).isEmpty() || lower.length() >= 3 && !COMMON.contains(lower)
                            && !lower.chars().allMatch(Character::isDigit)) {
                        String key = Synonyms.canonical(lower);
                        spellings.computeIfAbsent(key, k -> new HashMap<>()).merge(spelled, 1, Integer::sum);
                        if (seen.add(key)) {
                            sessionsUsing.merge(key, 1, Integer::sum);
                        }
                    }
                }
            }
        }
        List<Chip> chips = new ArrayList<>();
        sessionsUsing.entrySet().stream()
                .filter(entry -> entry.getValue() >= MIN_SESSIONS)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(MAX)
                .forEach(entry -> {
                    String label = spelling(spellings.get(entry.getKey()));
                    chips.add(new Chip(label, null, label.toLowerCase(Locale.ROOT)));
                });
        return chips;
    }

    /** The spelling titles use most: {@code WebAssembly} rather than {@code webassembly}. */
    private static String spelling(Map<String, Integer> spellings) {
        return spellings.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey();
    }
}
