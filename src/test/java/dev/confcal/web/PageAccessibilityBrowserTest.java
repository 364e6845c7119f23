package dev.confcal.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.confcal.testing.TestServer;
import dev.confcal.web.feed.BaseUrl;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The landing page for people who read it differently: with a screen reader (headings, the skip link, names,
 * languages), on a phone, in dark mode; and axe-core (vendored, run in the page) finding nothing in any of its
 * main states. With {@code -Dscreenshots=docs} the README's screenshots are written there.
 */
@Tag("browser")
class PageAccessibilityBrowserTest extends SeedPageInChromium {

    @Test
    void axeFindsNoViolationInAnyMainStateOfThePage() throws Exception {
        Map<String, List<String>> found = new LinkedHashMap<>();
        for (String scheme : List.of("light", "dark")) {
            for (String language : List.of("en", "zh")) {
                for (int[] size : new int[][] {{1280, 900}, {390, 844}}) {
                    String state = scheme + ", " + language + ", " + size[0] + "×" + size[1];
                    chromium.size(size[0], size[1]);
                    chromium.colorScheme(scheme);
                    open("/?hl=" + language);
                    found.put(state, chromium.axeViolations());
                    chromium.find("#add-button").click();
                    found.put(state + ", Add to calendar open", chromium.axeViolations());
                    chromium.find("#add-button").click();
                    chromium.find("#s-1PTKB summary").click();
                    found.put(state + ", notes open", chromium.axeViolations());
                    chromium.find("#builder-box summary").click();
                    found.put(state + ", more options open", chromium.axeViolations());
                    open("/?starred=true&q=wasm&hl=" + language);
                    found.put(state + ", must-see and a keyword", chromium.axeViolations());
                }
            }
        }
        chromium.reset();
        open("/");
        chromium.find("input[name=q]").sendKeys("nothing-matches-this");
        chromium.waitFor("the hint", () -> !chromium.all("#empty").isEmpty());
        found.put("filtered, no result", chromium.axeViolations());
        open("/?alarm=5000&q=wasm");
        found.put("invalid reminder", chromium.axeViolations());
        try (TestServer public_ = new TestServer(null, null,
                new WebOptions(BaseUrl.parse("https://confcal.example.org"), false, false, 8 << 20))) {
            chromium.driver.get(public_.url("/"));
            chromium.find("#add-button").click();
            found.put("public address, Add to calendar open", chromium.axeViolations());
        }
        Files.writeString(dir.resolve("big.md"), ConferenceNotes.of(18, 8));
        try (TestServer big = new TestServer(dir.resolve("big.md"))) {
            chromium.driver.get(big.url("/"));
            found.put("1,000 sessions, days folded", chromium.axeViolations());
        }
        System.out.printf("axe-core: %d states checked%n", found.size());
        found.values().removeIf(List::isEmpty);
        assertThat(found).as("axe-core violations by state").isEmpty();
    }

    @Test
    void headingsGoDownOneLevelAtATimeAndTheSkipLinkLeadsToTheSchedule() {
        open("/");
        List<Long> levels = chromium.headings();
        assertThat(levels).startsWith(1L, 2L, 3L, 4L, 5L);
        for (int i = 1; i < levels.size(); i++) {
            assertThat(levels.get(i)).as("heading %d", i).isLessThanOrEqualTo(levels.get(i - 1) + 1);
        }
        chromium.find("body").sendKeys(Keys.TAB);
        WebElement skip = chromium.driver.switchTo().activeElement();
        assertThat(skip.getText()).isEqualTo("Skip to the schedule");
        assertThat(skip.getRect().getY()).as("visible once focused").isGreaterThanOrEqualTo(0);
        skip.sendKeys(Keys.ENTER);
        assertThat(chromium.driver.getCurrentUrl()).endsWith("#schedule");
    }

    @Test
    void theStarAndEachSessionsActionsHaveNamesThatSayWhichSession() {
        open("/");
        assertThat(chromium.find("#s-1R598 .star + .sr-only").getAttribute("textContent")).isEqualTo("Must-see");
        assertThat(chromium.find("#s-1R598 .star").getAttribute("aria-hidden")).isEqualTo("true");
        chromium.find("#s-1PTJt summary").click(); // the actions are with the notes, opened on demand
        assertThat(chromium.find("#g-1PTJt").getAccessibleName())
                .isEqualTo("Add to Google Calendar SIG Cluster Lifecycle: What's New in Kubespray");
        assertThat(chromium.find("#d-1PTJt").getAccessibleName())
                .isEqualTo("Download .ics SIG Cluster Lifecycle: What's New in Kubespray");
        chromium.find("#add-button").click();
        assertThat(chromium.find("#microsoft365-link").getAccessibleName()).isEqualTo("Microsoft 365 work or school Outlook");
    }

    @Test
    void everyTextIsInItsLanguageAndChineseIsDrawnWithAChineseFont() {
        open("/?hl=zh");
        assertThat(chromium.find("html").getAttribute("lang")).isEqualTo("zh-Hans");
        assertThat(chromium.js("return document.querySelector('#t-1PTJt').closest('[lang]').lang;")).isEqualTo("zh-Hans");
        assertThat(chromium.js("return document.querySelector('#s-1PTJt .alt-title').closest('[lang]').lang;"))
                .isEqualTo("en");
        assertThat((String) chromium.js("return getComputedStyle(document.querySelector('#t-1PTJt')).fontFamily;"))
                .startsWith("system-ui, -apple-system, \"PingFang SC\", \"Hiragino Sans GB\", \"Microsoft YaHei\","
                        + " \"Noto Sans CJK SC\"");
        for (String path : List.of("/?hl=zh", "/")) {
            open(path);
            Object untagged = chromium.js("return Array.from(document.querySelectorAll('body *')).filter(e =>"
                    + " e.children.length === 0 && /\\p{Script=Han}/u.test(e.textContent)"
                    + " && !e.closest('[lang]').lang.startsWith('zh')).map(e => e.outerHTML);");
            assertThat((List<?>) untagged).as("Chinese text in another language on " + path).isEmpty();
        }
        assertThat(chromium.js("return document.querySelector('#add-button').closest('[lang]').lang;")).isEqualTo("en");
        assertThat(chromium.js("return document.querySelector('#t-1PTJt').closest('[lang]').lang;")).isEqualTo("en");
    }

    @Test
    void darkModeFollowsThePreferredColorScheme() throws Exception {
        open("/?starred=true");
        assertThat(chromium.js("return getComputedStyle(document.body).backgroundColor;")).isEqualTo("rgb(251, 251, 252)");
        chromium.colorScheme("dark");
        assertThat(chromium.js("return getComputedStyle(document.body).backgroundColor;")).isEqualTo("rgb(20, 23, 27)");
        assertThat(chromium.js("return getComputedStyle(document.body).color;")).isEqualTo("rgb(228, 231, 235)");
    }

    @Test
    void onAPhoneTheScheduleComesFirstEverythingIsTappableAndNothingScrollsSideways() throws Exception {
        chromium.size(390, 844);
        open("/");
        assertThat(((Number) chromium.js("return document.documentElement.scrollWidth"
                + " - document.documentElement.clientWidth;")).intValue()).as("horizontal scroll").isLessThanOrEqualTo(0);
        assertThat(chromium.find("#builder-box").getAttribute("open")).as("the options are folded").isNull();
        long viewport = (Long) chromium.js("return window.innerHeight;");
        assertThat(chromium.find("#schedule article.session").getRect().getY()).as("a session on the first screen")
                .isLessThan((int) viewport);
        for (String css : List.of("#schedule summary", ".languages a", "#add-button", ".tab > span", ".chip",
                "#about-link")) {
            for (WebElement target : chromium.all(css).subList(0, Math.min(10, chromium.all(css).size()))) {
                assertThat(target.getRect().getHeight()).as(css + " height").isGreaterThanOrEqualTo(44);
                assertThat(target.getRect().getWidth()).as(css + " width").isGreaterThanOrEqualTo(44);
            }
        }
        chromium.js("window.scrollTo(0, 3000);");
        assertThat(((Number) chromium.js("return Math.min(...Array.from(document.querySelectorAll('#schedule h3.day'))"
                + ".map(h => Math.abs(h.getBoundingClientRect().top)));")).doubleValue())
                .as("the day stays at the top").isLessThan(1.0);
        chromium.js("window.scrollTo(0, 0);");
        chromium.find("#builder-box summary").click();
        for (WebElement target : chromium.all("#builder-box label, #builder-box input[type=search]")) {
            if (target.isDisplayed()) {
                assertThat(target.getRect().getHeight()).as(target.getText() + " height").isGreaterThanOrEqualTo(44);
            }
        }
        assertThat(((Number) chromium.js("return document.documentElement.scrollWidth"
                + " - document.documentElement.clientWidth;")).intValue()).as("horizontal scroll").isLessThanOrEqualTo(0);
        for (String other : List.of("/?hl=zh", "/?q=wasm+webassembly&alarm=5000")) {
            open(other);
            chromium.find("#add-button").click();
            assertThat(((Number) chromium.js("return document.documentElement.scrollWidth"
                    + " - document.documentElement.clientWidth;")).intValue()).as("horizontal scroll on " + other)
                    .isLessThanOrEqualTo(0);
        }
    }

    @Test
    void mustSeeSessionsStandOutInLightAndDark() {
        for (String scheme : List.of("light", "dark")) {
            chromium.colorScheme(scheme);
            open("/");
            String starred = (String) chromium.js("return getComputedStyle(document.getElementById('s-1R598')).backgroundColor;");
            String plain = (String) chromium.js("return getComputedStyle(document.getElementById('s-1PTJt')).backgroundColor;");
            assertThat(starred).as(scheme).isNotEqualTo(plain).isNotEqualTo("rgba(0, 0, 0, 0)");
            assertThat(chromium.js("return getComputedStyle(document.querySelector('#s-1R598 .title')).fontWeight;"))
                    .as(scheme).isEqualTo("700");
        }
    }

    @Test
    void screenshotsForTheReadme() throws Exception {
        // the bundled notes at a public address, as a visitor of a deployed server sees them
        try (TestServer seed = new TestServer(null, null,
                new WebOptions(BaseUrl.parse("https://confcal.example.org"), false, false, 8 << 20))) {
            chromium.size(1280, 900);
            chromium.driver.get(seed.url("/"));
            chromium.screenshot("landing-desktop.png");
            chromium.size(390, 844);
            chromium.driver.get(seed.url("/"));
            chromium.screenshot("landing-phone.png");
            chromium.size(1280, 900);
            chromium.colorScheme("dark");
            chromium.driver.get(seed.url("/?starred=true")); // English: this machine's Chromium may have no CJK font
            chromium.find("#add-button").click();
            chromium.screenshot("landing-dark.png");
        }
    }
}
