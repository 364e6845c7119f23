package dev.confcal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.confcal.publish.PublishPolicy;
import dev.confcal.testing.RoundTrip;
import dev.confcal.testing.TestServer;
import dev.confcal.web.WebApp;
import io.javalin.Javalin;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19: {@code serve DIR} — each conference of a notes folder under its slug, every conference in one feed with
 * the same filters, a front page, one /healthz for all, and a conference added while serving.
 */
class FolderServeTest {

    @TempDir
    Path dir;
    private FolderServe folder;
    private Javalin app;
    private final StringWriter err = new StringWriter();
    private final HttpClient client = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        if (app != null) {
            app.stop();
        }
        if (folder != null) {
            folder.close();
        }
    }

    private void start() throws Exception {
        Files.writeString(dir.resolve("devfest-berlin-2026.md"), NotesFolderTest.BERLIN);
        Files.writeString(dir.resolve("pyconjp-2026.md"), NotesFolderTest.TOKYO);
        Files.writeString(dir.resolve("shopping.md"), "- milk\n");
        folder = FolderServe.start(dir, new NotesOptions(), Clock.systemUTC(), PublishPolicy.DEFAULT,
                Duration.ofMillis(100), Duration.ofMinutes(30), new PrintWriter(err, true));
        app = WebApp.create(folder.editions(), TestServer.options()).start(0);
    }

    @Test
    void eachConferenceUnderItsSlugAndAllInOneFeed() throws Exception {
        start();
        assertThat(folder.conferences()).isEqualTo(2);
        Map<String, RoundTrip.Event> berlin = events("/devfest-berlin-2026/calendar.ics");
        assertThat(berlin).containsOnlyKeys("K1@devfestber2026.sched.com", "K2@devfestber2026.sched.com",
                "K3@devfestber2026.sched.com");
        assertThat(events("/pyconjp-2026/starred.ics")).containsOnlyKeys("P2@pyconjp2026.sched.com");
        assertThat(events("/all/calendar.ics")).hasSize(5);
        assertThat(events("/all/starred.ics")).containsOnlyKeys("K2@devfestber2026.sched.com", "P2@pyconjp2026.sched.com");
        assertThat(events("/all/calendar.ics?q=gradle")).containsOnlyKeys("K2@devfestber2026.sched.com");

        assertThat(get("/").body()).contains("href=\"pyconjp-2026/\"", "href=\"all/calendar.ics\"",
                "href=\"webcal://localhost:" + app.port() + "/all/calendar.ics\"",
                "href=\"webcal://localhost:" + app.port() + "/pyconjp-2026/starred.ics\"");
        HttpResponse<String> page = get("/pyconjp-2026/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("/pyconjp-2026/calendar.ics").contains("Async everywhere");
        assertThat(get("/pyconjp-2026/static/app.css").statusCode()).isEqualTo(200);

        assertThat(get("/nope/calendar.ics").statusCode()).isEqualTo(404);
        assertThat(get("/calendar.ics").statusCode()).as("a folder has no feed at the top").isEqualTo(404);
        assertThat(get("/all/calendar.ics?nonsense=1").statusCode()).isEqualTo(400);
        HttpResponse<String> health = get("/healthz");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"devfest-berlin-2026\"", "\"pyconjp-2026\"");
    }

    @Test
    void aConferenceAddedWhileServingIsServedAndAnEditArrives() throws Exception {
        start();
        Files.writeString(dir.resolve("cloud-native-nyc.md"), NotesFolderTest.NYC);
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (get("/cloud-native-nyc/calendar.ics").statusCode() != 200 && System.nanoTime() < until) {
            Thread.sleep(200);
        }
        assertThat(events("/cloud-native-nyc/calendar.ics")).containsOnlyKeys("N1@cnnyc2025.sched.com");
        assertThat(events("/all/calendar.ics")).hasSize(6);

        Files.writeString(dir.resolve("pyconjp-2026.md"), NotesFolderTest.TOKYO.replace("Async everywhere",
                "Async everywhere, again"));
        until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!get("/all/calendar.ics").body().contains("again") && System.nanoTime() < until) {
            Thread.sleep(200);
        }
        assertThat(events("/all/calendar.ics").get("P2@pyconjp2026.sched.com").sequence()).isEqualTo(1);
    }

    @Test
    void aFileRemovedWhileServingKeepsItsLastEditionAndSaysTheNotesAreMissing() throws Exception {
        start();
        Files.delete(dir.resolve("pyconjp-2026.md"));
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!get("/healthz").body().contains("no such file") && System.nanoTime() < until) {
            Thread.sleep(200);
        }
        assertThat(get("/healthz").body()).contains("pyconjp-2026.md: no such file; kept the last good version");
        assertThat(events("/pyconjp-2026/calendar.ics").values()).hasSize(2)
                .allMatch(e -> e.status().equals("CONFIRMED"));
        assertThat(events("/all/calendar.ics")).hasSize(5);
        assertThat(get("/pyconjp-2026/").body()).contains("no such file");
    }

    /** Attack on issue 19: a conference whose file was gone at start was not served, and nothing said so. */
    @Test
    void aConferenceWhoseFileIsGoneAtStartIsSaid() throws Exception {
        Files.writeString(dir.resolve("cloud-native-nyc.md"), NotesFolderTest.NYC);
        assertThat(CliRun.run("export", "--out", dir.resolveSibling(dir.getFileName() + "-o").toString(),
                dir.toString()).code()).isZero();
        Files.delete(dir.resolve("cloud-native-nyc.md"));
        start();
        assertThat(err.toString()).contains("warning: cloud-native-nyc/ is not served: cloud-native-nyc.md is no"
                + " longer in " + dir);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private Map<String, RoundTrip.Event> events(String path) throws Exception {
        HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + app.port() + path)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        List<RoundTrip.Event> events = RoundTrip.events(response.body());
        return events.stream().collect(Collectors.toMap(RoundTrip.Event::uid, e -> e));
    }
}
