package dev.confcal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.confcal.notes.NotesParser;
import dev.confcal.publish.LiveEdition;
import dev.confcal.publish.NotesSource;
import dev.confcal.publish.ledger.Ledger;
import dev.confcal.testing.TestServer;
import io.javalin.Javalin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19: a notes folder's front page, served, in Chromium: axe-core finds nothing in light or dark, with the past
 * conferences unfolded, and every link on it answers 200.
 */
@Tag("browser")
class FrontPageBrowserTest {

    @TempDir
    Path dir;

    @Test
    void theFrontPageIsAccessibleAndEveryLinkAnswers() throws Exception {
        assumeTrue(Chromium.installed(), "Debian's chromium and chromium-driver");
        FolderEditions folder = new FolderEditions();
        for (String name : List.of("kubecon-china-2023", "devopsdays-chicago-2026", "pyconjp-2025")) {
            Path notes = dir.resolve(name + ".md");
            Files.writeString(notes, new String(getClass().getResourceAsStream("/golden/" + name + ".md")
                    .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            folder.put(name, LiveEdition.load(NotesSource.of(notes), NotesParser.builder().build(), Ledger.inMemory(),
                    Clock.systemUTC()));
        }
        Javalin app = WebApp.create(folder, TestServer.options()).start(0);
        try (Chromium chromium = new Chromium()) {
            Map<String, List<String>> found = new LinkedHashMap<>();
            for (String scheme : List.of("light", "dark")) {
                chromium.colorScheme(scheme);
                chromium.driver.get("http://localhost:" + app.port() + "/");
                chromium.js("document.querySelectorAll('details').forEach(d => d.open = true)");
                List<String> violations = chromium.axeViolations();
                if (!violations.isEmpty()) {
                    found.put(scheme, violations);
                }
            }
            assertThat(found).as("axe-core violations").isEmpty();
            @SuppressWarnings("unchecked")
            List<String> links = (List<String>) chromium.js("return Array.from(document.querySelectorAll('a[href]'))"
                    + ".map(a => a.href).filter(h => h.startsWith('http://localhost'))");
            assertThat(links).hasSizeGreaterThan(8);
            var client = java.net.http.HttpClient.newHttpClient();
            for (String link : links) {
                int status = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(link)).build(),
                        java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
                assertThat(status).as(link).isEqualTo(200);
            }
        } finally {
            app.stop();
            folder.all().values().forEach(LiveEdition::close);
        }
    }
}
