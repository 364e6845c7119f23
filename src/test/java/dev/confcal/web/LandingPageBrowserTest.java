package dev.confcal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.confcal.calendar.RoundTrip;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The landing page in a real browser (Debian's headless Chromium). Skipped where Chromium is not installed;
 * {@code .ci/run} installs it. With {@code -Dscreenshots=docs} the desktop and phone screenshots are written
 * there for the README.
 */
@Tag("browser")
class LandingPageBrowserTest {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    @TempDir
    Path dir;
    TestServer server;
    WebDriver browser;

    @BeforeEach
    void start() throws Exception {
        assumeTrue(CHROMIUM.canExecute() && CHROMEDRIVER.canExecute(), "Debian's chromium and chromium-driver");
        Path notes = dir.resolve("kubecon.md");
        String seed = new String(getClass().getResourceAsStream("/golden/kubecon-china-2023.md").readAllBytes(),
                StandardCharsets.UTF_8);
        Files.writeString(notes, seed + """

                ### 5:00pm

                **[Hostile notes | Hostile Notes - Eve, Evil Corp](https://kccncosschn2023.sched.com/event/EVIL1)**

                <script>document.title = 'pwned'</script> <img src="x" onerror="document.title = 'pwned'">
                [click me](javascript:document.title='pwned')

                **[Overlapping | Overlapping Talk - Bob, Acme](https://kccncosschn2023.sched.com/event/EVIL2)**
                """);
        server = new TestServer(notes);
        var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).usingAnyFreePort().build();
        var options = new ChromeOptions().setBinary(CHROMIUM).addArguments("--headless=new", "--no-sandbox",
                "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1280,900", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost");
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    private WebElement find(String css) {
        return browser.findElement(By.cssSelector(css));
    }

    private void waitFor(String what, java.util.function.Supplier<Boolean> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).withMessage(what).until(driver -> condition.get());
    }

    @Test
    void theScheduleShowsEverySessionByDayAndSlot() {
        browser.get(server.url("/"));
        assertThat(browser.findElements(By.cssSelector("article.session"))).hasSize(36);
        assertThat(browser.findElements(By.cssSelector("article.session.starred"))).hasSize(12);
        assertThat(find("#s-1PTJt .title").getText()).isEqualTo("SIG集群生命周期：Kubespray的新功能");
        assertThat(find("#s-1PTJt .alt-title").getText()).isEqualTo("SIG Cluster Lifecycle: What's New in Kubespray");
        assertThat(find("#s-1PTJt .speakers").getText()).isEqualTo("Kay Yan (DaoCloud)");
        assertThat(find("#day-2023-09-28 .slot .conflict").getText()).isEqualTo("2 starred sessions at 17:00");
    }

    @Test
    void notesExpandToRenderedMarkdownWithClickableLinks() {
        browser.get(server.url("/"));
        WebElement containerd = find("#s-1PTKB details");
        assertThat(containerd.getAttribute("open")).isNull();
        containerd.findElement(By.tagName("summary")).click();
        WebElement link = containerd.findElement(By.cssSelector(".notes a"));
        assertThat(link.getText()).isEqualTo("Sandbox API");
        assertThat(link.getAttribute("href")).isEqualTo("https://github.com/containerd/containerd/issues/4131");
        assertThat(containerd.findElement(By.cssSelector(".notes strong")).getText())
                .isEqualTo("Node Resource Interface");
    }

    @Test
    void starredAndAKeywordUpdateTheCountAndTheUrlAndThatUrlServesExactlyThoseSessions() throws Exception {
        browser.get(server.url("/"));
        assertThat(find("#feed-count").getText()).isEqualTo("36 sessions");
        find("input[name=starred]").click();
        find("input[name=q]").sendKeys("WASM");
        waitFor("the count follows the builder", () -> find("#feed-count").getText().equals("2 sessions"));
        String feedUrl = find("#feed-url").getAttribute("value");
        assertThat(feedUrl).isEqualTo(server.url("/calendar.ics?starred=true&q=wasm"));

        List<String> uids = RoundTrip.events(server.get("/calendar.ics?starred=true&q=wasm").body()).stream()
                .map(RoundTrip.Event::uid).toList();
        assertThat(uids).containsExactly("1R598@kccncosschn2023.sched.com", "1PTF3@kccncosschn2023.sched.com");

        String webcal = feedUrl.replace("http://", "webcal://");
        assertThat(find("#subscribe-link").getAttribute("href")).isEqualTo(webcal);
        assertThat(find("#google-link").getAttribute("href")).isEqualTo(
                "https://calendar.google.com/calendar/r?cid=" + FeedQuery.encode(webcal));
        assertThat(find("#outlook-link").getAttribute("href")).isEqualTo(
                "https://outlook.live.com/calendar/0/addfromweb?url=" + FeedQuery.encode(feedUrl) + "&name="
                        + FeedQuery.encode("Kubecon"));
        assertThat(find("#download-link").getAttribute("href")).isEqualTo(feedUrl + "&download=1");
        assertThat(browser.getCurrentUrl()).endsWith("/?starred=true&q=wasm");
        assertThat(browser.findElements(By.cssSelector("article.session")).stream().filter(WebElement::isDisplayed)
                .map(e -> e.getAttribute("data-id")).toList()).containsExactly("1R598", "1PTF3");
    }

    @Test
    void aPageOpenedWithExcludeKeepsItWhenTheBuilderChanges() {
        browser.get(server.url("/?exclude=kubespray"));
        assertThat(find("input[name=exclude]").getAttribute("value")).isEqualTo("kubespray");
        assertThat(find("#feed-count").getText()).isEqualTo("35 sessions");
        find("input[name=starred]").click();
        waitFor("the count follows the builder", () -> find("#feed-count").getText().equals("12 sessions"));
        assertThat(find("#feed-url").getAttribute("value"))
                .isEqualTo(server.url("/calendar.ics?starred=true&exclude=kubespray"));
        assertThat(browser.getCurrentUrl()).endsWith("/?starred=true&exclude=kubespray");
        find("input[name=starred]").click();
        find("input[name=exclude]").clear();
        waitFor("every session again", () -> find("#feed-count").getText().equals("36 sessions"));
        assertThat(find("#shown").isDisplayed()).as("one session is not on this page").isTrue();
        assertThat(find("#shown a").getAttribute("href")).endsWith("/");
    }

    @Test
    void anInvalidReminderIsExplainedNotSilentlyIgnored() {
        browser.get(server.url("/"));
        find("input[name=alarm]").sendKeys("5000");
        waitFor("the server's message", () -> find("#feed-count").getText().contains("alarm"));
        assertThat(find("#feed-count").getText()).contains("is not a number of minutes from 0 to 1440");
    }

    @Test
    void scriptsInTheNotesNeverRun() {
        browser.get(server.url("/"));
        WebElement hostile = find("#s-EVIL1 details");
        hostile.findElement(By.tagName("summary")).click();
        assertThat(hostile.findElement(By.className("notes")).getText()).contains("<script>");
        assertThat(hostile.findElements(By.cssSelector(".notes a"))).isEmpty();
        assertThat(hostile.findElements(By.cssSelector(".notes img"))).isEmpty();
        assertThat(browser.getTitle()).isEqualTo("Kubecon — confcal");
    }

    @Test
    void readableOnAPhoneAndScreenshotsForTheReadme() throws Exception {
        browser.get(server.url("/"));
        browser.manage().window().setSize(new Dimension(375, 812));
        browser.get(server.url("/"));
        Number overflow = (Number) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow.intValue()).as("horizontal scrolling on a phone").isLessThanOrEqualTo(0);
        assertThat(find("#copy").isDisplayed()).as("JavaScript shows Copy URL").isTrue();
        assertThat(find("#update").isDisplayed()).as("JavaScript hides the Update button").isFalse();

        try (TestServer seed = new TestServer(null)) { // the bundled notes, as a new user sees them
            browser.manage().window().setSize(new Dimension(1280, 900));
            browser.get(seed.url("/?starred=true"));
            save("landing-desktop.png");
            browser.manage().window().setSize(new Dimension(375, 812));
            browser.get(seed.url("/"));
            save("landing-phone.png");
        }
    }

    private void save(String name) throws Exception {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Path target = Path.of(System.getProperty("screenshots", "target/screenshots"));
        Files.createDirectories(target);
        Files.copy(shot.toPath(), target.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
