package dev.confcal.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.confcal.testing.RoundTrip;
import dev.confcal.testing.TestServer;
import dev.confcal.web.feed.BaseUrl;
import dev.confcal.web.feed.FeedQuery;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The landing page in a real browser (Debian's headless Chromium), as a visitor uses it: the schedule follows the
 * builder, keywords split, an empty selection says why, the subscribe links are right. Skipped where Chromium is
 * not installed; {@code .ci/run} installs it. Structure, phone, dark mode and axe-core: {@link PageAccessibilityBrowserTest}.
 */
@Tag("browser")
class LandingPageBrowserTest extends SeedPageInChromium {

    private void countIs(String text) {
        chromium.waitFor("the count says " + text, () -> find("#feed-count").getText().equals(text));
    }

    @Test
    void theScheduleFollowsTheBuilderWithItsMatchesMarkedAndOneClickBackToEverything() throws Exception {
        open("/");
        assertThat(chromium.sessions()).hasSize(36);
        find("input[name=starred]").click();
        find("input[name=q]").sendKeys("WASM");
        countIs("3 sessions");
        chromium.waitFor("the list follows", () -> chromium.sessions().equals(List.of("1R598", "1PTKo", "1PTF3")));
        assertThat(chromium.all("#s-1R598 mark").stream().filter(WebElement::isDisplayed).map(WebElement::getText)
                .toList()).isNotEmpty().allMatch(text -> text.equalsIgnoreCase("wasm") || text.equals("WebAssembly"));
        assertThat(find("#shown").getText()).startsWith("Showing 3 of 36 sessions: ★ must-see only · “wasm”.");
        chromium.waitFor("the synonym said", () -> find("#synonyms").getText().equals("“wasm” also finds “webassembly”."));
        String feedUrl = find("#feed-url").getAttribute("value");
        assertThat(feedUrl).isEqualTo(server.url("/calendar.ics?starred=true&q=wasm"));
        assertThat(chromium.driver.getCurrentUrl()).endsWith("/?q=WASM&starred=true");
        @SuppressWarnings("unchecked")
        List<String> fetched = (List<String>) chromium.js(
                "return performance.getEntriesByType('resource').map(e => new URL(e.name).pathname);");
        assertThat(fetched).as("the count asked of the small endpoint").contains("/count.json")
                .doesNotContain("/sessions.json");
        assertThat(RoundTrip.events(server.get("/calendar.ics?starred=true&q=wasm").body()).stream()
                .map(RoundTrip.Event::uid).toList())
                .containsExactly("1R598@kccncosschn2023.sched.com", "1PTKo@kccncosschn2023.sched.com",
                        "1PTF3@kccncosschn2023.sched.com");

        find("#show-all").click();
        countIs("36 sessions");
        chromium.waitFor("every session again", () -> chromium.sessions().size() == 36);
        assertThat(find("input[name=starred]").isSelected()).isFalse();
        assertThat(find("input[name=q]").getAttribute("value")).isEmpty();
        assertThat(chromium.driver.getCurrentUrl()).endsWith(":" + server.app.port() + "/");
        assertThat(chromium.all("#shown")).isEmpty();
    }

    @Test
    void keywordsAreSplitOnSpacesAndCommasAndTheAddressKeepsThemAsTyped() throws Exception {
        open("/");
        find("input[name=q]").sendKeys("wasm webassembly, \"cloud native\"");
        String expected = "/calendar.ics?q=cloud%20native&q=wasm&q=webassembly";
        chromium.waitFor("the feed URL", () -> find("#feed-url").getAttribute("value").equals(server.url(expected)));
        int count = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(server.get("/count.json?q=wasm&q=webassembly&q=cloud%20native").body()).get("count").asInt();
        assertThat(count).isGreaterThan(2);
        countIs(count + " sessions");
        chromium.waitFor("the list follows", () -> chromium.sessions().size() == count);
        chromium.driver.navigate().refresh();
        assertThat(find("input[name=q]").getAttribute("value")).isEqualTo("wasm webassembly, \"cloud native\"");
        assertThat(find("#feed-url").getAttribute("value")).isEqualTo(server.url(expected));
        assertThat(chromium.sessions()).hasSize(count);
    }

    @Test
    void aSelectionThatFindsNothingSaysWhyAndItsOffersLeadToSessions() {
        open("/");
        find("input[name=starred]").click();
        find("input[name=q]").sendKeys("kubespray");
        countIs("0 sessions");
        chromium.waitFor("the hint", () -> !chromium.all("#empty").isEmpty());
        assertThat(find("#empty").getText()).contains("No session matches this selection.")
                .contains("On their own: ★ must-see only: 12 sessions · “kubespray”: 1 session.");
        find("#empty").findElement(By.linkText("Without ★ must-see only")).click();
        countIs("1 session");
        chromium.waitFor("the offer's session", () -> chromium.sessions().equals(List.of("1PTJt")));
        assertThat(find("input[name=starred]").isSelected()).isFalse();

        find("input[name=q]").clear();
        find("input[name=q]").sendKeys("kubspray");
        chromium.waitFor("a spelling", () -> !chromium.all("#empty").isEmpty());
        find("#empty").findElement(By.linkText("Search “kubespray” instead of “kubspray”")).click();
        chromium.waitFor("the corrected keyword", () -> chromium.sessions().equals(List.of("1PTJt")));
        assertThat(find("input[name=q]").getAttribute("value")).isEqualTo("kubespray");
    }

    @Test
    void eachItemOfAddToCalendarSaysWhichAppItIsForAndTheirLinksAreExact() throws Exception {
        try (TestServer public_ = new TestServer(null, null,
                new WebOptions(BaseUrl.parse("https://confcal.example.org"), false, false, 8 << 20))) {
            chromium.driver.get(public_.url("/"));
            find("input[name=starred]").click();
            countIs("10 sessions");
            find("#add-button").click();
            String feedUrl = "https://confcal.example.org/calendar.ics?starred=true";
            String webcal = feedUrl.replace("https://", "webcal://");
            chromium.waitFor("the menu follows", () -> find("#subscribe-link").getAttribute("href").equals(webcal));
            assertThat(find("#subscribe-link").getText()).isEqualTo("Apple Calendar, Outlook app\nsubscribes: stays up to date");
            assertThat(find("#google-link").getAttribute("href")).isEqualTo(
                    "https://calendar.google.com/calendar/r?cid=" + FeedQuery.encode(webcal));
            assertThat(find("#outlook-link").getAttribute("href")).isEqualTo("https://outlook.live.com/calendar/0/addfromweb?url="
                    + FeedQuery.encode(feedUrl) + "&name=Kubecon%20China%202023");
            assertThat(find("#microsoft365-link").getText()).isEqualTo("Microsoft 365\nwork or school Outlook");
            assertThat(find("#microsoft365-link").getAttribute("href")).isEqualTo("https://outlook.office.com/calendar/0/"
                    + "addfromweb?url=" + FeedQuery.encode(feedUrl) + "&name=Kubecon%20China%202023");
            assertThat(find("#download-link").getAttribute("href")).isEqualTo(feedUrl + "&download=1");
            assertThat(find("#google-settings").getAttribute("href"))
                    .isEqualTo("https://calendar.google.com/calendar/u/0/r/settings/addbyurl");
            assertThat(chromium.all("#unreachable")).isEmpty();
            find("body").sendKeys(org.openqa.selenium.Keys.ESCAPE);
            assertThat(find("#add").getAttribute("open")).as("Escape closes the menu").isNull();
        }
    }

    /** README: "When Google's button fails, the page links to Google's own 'From URL' page (the URL is copied on the way)". */
    @Test
    void googlesFromUrlLinkCopiesTheFeedUrlOnTheWay() throws Exception {
        try (TestServer public_ = new TestServer(null, null,
                new WebOptions(BaseUrl.parse("https://confcal.example.org"), false, false, 8 << 20))) {
            chromium.driver.get(public_.url("/?starred=true"));
            // a clipboard that records, and the link kept from leaving for Google (tests never reach the internet)
            chromium.js("window.copied = null; Object.defineProperty(navigator, 'clipboard', {configurable: true,"
                    + " value: {writeText: function (text) { window.copied = text; return Promise.resolve(); }}});"
                    + " document.getElementById('google-settings').addEventListener('click',"
                    + " function (e) { e.preventDefault(); });");
            find("#add-button").click();
            find("#google-settings").click();
            assertThat(chromium.js("return window.copied;")).isEqualTo("https://confcal.example.org/calendar.ics?starred=true");
        }
    }

    @Test
    void anInvalidReminderIsExplainedAndLeavesNoLinkThatAnswers400() throws Exception {
        open("/?starred=true&alarm=10");
        find("input[name=alarm]").clear();
        find("input[name=alarm]").sendKeys("5000");
        chromium.waitFor("the reason", () -> find("#form-errors").getText().contains("from 0 to 1440"));
        assertThat(find("input[name=alarm]").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(find("#reminder-note").getAttribute("hidden")).isNotNull();
        // as the page is now: the script sets the feed URL box's value, which the page source does not show
        String now = (String) chromium.js("return Array.from(document.querySelectorAll('[href], [data-feed]'))"
                + ".flatMap(e => ['href', 'data-feed', 'data-download'].filter(n => e.hasAttribute(n))"
                + ".map(n => n + '=\"' + e.getAttribute(n) + '\"'))"
                + ".concat(['value=\"' + document.getElementById('feed-url').value + '\"']).join(' ');");
        var links = PageLinks.onServer(now, server.url(""));
        assertThat(links).as("the links the script wrote").contains("/calendar.ics?starred=true",
                "/calendar.ics?starred=true&download=1");
        for (String link : links) {
            assertThat(link).doesNotContain("alarm");
            assertThat(server.get(link).statusCode()).as(link).isEqualTo(200);
        }
        find("input[name=alarm]").clear();
        find("input[name=alarm]").sendKeys("10");
        chromium.waitFor("the reminder", () -> find("#feed-url").getAttribute("value").endsWith("&alarm=10"));
        assertThat(find("#form-errors").getText()).isEmpty();
        assertThat(find("#reminder-note").getAttribute("hidden")).isNull();
        assertThat(find("#reminder-note").getAttribute("textContent")).startsWith("Google Calendar ignores reminders in calendars it");
    }

    @Test
    void theLabelsSwitchToChineseAndStaySoWhileTheBuilderChanges() {
        open("/");
        chromium.driver.findElement(By.linkText("中文")).click();
        assertThat(find("#add-button").getText()).isEqualTo("添加到日历");
        assertThat(find("#q").getAttribute("placeholder")).isEqualTo("搜索标题、讲者、笔记，如 wasm、服务网格");
        assertThat(find("html").getAttribute("lang")).isEqualTo("zh-Hans");
        find("input[name=starred]").click();
        countIs("12 个场次");
        chromium.waitFor("the address keeps the language", () -> chromium.driver.getCurrentUrl()
                .endsWith("/?starred=true&hl=zh"));
        chromium.waitFor("the list in Chinese", () -> find("#shown").getText().startsWith("共 36 个场次，显示 12 个：★ 只看必看"));
        chromium.driver.findElement(By.linkText("English")).click();
        assertThat(find("#add-button").getText()).isEqualTo("Add to calendar");
        assertThat(find("input[name=starred]").isSelected()).isTrue();
    }

    @Test
    void notesOpenOnDemandAsRenderedMarkdownWithClickableLinks() {
        open("/");
        WebElement containerd = find("#s-1PTKB details");
        assertThat(containerd.getAttribute("open")).isNull();
        assertThat(containerd.findElement(By.className("notes")).isDisplayed()).as("closed, one line").isFalse();
        assertThat(find("#s-1PTKB").getRect().getHeight()).as("one line a session").isLessThan(40);
        WebElement summary = containerd.findElement(By.tagName("summary"));
        assertThat(summary.getText()).isEqualTo("Notes");
        assertThat(summary.getAccessibleName()).isEqualTo("Notes");
        summary.click();
        WebElement link = containerd.findElement(By.cssSelector(".notes a"));
        assertThat(link.getText()).isEqualTo("Sandbox API");
        assertThat(link.getAttribute("href")).isEqualTo("https://github.com/containerd/containerd/issues/4131");
        assertThat(containerd.findElement(By.cssSelector(".notes strong")).getText()).isEqualTo("Node Resource Interface");
        assertThat(containerd.findElement(By.cssSelector(".alt-title")).getText()).isEqualTo("项目更新和深入探讨：containerd");
        assertThat(containerd.findElement(By.cssSelector(".actions a")).isDisplayed()).isTrue();
    }

    @Test
    void scriptsInTheNotesNeverRun() {
        open("/");
        WebElement hostile = find("#s-EVIL1 details");
        hostile.findElement(By.tagName("summary")).click();
        assertThat(hostile.findElement(By.className("notes")).getText()).contains("<script>");
        assertThat(hostile.findElements(By.cssSelector(".notes a"))).isEmpty();
        assertThat(hostile.findElements(By.cssSelector(".notes img"))).isEmpty();
        assertThat(chromium.driver.getTitle()).isEqualTo("Kubecon — confcal");
    }

    @Test
    void aThousandSessionsListTheirFirstDayAndUnfoldTheOthersOnRequest() throws Exception {
        Files.writeString(dir.resolve("big.md"), ConferenceNotes.of(18, 8));
        try (TestServer big = new TestServer(dir.resolve("big.md"))) {
            chromium.driver.get(big.url("/"));
            assertThat(chromium.sessions()).hasSize(56);
            assertThat((Long) chromium.js("return document.getElementsByTagName('*').length;")).isLessThan(3_000L);
            find("#unfold-2023-09-03").click();
            chromium.waitFor("the third day", () -> chromium.sessions().size() == 112);
            assertThat(chromium.sessions()).contains("B0000113", "B0000168").doesNotContain("B0000057");
            assertThat((String) chromium.js("return document.activeElement.textContent;"))
                    .isEqualTo("Sunday, 3 September 2023");
            find("input[name=q]").sendKeys("wasm");
            countIs("504 sessions");
            chromium.waitFor("the selection's first day", () -> chromium.sessions().size() == 56);
        }
    }

    @Test
    void aStaticExportOpenedAsAFileSaysCalendarServicesCannotReachIt() throws Exception {
        var parsed = dev.confcal.notes.NotesParser.create().parse("kubecon.md",
                Files.readString(dir.resolve("kubecon.md")));
        var edition = dev.confcal.publish.ledger.Ledger.inMemory().publish(parsed.schedule(), java.time.Instant.EPOCH);
        new StaticExport(new dev.confcal.calendar.IcsWriter()).write(edition, dir.resolve("site"), null);
        chromium.driver.get(dir.resolve("site/index.html").toUri().toString());
        find("#add-button").click();
        assertThat(find("#unreachable").isDisplayed()).isTrue();
        assertThat(find("#google-link").getTagName()).isEqualTo("button");
        assertThat(find("#google-link").isEnabled()).isFalse();
        assertThat(find("#subscribe-link").getAttribute("href")).isEqualTo(dir.resolve("site/calendar.ics").toUri().toString());
        assertThat(chromium.sessions()).hasSize(36);
        // its calendars as tabs: the list shows the must-see sessions, the menu adds starred.ics
        find("#add-button").click();
        chromium.driver.findElement(By.xpath("//label[contains(@class,'tab')][span[starts-with(., '★ Must-see')]]")).click();
        chromium.waitFor("the must-see list", () -> chromium.sessions().size() == 12);
        find("#add-button").click();
        assertThat(find("#subscribe-link").getAttribute("href")).isEqualTo(dir.resolve("site/starred.ics").toUri().toString());
        assertThat(find("#feed-count").getText()).isEqualTo("12 sessions");
        assertThat(chromium.sessions()).containsExactlyElementsOf(RoundTrip.events(Files.readAllBytes(
                dir.resolve("site/starred.ics"))).stream().map(e -> e.uid().replace("@kccncosschn2023.sched.com", "")).toList());
    }
}
