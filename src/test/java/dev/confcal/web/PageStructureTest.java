package dev.confcal.web;

import static dev.confcal.testing.TestServer.header;
import static dev.confcal.testing.TestServer.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.confcal.testing.TestServer;
import dev.confcal.web.page.Labels;
import dev.confcal.web.page.TextLanguage;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The page's structure and languages as a screen reader and a cache see them, on the bundled notes: the heading
 * outline, the skip link, words for the star, actions named with their session, every text marked with its
 * language, the page's own words in English or Chinese, and the subscribe buttons each naming its app.
 */
class PageStructureTest {

    private static final Pattern HEADING = Pattern.compile("<h([1-6])[ >]");
    static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        server = new TestServer(null);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void headingsGoDownOneLevelAtATimeDaysUnderScheduleAndTitlesUnderTheirSlot() throws Exception {
        String page = text(server.get("/"));
        List<Integer> levels = new ArrayList<>();
        Matcher m = HEADING.matcher(page);
        while (m.find()) {
            levels.add(Integer.parseInt(m.group(1)));
        }
        assertThat(levels).startsWith(1, 2, 2, 3, 4, 5);
        for (int i = 1; i < levels.size(); i++) {
            assertThat(levels.get(i)).as("heading %d after h%d", i, levels.get(i - 1)).isLessThanOrEqualTo(levels.get(i - 1) + 1);
        }
        assertThat(page).contains("<h2 id=\"schedule-title\" lang=\"en\">Schedule</h2>")
                .contains("<h3 lang=\"en\" class=\"day\">Wednesday, 27 September 2023</h3>")
                .contains("<h4 class=\"slot-time\">11:00</h4>")
                .contains("<h5 class=\"title\" id=\"t-1PTJt\"><a href=\"https://kccncosschn2023.sched.com/event/1PTJt/");
    }

    @Test
    void aSkipLinkStarsInWordsAndActionsNamedWithTheirSession() throws Exception {
        String page = text(server.get("/"));
        assertThat(page).contains("<body><a href=\"#schedule\" class=\"skip\" lang=\"en\">Skip to the schedule</a>")
                .contains("id=\"schedule\"")
                .contains("<span class=\"star\" aria-hidden=\"true\">★</span><span class=\"sr-only\" lang=\"en\">Starred</span>")
                .contains("id=\"g-1PTJt\" class=\"action\" aria-labelledby=\"g-1PTJt t-1PTJt\" rel=\"noopener\">Add to Google"
                        + " Calendar</a>")
                .contains("id=\"d-1PTJt\" class=\"action\" aria-labelledby=\"d-1PTJt t-1PTJt\">Download .ics</a>");
    }

    @Test
    void everyTextIsMarkedWithItsLanguageAndThePageTakesTheNotesOne() throws Exception {
        String page = text(server.get("/"));
        assertThat(page).startsWith("<!DOCTYPE html>\n<html lang=\"zh-Hans\"")
                .contains("<h5 class=\"title\" id=\"t-1PTJt\"><a") // Chinese, as the page
                .contains("<p class=\"alt-title\" lang=\"en\">SIG Cluster Lifecycle: What&#x27;s New in Kubespray</p>")
                .contains("<p class=\"speakers\" lang=\"en\">Kay Yan (DaoCloud)</p>")
                .contains("<p lang=\"en\" class=\"actions\">")
                .contains("<h1 lang=\"en\">Kubecon China 2023</h1>");
        assertThat(TextLanguage.of("Kubespray 基于 Ansible 构建，管理 Kubernetes 集群")).isEqualTo("zh-Hans");
        assertThat(TextLanguage.of("Talk by 张三 about Kubernetes networking in depth")).isEqualTo("en");
        assertThat(TextLanguage.of("简单介绍：Ambient Mesh, 支持 1.28 新的 Sidecar Container"
                + " (https://istio.io/latest/blog/2023/native-sidecars/)，Gateway API")).as("a link's words are no language")
                .isEqualTo("zh-Hans");
        assertThat(TextLanguage.of("這個演講介紹了們的開發")).isEqualTo("zh-Hant");
        assertThat(TextLanguage.of("クラウドネイティブの未来")).isEqualTo("ja");
        assertThat(TextLanguage.of("쿠버네티스 보안")).isEqualTo("ko");
        String css = text(server.get("/static/app.css"));
        assertThat(css).contains(":lang(zh-Hans) { font-family: system-ui, -apple-system, \"PingFang SC\"")
                .contains(":lang(ja)").contains("@media (prefers-color-scheme: dark)");
    }

    @Test
    void theLabelsFollowAcceptLanguageOrTheSwitchAndEachIsCachedUnderItsOwnKey() throws Exception {
        var chinese = server.get("/?starred=true", "Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8");
        var english = server.get("/?starred=true", "Accept-Language", "en-GB,en;q=0.9");
        var none = server.get("/?starred=true");
        assertThat(text(chinese)).contains("<h2 id=\"subscribe-title\">订阅</h2>").contains("只看加星")
                .contains("<a href=\"/?starred=true&amp;hl=en\" lang=\"en\" hreflang=\"en\">English</a>")
                .doesNotContain("Starred only");
        assertThat(text(english)).contains("<section id=\"subscribe\" aria-labelledby=\"subscribe-title\" lang=\"en\">")
                .contains("<h2 id=\"subscribe-title\">Subscribe</h2>").doesNotContain("只看加星");
        assertThat(text(none)).isEqualTo(text(english));
        assertThat(text(server.get("/?starred=true", "Accept-Language", "zh-TW"))).isEqualTo(text(chinese));
        assertThat(header(chinese, "Vary")).contains("Accept-Language");
        assertThat(header(chinese, "ETag")).isNotEqualTo(header(english, "ETag"));
        assertThat(server.get("/?starred=true", "Accept-Language", "en", "If-None-Match", header(chinese, "ETag"))
                .statusCode()).as("the Chinese page's validator, asked in English").isEqualTo(200);
        assertThat(server.get("/?starred=true", "Accept-Language", "zh", "If-None-Match", header(chinese, "ETag"))
                .statusCode()).isEqualTo(304);

        String asked = text(server.get("/?starred=true&hl=zh", "Accept-Language", "en"));
        assertThat(asked).contains("<h2 id=\"subscribe-title\">订阅</h2>")
                .contains("<input type=\"hidden\" name=\"hl\" value=\"zh\">")
                .contains("<a href=\"/?hl=zh\" class=\"refilter\" id=\"show-all\">");
        assertThat(text(server.get("/?hl=xx", "Accept-Language", "zh"))).as("an unknown hl is ignored")
                .contains("<h2 id=\"subscribe-title\">订阅</h2>");
        assertThat(Labels.EN.texts().keySet()).isEqualTo(Labels.ZH.texts().keySet());
        for (String odd : List.of("*", "zh;q=nonsense", "de-DE, fr;q=0.5", "x".repeat(4_000), "zh;q=0, en;q=0.1")) {
            var response = server.get("/?starred=true", "Accept-Language", odd);
            assertThat(response.statusCode()).as(odd).isEqualTo(200);
            assertThat(text(response)).as(odd).isEqualTo(text(english));
        }
    }

    @Test
    void eachButtonSaysWhichAppItIsForIncludingMicrosoft365AndGooglesFallback() throws Exception {
        String page = text(server.get("/?starred=true"));
        String feed = server.url("/calendar.ics?starred=true");
        assertThat(page).contains("<strong>Subscribe</strong> <small>Apple Calendar, Outlook app, Thunderbird</small>")
                .contains("<strong>Google Calendar</strong>").contains("<strong>Outlook.com</strong> <small>personal")
                .contains("<strong>Microsoft 365</strong> <small>work or school Outlook</small>")
                .contains("href=\"https://outlook.office.com/calendar/0/addfromweb?url=" + FeedQuery.encode(feed)
                        + "&amp;name=Kubecon%20China%202023\"")
                .contains("<a href=\"https://calendar.google.com/calendar/u/0/r/settings/addbyurl\" rel=\"noopener\""
                        + " id=\"google-settings\">open Google Calendar&#x27;s “From URL” page</a>");
    }

    @Test
    void aFeedAtAPrivateAddressSaysCalendarServicesCannotReachItAndHowToFix() throws Exception {
        assertThat(text(server.get("/"))).contains("<strong>Calendar services cannot reach this address.</strong>")
                .contains("<code id=\"private-host\">localhost:" + server.app.port() + "</code>")
                .contains("--base-url https://your.domain");
        for (String base : List.of("http://192.168.1.20:8080", "http://[fd00::1]", "http://nas:8080",
                "https://printer.local", "http://10.0.0.3", "http://127.0.0.1:8080", "http://169.254.10.1",
                "http://[fe80::1]", "http://[::1]:8080", "http://100.64.0.1", "http://0.0.0.0:8080",
                "http://172.16.5.4", "https://box.lan", "https://cal.home.arpa", "http://localhost.")) {
            assertThat(PrivateHost.isPrivate(BaseUrl.parse(base).host())).as(base).isTrue();
        }
        for (String base : List.of("https://cal.example.com", "http://8.8.8.8", "https://[2001:db8::1]:8443",
                "http://172.32.0.1", "http://100.128.0.1")) {
            assertThat(PrivateHost.isPrivate(BaseUrl.parse(base).host())).as(base).isFalse();
        }
        try (TestServer public_ = new TestServer(null, null,
                new WebOptions(BaseUrl.parse("https://cal.example.com"), false, false, 8 << 20))) {
            assertThat(text(public_.get("/"))).doesNotContain("private-warning");
        }
    }
}
