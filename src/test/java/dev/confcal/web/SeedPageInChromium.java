package dev.confcal.web;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.confcal.testing.TestServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebElement;

/**
 * What the browser tests share: one Chromium per test class (reset between tests), and a fresh server over the
 * seed notes with two more sessions for every test. Skipped where Chromium is not installed.
 */
abstract class SeedPageInChromium {

    static Chromium chromium;

    @TempDir
    Path dir;
    TestServer server;

    /** The seed with two more sessions: one whose notes try to script the page, one at the same time. */
    static TestServer seedServer(Path dir) throws Exception {
        Path notes = dir.resolve("kubecon.md");
        String seed = new String(SeedPageInChromium.class.getResourceAsStream("/golden/kubecon-china-2023.md")
                .readAllBytes(), StandardCharsets.UTF_8);
        Files.writeString(notes, seed + """

                ### 5:00pm

                **[Hostile notes | Hostile Notes - Eve, Evil Corp](https://kccncosschn2023.sched.com/event/EVIL1)**

                <script>document.title = 'pwned'</script> <img src="x" onerror="document.title = 'pwned'">
                [click me](javascript:document.title='pwned')

                **[Overlapping | Overlapping Talk - Bob, Acme](https://kccncosschn2023.sched.com/event/EVIL2)**
                """);
        return new TestServer(notes);
    }

    @BeforeEach
    void start() throws Exception {
        assumeTrue(Chromium.installed(), "Debian's chromium and chromium-driver");
        chromium = chromium == null ? new Chromium() : chromium;
        chromium.reset();
        server = seedServer(dir);
    }

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @AfterAll
    static void stopBrowser() {
        if (chromium != null) {
            chromium.close();
            chromium = null;
        }
    }

    WebElement find(String css) {
        return chromium.find(css);
    }

    void open(String path) {
        chromium.driver.get(server.url(path));
    }
}
