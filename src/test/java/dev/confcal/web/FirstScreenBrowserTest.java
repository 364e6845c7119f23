package dev.confcal.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.confcal.testing.RoundTrip;
import dev.confcal.testing.TestServer;
import dev.confcal.web.feed.BaseUrl;
import dev.confcal.web.feed.FeedQuery;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The page as a new visitor meets it (issue 22): what the first screen holds on a laptop and a phone, how many
 * sessions one screen of the list shows, that typing changes the list where the visitor is looking, that "Add to
 * calendar" adds exactly what the list shows, what a private address and an empty list offer, and that every link
 * the page holds answers 200. Measured in Chromium at 1280×900 and 390×844.
 */
@Tag("browser")
class FirstScreenBrowserTest extends SeedPageInChromium {

    /** Whether the element is wholly on the screen as it is, without scrolling. */
    private boolean onScreen(WebElement element) {
        return (Boolean) chromium.js("const r = arguments[0].getBoundingClientRect();"
                + " return r.width > 0 && r.height > 0 && r.top >= 0 && r.left >= 0"
                + " && r.bottom <= window.innerHeight && r.right <= window.innerWidth;", element);
    }

    /** How many sessions are wholly on the screen now. */
    private long sessionsOnScreen() {
        return (Long) chromium.js("return Array.from(document.querySelectorAll('#schedule article.session'))"
                + ".filter(e => { const r = e.getBoundingClientRect(); return r.height > 0 && r.top >= 0"
                + " && r.bottom <= window.innerHeight; }).length;");
    }

    private void countIs(String text) {
        chromium.waitFor("the count says " + text, () -> find("#feed-count").getText().equals(text));
    }

    @Test
    void onALaptopTheFirstScreenHoldsTheSearchAddToCalendarAndTheFirstSessionsAndAScreenOfTheListHoldsTenOrMore() {
        chromium.size(1280, 900);
        open("/");
        assertThat(onScreen(find("#q"))).as("the search box").isTrue();
        assertThat(onScreen(find("#add-button"))).as("Add to calendar").isTrue();
        assertThat(onScreen(find("#schedule article.session"))).as("the first session").isTrue();
        long first = sessionsOnScreen();
        // one screen of the list: scrolled so that the list starts at the top
        chromium.js("window.scrollTo(0, document.querySelector('#schedule .schedule-day').getBoundingClientRect().top"
                + " + window.scrollY);");
        long screen = sessionsOnScreen();
        System.out.printf("1280x900: viewport %s px, %d sessions on the first screen, %d on one screen of the list%n",
                chromium.js("return window.innerHeight;"), first, screen);
        assertThat(first).as("sessions on the first screen").isGreaterThanOrEqualTo(5);
        assertThat(screen).as("sessions on one screen of the list").isGreaterThanOrEqualTo(10);
        chromium.js("window.scrollTo(0, 2000);");
        assertThat(((Number) chromium.js("return Math.min(...Array.from(document.querySelectorAll('#schedule h3.day'))"
                + ".map(h => Math.abs(h.getBoundingClientRect().top)));")).doubleValue())
                .as("a day heading stays at the top while its sessions scroll").isLessThan(1.0);
    }

    @Test
    void onAPhoneTheFirstScreenHoldsTheSameWithTheOptionsFolded() {
        chromium.size(390, 844);
        open("/");
        assertThat(find("#builder-box").getAttribute("open")).as("the options are folded").isNull();
        assertThat(onScreen(find("#q"))).as("the search box").isTrue();
        assertThat(onScreen(find("#add-button"))).as("Add to calendar").isTrue();
        assertThat(onScreen(find("#schedule article.session"))).as("the first session").isTrue();
        System.out.printf("390x844: %d sessions on the first screen%n", sessionsOnScreen());
        assertThat(((Number) chromium.js("return document.documentElement.scrollWidth"
                + " - document.documentElement.clientWidth;")).intValue()).as("horizontal scroll").isLessThanOrEqualTo(0);
        find("#add-button").click();
        for (WebElement item : chromium.all("#add-menu .item")) {
            assertThat(onScreen(item)).as(item.getText() + " on screen").isTrue();
            assertThat(item.getRect().getHeight()).as(item.getText() + " height").isGreaterThanOrEqualTo(44);
        }
    }

    @Test
    void typingAKeywordChangesTheListWithinTheFirstScreen() throws Exception {
        int istio = RoundTrip.events(server.get("/calendar.ics?q=istio").body()).size();
        chromium.size(1280, 900);
        open("/");
        assertThat(chromium.sessions()).hasSize(36);
        find("#q").sendKeys("istio");
        chromium.waitFor("the list follows", () -> chromium.sessions().size() < 36);
        chromium.waitFor("all of it", () -> chromium.sessions().size() == istio);
        assertThat((Long) chromium.js("return window.scrollY;")).as("nothing scrolled").isZero();
        WebElement first = find("#schedule article.session");
        assertThat(onScreen(first)).as("the first match on the first screen").isTrue();
        assertThat(first.getText().toLowerCase()).contains("istio");
        assertThat(onScreen(find("#q"))).isTrue();
        assertThat(onScreen(find("#shown"))).as("what the list shows, said on the first screen").isTrue();
    }

    @Test
    void addToCalendarAddsExactlyWhatTheListShows() throws Exception {
        try (TestServer public_ = new TestServer(null, null,
                new WebOptions(BaseUrl.parse("https://confcal.example.org"), false, false, 8 << 20))) {
            chromium.driver.get(public_.url("/"));
            find("label.tab.toggle").click(); // must-see only
            chromium.driver.findElement(By.xpath("//label[contains(@class,'tab')][span='Wed 27 Sep']")).click();
            find("#q").sendKeys("k8s");
            chromium.waitFor("the feed follows", () -> find("#subscribe-link").getAttribute("href")
                    .equals("webcal://confcal.example.org/calendar.ics?starred=true&q=k8s&day=2023-09-27"));
            chromium.waitFor("the list follows", () -> find("#schedule").getAttribute("textContent")
                    .contains("Showing " + chromium.sessions().size() + " of 34 sessions: ★ must-see only · “k8s” · Wed 27 Sep"));
            find("#add-button").click();
            String feed = find("#subscribe-link").getAttribute("href").replace("webcal://confcal.example.org", "");
            List<String> inFeed = RoundTrip.events(public_.get(feed).body()).stream()
                    .map(event -> event.uid().replace("@kccncosschn2023.sched.com", "")).toList();
            System.out.printf("Add to calendar: %s holds %s, the list shows %s%n", feed, inFeed, chromium.sessions());
            assertThat(inFeed).isNotEmpty().isEqualTo(chromium.sessions());
            String encoded = FeedQuery.encode("https://confcal.example.org" + feed);
            assertThat(find("#google-link").getAttribute("href")).isEqualTo("https://calendar.google.com/calendar/r?cid="
                    + FeedQuery.encode("webcal://confcal.example.org" + feed));
            assertThat(find("#outlook-link").getAttribute("href")).startsWith(
                    "https://outlook.live.com/calendar/0/addfromweb?url=" + encoded + "&name=");
            assertThat(find("#microsoft365-link").getAttribute("href")).startsWith(
                    "https://outlook.office.com/calendar/0/addfromweb?url=" + encoded + "&name=");
            assertThat(find("#download-link").getAttribute("href")).isEqualTo("https://confcal.example.org" + feed
                    + "&download=1");
            assertThat(find("#feed-url").getAttribute("value")).isEqualTo("https://confcal.example.org" + feed);
            assertThat(find("#add-what").getText()).isEqualTo("Adds the " + inFeed.size()
                    + " sessions listed, and follows their changes.");
            // the same without JavaScript: the server's page for this address offers the same feed
            String page = TestServer.text(public_.get(new java.net.URI(chromium.driver.getCurrentUrl()).getRawPath()
                    + "?" + new java.net.URI(chromium.driver.getCurrentUrl()).getRawQuery()));
            assertThat(page).contains("href=\"webcal://confcal.example.org" + feed.replace("&", "&amp;") + "\"");
            assertThat(LandingPageTest.listed(page)).isEqualTo(inFeed);
        }
    }

    @Test
    void atAPrivateAddressTheServicesThatCannotReachItAreDisabledAndSaySo() {
        open("/");
        find("#add-button").click();
        for (String id : List.of("google-link", "outlook-link", "microsoft365-link")) {
            WebElement item = find("#" + id);
            assertThat(item.getTagName()).isEqualTo("button");
            assertThat(item.isEnabled()).as(id + " enabled").isFalse();
            assertThat(item.getDomProperty("ariaDescription") == null
                    ? chromium.js("return document.getElementById(arguments[0].getAttribute('aria-describedby')).textContent;", item)
                    : item.getDomProperty("ariaDescription"))
                    .isEqualTo("localhost:" + server.app.port() + " is a private address: Google Calendar, Outlook.com and"
                            + " Microsoft 365 cannot reach it.");
        }
        assertThat(find("#unreachable").isDisplayed()).isTrue();
        assertThat(find("#subscribe-link").isEnabled()).isTrue();
        assertThat(find("#subscribe-link").getAttribute("href")).isEqualTo(server.url("/calendar.ics")
                .replace("http://", "webcal://"));
        assertThat(find("#download-link").getAttribute("href")).isEqualTo(server.url("/calendar.ics?download=1"));
        assertThat(chromium.all("#google-settings")).as("Google's fallback cannot work either").isEmpty();
        assertThat(find("body").getText()).doesNotContain("--base-url");
        // the typed selection keeps them disabled
        find("#q").sendKeys("istio");
        chromium.waitFor("the feed follows", () -> find("#subscribe-link").getAttribute("href").endsWith("?q=istio"));
        assertThat(find("#google-link").isEnabled()).isFalse();
    }

    @Test
    void withNoSessionListedThePageOffersNoSubscription() {
        open("/");
        find("#q").sendKeys("nothing-matches-this");
        countIs("0 sessions");
        chromium.waitFor("the hint", () -> !chromium.all("#empty").isEmpty());
        assertThat(find("#add").isDisplayed()).as("Add to calendar").isFalse();
        assertThat(find("#add-none").getText()).isEqualTo("Nothing to add to a calendar: no session is listed.");
        assertThat(chromium.all("a[href^='webcal:'], a[download]").stream().filter(WebElement::isDisplayed).toList())
                .as("visible subscribe or download links").isEmpty();
        chromium.driver.navigate().refresh();
        assertThat(find("#add").isDisplayed()).as("Add to calendar, the server's page").isFalse();
        assertThat(find("#add-none").isDisplayed()).isTrue();
        find("#q").clear();
        find("#q").sendKeys("istio");
        chromium.waitFor("back", () -> find("#add").isDisplayed());
        assertThat(find("#add-none").isDisplayed()).isFalse();
    }

    @Test
    void everyLinkOnThePageAnswers200InEveryLanguageAndSelection() throws Exception {
        int checked = 0;
        for (String path : List.of("/", "/?hl=zh", "/?q=wasm", "/?starred=true&day=2023-09-28&hl=zh",
                "/?q=nothing-matches-this", "/?q=istio&exclude=mesh&alarm=10&lang=en")) {
            open(path);
            @SuppressWarnings("unchecked")
            List<Map<String, String>> links = (List<Map<String, String>>) chromium.js(
                    "return Array.from(document.querySelectorAll('a[href]')).map(a => ({href: a.href}));");
            String now = String.join(" ", links.stream().map(link -> "href=\"" + link.get("href") + "\"").toList())
                    + " value=\"" + find("#feed-url").getAttribute("value") + "\"";
            for (String link : PageLinks.onServer(now, server.url(""))) {
                assertThat(server.get(link).statusCode()).as(path + ": " + link).isEqualTo(200);
                checked++;
            }
        }
        System.out.printf("every link: %d answered 200%n", checked);
        assertThat(checked).isGreaterThan(100);
    }
}
