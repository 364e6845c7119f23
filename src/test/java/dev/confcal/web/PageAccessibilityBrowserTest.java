package dev.confcal.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.confcal.testing.TestServer;
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
        open("/");
        found.put("default", chromium.axeViolations());
        chromium.find("#s-1PTKB summary").click();
        found.put("notes open", chromium.axeViolations());
        chromium.find("input[name=q]").sendKeys("nothing-matches-this");
        chromium.waitFor("the hint", () -> !chromium.all("#empty").isEmpty());
        found.put("filtered, no result", chromium.axeViolations());
        open("/?alarm=5000&q=wasm");
        found.put("invalid reminder", chromium.axeViolations());
        open("/?hl=zh&starred=true");
        found.put("Chinese labels", chromium.axeViolations());
        chromium.colorScheme("dark");
        open("/?starred=true");
        found.put("dark", chromium.axeViolations());
        open("/?hl=zh&q=wasm");
        found.put("Chinese labels, dark", chromium.axeViolations());
        chromium.reset();
        chromium.size(375, 812);
        open("/");
        found.put("phone", chromium.axeViolations());
        chromium.find("#quick-subscribe").click();
        found.put("phone, builder open", chromium.axeViolations());
        chromium.colorScheme("dark");
        found.put("phone, dark", chromium.axeViolations());
        chromium.reset();
        Files.writeString(dir.resolve("big.md"), ConferenceNotes.of(18, 8));
        try (TestServer big = new TestServer(dir.resolve("big.md"))) {
            chromium.driver.get(big.url("/"));
            found.put("1,000 sessions, days folded", chromium.axeViolations());
        }
        found.values().removeIf(List::isEmpty);
        assertThat(found).as("axe-core violations by state").isEmpty();
    }

    @Test
    void headingsGoDownOneLevelAtATimeAndTheSkipLinkLeadsToTheSchedule() {
        open("/");
        List<Long> levels = chromium.headings();
        assertThat(levels).startsWith(1L, 2L, 2L, 3L, 4L, 5L);
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
        assertThat(chromium.find("#s-1R598 .sr-only").getAttribute("textContent")).isEqualTo("Starred");
        assertThat(chromium.find("#s-1R598 .star").getAttribute("aria-hidden")).isEqualTo("true");
        assertThat(chromium.find("#g-1PTJt").getAccessibleName())
                .isEqualTo("Add to Google Calendar SIG集群生命周期：Kubespray的新功能");
        assertThat(chromium.find("#d-1PTJt").getAccessibleName()).isEqualTo("Download .ics SIG集群生命周期：Kubespray的新功能");
        assertThat(chromium.find("#microsoft365-link").getAccessibleName()).isEqualTo("Microsoft 365 work or school Outlook");
    }

    @Test
    void everyTextIsInItsLanguageAndChineseIsDrawnWithAChineseFont() {
        open("/");
        assertThat(chromium.find("html").getAttribute("lang")).isEqualTo("zh-Hans");
        assertThat(chromium.js("return document.querySelector('#t-1PTJt').closest('[lang]').lang;")).isEqualTo("zh-Hans");
        assertThat(chromium.js("return document.querySelector('#s-1PTJt .alt-title').closest('[lang]').lang;"))
                .isEqualTo("en");
        assertThat(chromium.js("return document.querySelector('#subscribe-title').closest('[lang]').lang;"))
                .isEqualTo("en");
        assertThat((String) chromium.js("return getComputedStyle(document.querySelector('#t-1PTJt')).fontFamily;"))
                .startsWith("system-ui, -apple-system, \"PingFang SC\", \"Hiragino Sans GB\", \"Microsoft YaHei\","
                        + " \"Noto Sans CJK SC\"");
        Object untagged = chromium.js("return Array.from(document.querySelectorAll('#schedule *')).filter(e =>"
                + " e.children.length === 0 && /\\p{Script=Han}/u.test(e.textContent)"
                + " && e.closest('[lang]').lang !== 'zh-Hans').map(e => e.outerHTML);");
        assertThat((List<?>) untagged).as("Chinese text in another language").isEmpty();
    }

    @Test
    void darkModeFollowsThePreferredColorScheme() throws Exception {
        open("/?starred=true");
        assertThat(chromium.js("return getComputedStyle(document.body).backgroundColor;")).isEqualTo("rgb(251, 251, 252)");
        chromium.colorScheme("dark");
        assertThat(chromium.js("return getComputedStyle(document.body).backgroundColor;")).isEqualTo("rgb(20, 23, 27)");
        assertThat(chromium.js("return getComputedStyle(document.body).color;")).isEqualTo("rgb(228, 231, 235)");
        chromium.screenshot("landing-dark.png");
    }

    @Test
    void onAPhoneTheScheduleComesFirstEverythingIsTappableAndNothingScrollsSideways() throws Exception {
        chromium.size(375, 812);
        open("/");
        assertThat(((Number) chromium.js("return document.documentElement.scrollWidth"
                + " - document.documentElement.clientWidth;")).intValue()).as("horizontal scroll").isLessThanOrEqualTo(0);
        assertThat(chromium.find("#builder-box").getAttribute("open")).as("the builder is folded").isNull();
        long viewport = (Long) chromium.js("return window.innerHeight;");
        assertThat(chromium.find("#schedule article.session").getRect().getY()).as("a session on the first screen")
                .isLessThan((int) viewport);
        for (String css : List.of("#schedule .actions a", "#quick-subscribe", "#schedule summary", ".languages a")) {
            for (WebElement target : chromium.all(css).subList(0, Math.min(10, chromium.all(css).size()))) {
                assertThat(target.getRect().getHeight()).as(css + " height").isGreaterThanOrEqualTo(44);
                assertThat(target.getRect().getWidth()).as(css + " width").isGreaterThanOrEqualTo(44);
            }
        }
        chromium.js("window.scrollTo(0, 3000);");
        assertThat(((Number) chromium.js("return document.getElementById('quickbar').getBoundingClientRect().top;"))
                .doubleValue()).as("the Subscribe bar stays at the top").isEqualTo(0.0);
        chromium.find("#quick-subscribe").click();
        assertThat(chromium.find("#builder-box").getAttribute("open")).isNotNull();
        for (WebElement target : chromium.all("#subscribe label, #subscribe .button, #subscribe input[type=search]")) {
            if (target.isDisplayed()) {
                assertThat(target.getRect().getHeight()).as(target.getText() + " height").isGreaterThanOrEqualTo(44);
            }
        }
        assertThat(((Number) chromium.js("return document.documentElement.scrollWidth"
                + " - document.documentElement.clientWidth;")).intValue()).as("horizontal scroll").isLessThanOrEqualTo(0);
        for (String other : List.of("/?hl=zh", "/?q=wasm+webassembly&alarm=5000")) {
            open(other);
            chromium.find("#quick-subscribe").click();
            assertThat(((Number) chromium.js("return document.documentElement.scrollWidth"
                    + " - document.documentElement.clientWidth;")).intValue()).as("horizontal scroll on " + other)
                    .isLessThanOrEqualTo(0);
        }
    }

    @Test
    void screenshotsForTheReadme() throws Exception {
        // the bundled notes at a public address, as a visitor of a deployed server sees them
        try (TestServer seed = new TestServer(null, null,
                new WebOptions(BaseUrl.parse("https://confcal.example.org"), false, false, 8 << 20))) {
            chromium.size(1280, 1400);
            chromium.driver.get(seed.url("/?starred=true"));
            chromium.screenshot("landing-desktop.png");
            chromium.size(375, 812);
            chromium.driver.get(seed.url("/"));
            chromium.screenshot("landing-phone.png");
            chromium.size(1280, 1400);
            chromium.colorScheme("dark");
            chromium.driver.get(seed.url("/?q=wasm+webassembly"));
            chromium.screenshot("landing-dark.png");
        }
    }
}
