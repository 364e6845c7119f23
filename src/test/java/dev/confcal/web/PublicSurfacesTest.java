package dev.confcal.web;

import static dev.confcal.testing.TestServer.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.confcal.notes.NotesParser;
import dev.confcal.official.ExportFetcher;
import dev.confcal.testing.ExportServer;
import dev.confcal.publish.ledger.Ledger;
import dev.confcal.publish.LiveEdition;
import dev.confcal.publish.NotesSource;
import dev.confcal.publish.PublishPolicy;
import dev.confcal.publish.following.ScheduleFollowing;
import dev.confcal.testing.TestServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 23 item 2: what the server's operator and the notes keep private never reaches a public surface — the page
 * (in both languages), the feeds, the JSON and /healthz: not what a schedule source that is no calendar holds, not
 * a secret in the schedule URL's query, not the server's folders, not comments in the front matter.
 */
class PublicSurfacesTest {

    private static final String SECRETS = "hunter2";

    @TempDir
    Path dir;

    private static final String NOTES = """
            ---
            title: KubeCon <!-- budget hunter2 -->
            location: Hall 1 <!-- door code hunter2 -->
            timezone: Asia/Shanghai <!-- or hunter2? -->
            schedule: %s
            ---
            ## 2023-09-27

            ### 11:00

            [Containers - Ann Lee, Acme](https://kccncosschn2023.sched.com/event/1PTJt)
            """;

    private TestServer serve(String schedule) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("private-folder"));
        Path notes = Files.writeString(folder.resolve("notes.md"), NOTES.formatted(schedule), StandardCharsets.UTF_8);
        Path state = folder.resolve("state.json");
        return new TestServer(clock -> LiveEdition.load(NotesSource.of(notes),
                year -> NotesParser.builder().clock(clock).fallbackYear(year).build(), Ledger.open(state, w -> { }),
                clock, PublishPolicy.DEFAULT, new ScheduleFollowing(null, folder, new ExportFetcher(
                        ExportFetcher.Limits.DEFAULT), state, clock, Duration.ofMinutes(30),
                        ScheduleFollowing.Mode.ONCE)), TestServer.options());
    }

    /** Everything anyone can fetch from the server. */
    private static String everything(TestServer server) throws Exception {
        List<String> answers = new ArrayList<>();
        for (String path : List.of("/", "/?hl=zh", "/healthz", "/calendar.ics", "/starred.ics", "/sessions.json",
                "/count.json", "/sessions/1PTJt.ics")) {
            answers.add(text(server.get(path)));
        }
        return String.join("\n", answers);
    }

    @Test
    void aScheduleSourceThatIsNoCalendarIsNamedByKindNotByWhatItHolds() throws Exception {
        Path secret = Files.writeString(dir.resolve("app.env"), "DATABASE_PASSWORD=" + SECRETS + "\n");
        try (TestServer server = serve(secret.toString())) {
            String all = everything(server);
            assertThat(all).contains("app.env: the official schedule is not an iCalendar file; it is not used")
                    .doesNotContain(SECRETS).doesNotContain(dir.toString()).doesNotContain("<!--");
            assertThat(all).contains("KubeCon").contains("Hall 1");
        }
    }

    @Test
    void aSecretInTheScheduleUrlsQueryIsNeverShown() throws Exception {
        try (ExportServer export = new ExportServer("not a calendar".getBytes(StandardCharsets.UTF_8));
             TestServer server = serve(export.uri() + "?token=" + SECRETS)) {
            String all = everything(server);
            assertThat(all).contains(export.uri() + "?…").doesNotContain(SECRETS).doesNotContain(dir.toString());
        }
    }
}
