package dev.confcal.schedule;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Words that name the same thing in talk titles and notes: {@code wasm} and {@code WebAssembly}, {@code k8s} and
 * {@code Kubernetes}. A keyword filter ({@code q=}, {@code exclude=}) matches a session that mentions the keyword or
 * any of its synonyms, in every feed, the JSON, the count and the page alike. Only whole keywords are looked up,
 * case-insensitively; a phrase or a word not in the list stands for itself. The list is short on purpose: each
 * entry is an abbreviation or a translation that people write interchangeably, never a broader term.
 */
public final class Synonyms {

    /** Each group's words, lower-cased; every word of a group finds the others. */
    private static final List<List<String>> GROUPS = List.of(
            List.of("wasm", "webassembly"),
            List.of("k8s", "kubernetes"),
            List.of("otel", "opentelemetry"),
            List.of("service mesh", "服务网格"),
            List.of("observability", "可观测性"));

    private static final Map<String, List<String>> BY_WORD = byWord();

    private Synonyms() {
    }

    /** The other words of the keyword's group ({@code wasm} → {@code [webassembly]}), or none. */
    public static List<String> of(String keyword) {
        List<String> group = BY_WORD.get(keyword.strip().toLowerCase(Locale.ROOT));
        if (group == null) {
            return List.of();
        }
        return group.stream().filter(word -> !word.equals(keyword.strip().toLowerCase(Locale.ROOT))).toList();
    }

    /** The keywords with their synonyms, each once, in order: what a keyword filter looks for. */
    public static List<String> expand(Collection<String> keywords) {
        Set<String> all = new LinkedHashSet<>();
        for (String keyword : keywords) {
            all.add(keyword.toLowerCase(Locale.ROOT));
            all.addAll(of(keyword));
        }
        return new ArrayList<>(all);
    }

    /** A word's group key (its group's first word), so that counting words counts {@code wasm} as WebAssembly. */
    public static String canonical(String word) {
        List<String> group = BY_WORD.get(word.toLowerCase(Locale.ROOT));
        return group == null ? word.toLowerCase(Locale.ROOT) : group.get(0);
    }

    private static Map<String, List<String>> byWord() {
        Map<String, List<String>> map = new TreeMap<>();
        for (List<String> group : GROUPS) {
            group.forEach(word -> map.put(word, group));
        }
        return Map.copyOf(map);
    }
}
