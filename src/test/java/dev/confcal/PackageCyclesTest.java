package dev.confcal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 20: an arrow between confcal's packages only points down (shared/ARCHITECTURE.md), so no package imports one
 * that imports it, directly or through others. Read from the main sources: each file's imports and the fully
 * qualified names in its code (comments and strings left out), with the package a name's first capitalised part
 * belongs to.
 */
class PackageCyclesTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern PACKAGE = Pattern.compile("(?m)^package (dev\\.confcal[\\w.]*);");
    private static final Pattern NAME = Pattern.compile("(?<![\\w.])(dev\\.confcal(?:\\.[a-z]\\w*)*)\\.[A-Z*]");
    private static final Pattern COMMENT_OR_STRING =
            Pattern.compile("(?s)/\\*.*?\\*/|//[^\\n]*|\"\"\".*?\"\"\"|\"(?:\\\\.|[^\"\\\\\\n])*\"|'(?:\\\\.|[^'\\\\])'");

    @Test
    void noPackageOfConfcalImportsOneThatImportsIt() throws IOException {
        Map<String, Set<String>> imports = importsOf(SOURCES);
        assertThat(imports).containsKeys("dev.confcal.schedule", "dev.confcal.web", "dev.confcal.web.page");
        assertThat(cycles(imports)).isEmpty();
    }

    @Test
    void aCycleThroughThreePackagesIsNamedInOrder() {
        Map<String, Set<String>> imports = new TreeMap<>();
        imports.put("a", Set.of("b"));
        imports.put("b", Set.of("c"));
        imports.put("c", Set.of("a", "d"));
        imports.put("d", Set.of());
        assertThat(cycles(imports)).containsExactly("a -> b -> c -> a");
    }

    /** Each package of ours to the packages of ours its files name, itself left out. */
    static Map<String, Set<String>> importsOf(Path sources) throws IOException {
        Map<String, Set<String>> imports = new TreeMap<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String text = Files.readString(file);
                Matcher declared = PACKAGE.matcher(text);
                if (!declared.find()) {
                    continue;
                }
                String from = declared.group(1);
                Set<String> to = imports.computeIfAbsent(from, p -> new TreeSet<>());
                Matcher named = NAME.matcher(COMMENT_OR_STRING.matcher(text.substring(declared.end())).replaceAll(" "));
                while (named.find()) {
                    if (!named.group(1).equals(from)) {
                        to.add(named.group(1));
                    }
                }
            }
        }
        return imports;
    }

    /** Every cycle found by a depth-first walk, as {@code a -> b -> a}; one per back-arrow, none when there is none. */
    static List<String> cycles(Map<String, Set<String>> imports) {
        List<String> found = new ArrayList<>();
        Set<String> done = new TreeSet<>();
        for (String start : imports.keySet()) {
            walk(start, imports, new ArrayDeque<>(), done, found);
        }
        return found;
    }

    private static void walk(String at, Map<String, Set<String>> imports, Deque<String> path, Set<String> done,
            List<String> found) {
        if (done.contains(at)) {
            return;
        }
        if (path.contains(at)) {
            List<String> cycle = new ArrayList<>(path);
            Collections.reverse(cycle);
            cycle = new ArrayList<>(cycle.subList(cycle.indexOf(at), cycle.size()));
            cycle.add(at);
            found.add(String.join(" -> ", cycle));
            return;
        }
        path.push(at);
        for (String next : imports.getOrDefault(at, Set.of())) {
            walk(next, imports, path, done, found);
        }
        path.pop();
        done.add(at);
    }
}
