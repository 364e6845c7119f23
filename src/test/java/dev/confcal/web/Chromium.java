package dev.confcal.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by its chromedriver (no Selenium Manager, no downloads), with every host
 * name but localhost unresolvable: a page that reached for the internet would fail. Also runs axe-core, vendored
 * in the test resources ({@code axe/README.md}), inside the page.
 */
final class Chromium implements AutoCloseable {

    private static final File BINARY = new File("/usr/bin/chromium");
    private static final File DRIVER = new File("/usr/bin/chromedriver");
    private static final ObjectMapper JSON = new ObjectMapper();

    final ChromeDriver driver;

    static boolean installed() {
        return BINARY.canExecute() && DRIVER.canExecute();
    }

    Chromium() {
        var service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).usingAnyFreePort().build();
        var options = new ChromeOptions().setBinary(BINARY).addArguments("--headless=new", "--no-sandbox",
                "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1280,900", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--hide-scrollbars", "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost");
        driver = new ChromeDriver(service, options);
    }

    /** A desktop window, the light scheme, the CPU at full speed. */
    void reset() {
        size(1280, 900);
        colorScheme("light");
        driver.executeCdpCommand("Emulation.setCPUThrottlingRate", Map.of("rate", 1));
    }

    void size(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** {@code prefers-color-scheme} as the page sees it. */
    void colorScheme(String scheme) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    Object js(String script, Object... arguments) {
        return driver.executeScript(script, arguments);
    }

    void waitFor(String what, Supplier<Boolean> condition) {
        // app.js replaces the schedule as the builder changes: an element found a moment ago may be gone
        new WebDriverWait(driver, Duration.ofSeconds(10)).withMessage(what)
                .ignoring(StaleElementReferenceException.class).until(d -> condition.get());
    }

    /** The ids of the sessions the schedule shows, in order. */
    @SuppressWarnings("unchecked")
    List<String> sessions() {
        // in one script: the list read at one moment, never half the old and half the new
        return (List<String>) js("return Array.from(document.querySelectorAll('#schedule article.session'))"
                + ".filter(e => e.getClientRects().length > 0).map(e => e.dataset.id);");
    }

    /** The heading levels of the page, in order. */
    @SuppressWarnings("unchecked")
    List<Long> headings() {
        return (List<Long>) js("return Array.from(document.querySelectorAll('h1,h2,h3,h4,h5,h6'))"
                + ".map(h => Number(h.tagName.substring(1)));");
    }

    /** Every axe-core violation on the page as it is now: {@code rule (impact): element: what is wrong}. */
    List<String> axeViolations() throws IOException {
        if (!Boolean.TRUE.equals(js("return typeof window.axe === 'object';"))) {
            driver.executeCdpCommand("Runtime.evaluate", Map.of("expression", axeSource()));
        }
        Object result = driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']})"
                + ".then(r => done(JSON.stringify(r.violations))).catch(e => done('axe failed: ' + e));");
        String text = String.valueOf(result);
        if (text.startsWith("axe failed")) {
            throw new IllegalStateException(text);
        }
        List<String> violations = new ArrayList<>();
        for (JsonNode violation : JSON.readTree(text)) {
            for (JsonNode node : violation.get("nodes")) {
                violations.add(violation.get("id").asText() + " (" + violation.get("impact").asText() + "): "
                        + node.get("target") + ": " + node.get("failureSummary").asText().replace('\n', ' '));
            }
        }
        return violations;
    }

    private static String axeSource() {
        try (InputStream in = Chromium.class.getResourceAsStream("/axe/axe.min.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A screenshot in {@code target/screenshots}, or where {@code -Dscreenshots=docs} says (the README's). */
    void screenshot(String name) throws IOException {
        File shot = driver.getScreenshotAs(OutputType.FILE);
        Path target = Path.of(System.getProperty("screenshots", "target/screenshots"));
        Files.createDirectories(target);
        Files.copy(shot.toPath(), target.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
