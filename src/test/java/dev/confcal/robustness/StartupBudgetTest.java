package dev.confcal.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.confcal.testing.ServerProcess;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 21: each phase of {@code check}, {@code export} and {@code serve}'s start on the bundled notes, as a multiple
 * of a bare JVM's start ({@code java -version}) measured in the same rounds, median of 5, against the budget in
 * {@code bench/startup-budget.tsv} (measured the same way, on the 2-core machine): a phase more than half again
 * its budget fails. A phase whose budget is under {@link #FLOOR} bare JVMs is held to the floor, so that a few
 * milliseconds of noise in a small phase do not fail the build. The phases are {@code bench/startup.py}'s
 * ({@code -Dconfcal.phases}); the processes run on this JVM with the test class path. Run with {@code mvn -P load test}.
 */
@Tag("load")
class StartupBudgetTest {

    private static final int ROUNDS = 5;
    private static final double REGRESSION = 1.5;
    private static final double FLOOR = 2.0;
    private static final Pattern SERVING = Pattern.compile("at http://localhost:(\\d+)/");
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    @Test
    void noPhaseOfAStartRegressesByMoreThanHalf() throws Exception {
        Path seed = Files.copy(Path.of("seeds/kubecon-china-2023.md"), dir.resolve("seed.md")); // its ledger beside it
        Map<String, Double> budget = budget();
        List<Double> bare = new ArrayList<>();
        Map<String, List<Double>> phases = new TreeMap<>();
        for (int round = 0; round < ROUNDS; round++) {
            bare.add(bareJvm());
            for (String command : List.of("check", "export", "serve")) {
                measure(command, seed).forEach((phase, ms) ->
                        phases.computeIfAbsent(command + " " + phase, k -> new ArrayList<>()).add(ms));
            }
        }
        double jvm = median(bare);
        Map<String, Double> ratios = new LinkedHashMap<>();
        phases.forEach((phase, ms) -> ratios.put(phase, median(ms) / jvm));
        StringBuilder report = new StringBuilder(String.format("bare JVM %.0f ms; phase: × bare JVM (budget)%n", jvm));
        List<String> over = new ArrayList<>();
        ratios.forEach((phase, ratio) -> {
            Double allowed = budget.get(phase);
            report.append(String.format("%s\t%.2f\t(%s)%n", phase, ratio, allowed == null ? "-" : allowed));
            if (allowed != null && ratio > Math.max(allowed, FLOOR) * REGRESSION) {
                over.add(String.format("%s: %.1f× the bare JVM, budget %.1f×", phase, ratio, allowed));
            }
        });
        System.out.print(report);
        assertThat(budget.keySet()).as("every budgeted phase is measured").isSubsetOf(ratios.keySet());
        assertThat(over).as("phases more than half again their budget%n%s", report).isEmpty();
    }

    /** {@code command phase ratio} lines. */
    private static Map<String, Double> budget() throws IOException {
        Map<String, Double> budget = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of("bench/startup-budget.tsv"))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            budget.put(f[0] + " " + f[1], Double.parseDouble(f[2]));
        }
        return budget;
    }

    private static double bareJvm() throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-version").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return (System.nanoTime() - start) / 1e6;
    }

    /** One start of {@code command}: each phase's milliseconds. */
    private Map<String, Double> measure(String command, Path seed) throws Exception {
        Path marks = dir.resolve("phases.txt");
        Files.deleteIfExists(marks);
        List<String> args = switch (command) {
            case "check" -> List.of("check", seed.toString());
            case "export" -> List.of("export", "--out", dir.resolve("out").toString(), seed.toString());
            default -> List.of("serve", "--quiet", "--port", "0", seed.toString());
        };
        List<String> java = ServerProcess.java(List.of("-Dconfcal.phases=" + marks), args);
        long start = micros();
        Process process = new ProcessBuilder(java).redirectErrorStream(true).start();
        long end = 0;
        try {
            if (command.equals("serve")) {
                end = firstFeed(process);
            } else {
                process.getInputStream().transferTo(OutputStream.nullOutputStream());
                assertThat(process.waitFor(120, TimeUnit.SECONDS)).as(command + " ends").isTrue();
                assertThat(process.exitValue()).as(command + "'s exit code").isIn(0, 1);
            }
        } finally {
            process.destroy();
            process.waitFor(30, TimeUnit.SECONDS);
        }
        Map<String, Double> phases = new LinkedHashMap<>();
        long previous = start;
        for (String line : Files.readAllLines(marks)) {
            String[] f = line.split(" ");
            String phase = switch (f[0]) {
                case "main" -> "jvm";
                case "command" -> "classes";
                default -> f[0];
            };
            long at = Long.parseLong(f[1]);
            phases.merge(phase, (at - previous) / 1000.0, Double::sum);
            previous = at;
        }
        if (end > 0) {
            phases.put("first-200", (end - previous) / 1000.0);
            previous = end;
        }
        phases.put("total", (previous - start) / 1000.0);
        return phases;
    }

    /** Reads serve's output until it says where it listens, then asks for the full feed: when it answered. */
    private static long firstFeed(Process process) throws IOException, InterruptedException {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            Matcher serving = SERVING.matcher(line);
            if (serving.find()) {
                HttpResponse<Void> response = CLIENT.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + serving.group(1) + "/calendar.ics"))
                        .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.discarding());
                long end = micros();
                assertThat(response.statusCode()).isEqualTo(200);
                return end;
            }
        }
        throw new AssertionError("serve did not start (exit code " + process.waitFor() + ")");
    }

    private static long micros() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }
}
