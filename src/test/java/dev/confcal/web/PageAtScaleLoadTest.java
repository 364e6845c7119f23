package dev.confcal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.confcal.testing.TestServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page of a 1,008-session conference as a phone-class browser gets it: its bytes, its DOM nodes, the bytes the
 * builder fetches when a keyword is typed, and the first paint with the CPU slowed 4× (CDP
 * {@code Emulation.setCPUThrottlingRate}) and the load event, medians of five loads. A measurement, not a timed test: it writes its
 * numbers to {@code target/bench/page-at-scale.md} and asserts only what does not depend on the machine (the
 * page's size and nodes). {@code bench/page.sh} runs it against this build and an earlier one
 * ({@code -Dbench.pages=before=URL,after=URL}); in the load profile it measures this build alone.
 */
@Tag("load")
class PageAtScaleLoadTest {

    private static final int LOADS = 5;

    @TempDir
    Path dir;

    record Measured(long bytes, long nodes, long typedBytes, List<String> typedPaths, double firstPaintMs,
                    double loadedMs) {
    }

    @Test
    void aThousandSessionsMakeASmallPageThatPaintsQuicklyOnASlowCpu() throws Exception {
        assumeTrue(Chromium.installed(), "Debian's chromium and chromium-driver");
        Map<String, String> pages = new LinkedHashMap<>();
        String asked = System.getProperty("bench.pages", "");
        for (String pair : asked.split(",")) {
            if (pair.contains("=")) {
                pages.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
            }
        }
        TestServer own = null;
        try (Chromium chromium = new Chromium()) {
            if (pages.isEmpty()) {
                Files.writeString(dir.resolve("big.md"), ConferenceNotes.of(18, 8)); // 1,008 sessions
                own = new TestServer(dir.resolve("big.md"));
                pages.put("this build", own.url("/"));
            }
            List<String> lines = new ArrayList<>(List.of(
                    "| build | page bytes | DOM nodes | bytes fetched typing a keyword (path bytes, …) | first paint, CPU 4× slower"
                            + " (median of " + LOADS + ") | load event, CPU 4× slower |",
                    "|---|---:|---:|---:|---:|---:|"));
            for (Map.Entry<String, String> page : pages.entrySet()) {
                Measured m = measure(chromium, page.getValue());
                lines.add(String.format(Locale.ROOT, "| %s | %,d | %,d | %,d (%s) | %.0f ms | %.0f ms |", page.getKey(),
                        m.bytes(), m.nodes(), m.typedBytes(), String.join(", ", m.typedPaths()), m.firstPaintMs(),
                        m.loadedMs()));
                if (page.getKey().equals("this build")) {
                    assertThat(m.bytes()).as("page bytes").isLessThan(250_000);
                    assertThat(m.nodes()).as("DOM nodes").isLessThan(3_000);
                    assertThat(m.typedPaths()).noneMatch(path -> path.startsWith("/sessions.json"));
                }
            }
            Path out = Path.of("target/bench/page-at-scale.md");
            Files.createDirectories(out.getParent());
            Files.write(out, lines);
            lines.forEach(System.out::println);
        } finally {
            if (own != null) {
                own.close();
            }
        }
    }

    private static Measured measure(Chromium chromium, String url) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        long bytes = client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofByteArray()).body().length;
        chromium.size(375, 812);
        chromium.driver.executeCdpCommand("Network.enable", Map.of());
        chromium.driver.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
        List<Double> paints = new ArrayList<>();
        List<Double> loaded = new ArrayList<>();
        for (int i = 0; i < LOADS; i++) {
            chromium.driver.executeCdpCommand("Emulation.setCPUThrottlingRate", Map.of("rate", 4));
            chromium.driver.get("about:blank");
            chromium.driver.get(url);
            chromium.waitFor("the first paint", () -> chromium.js(
                    "return performance.getEntriesByName('first-contentful-paint').length;") instanceof Number n
                    && n.intValue() > 0);
            paints.add(((Number) chromium.js(
                    "return performance.getEntriesByName('first-contentful-paint')[0].startTime;")).doubleValue());
            chromium.waitFor("the whole page", () -> ((Number) chromium.js(
                    "return performance.getEntriesByType('navigation')[0].loadEventEnd;")).doubleValue() > 0);
            loaded.add(((Number) chromium.js(
                    "return performance.getEntriesByType('navigation')[0].loadEventEnd;")).doubleValue());
        }
        chromium.driver.executeCdpCommand("Emulation.setCPUThrottlingRate", Map.of("rate", 1));
        long nodes = (Long) chromium.js("return document.getElementsByTagName('*').length;");
        chromium.js("performance.clearResourceTimings();");
        chromium.js("const q = document.querySelector('input[name=q]'); q.value = 'wasm';" // folded on a phone
                + " q.dispatchEvent(new Event('input', {bubbles: true}));");
        Thread.sleep(3_000); // the builder's requests: debounced, then answered
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> fetched = (List<Map<String, Object>>) chromium.js(
                "return performance.getEntriesByType('resource').map(e => ({path: new URL(e.name).pathname,"
                        + " bytes: e.decodedBodySize}));");
        long typed = fetched.stream().mapToLong(e -> ((Number) e.get("bytes")).longValue()).sum();
        List<String> paths = fetched.stream().map(e -> e.get("path") + String.format(Locale.ROOT, " %,d",
                ((Number) e.get("bytes")).longValue())).toList();
        chromium.driver.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", false));
        paints.sort(Double::compare);
        loaded.sort(Double::compare);
        return new Measured(bytes, nodes, typed, paths, paints.get(paints.size() / 2), loaded.get(loaded.size() / 2));
    }
}
