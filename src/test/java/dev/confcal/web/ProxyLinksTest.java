package dev.confcal.web;

import static dev.confcal.testing.TestServer.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.confcal.testing.TestServer;
import dev.confcal.web.feed.BaseUrl;
import org.junit.jupiter.api.Test;

/**
 * Which host and scheme the page's links name: never one a client made up. With {@code --trust-proxy} the
 * proxy's headers decide (nginx in {@code NginxReverseProxyTest} sets them for real); without it, the address
 * the connection came in on.
 */
class ProxyLinksTest {

    private static TestServer server(boolean trustProxy) throws Exception {
        return new TestServer(null, null, new WebOptions(null, trustProxy, false, 8 << 20));
    }

    @Test
    void withoutTrustAHostHeaderCannotPlantLinksForEveryone() throws Exception {
        try (TestServer server = server(false)) {
            String planted = text(server.get("/?starred=true", "X-Forwarded-Host", "evil.example",
                    "X-Forwarded-Proto", "https", "Forwarded", "host=evil.example;proto=https"));
            assertThat(planted).doesNotContain("evil.example").contains("webcal://localhost:" + server.app.port()
                    + "/calendar.ics?starred=true");
            assertThat(text(server.get("/?starred=true"))).isEqualTo(planted);
        }
    }

    @Test
    void behindATrustedProxyLinksFollowTheForwardedSchemeHostAndPrefix() throws Exception {
        try (TestServer server = server(true)) {
            String page = text(server.get("/", "X-Forwarded-Proto", "https", "X-Forwarded-Host", "cal.example.com",
                    "X-Forwarded-Prefix", "/kubecon"));
            assertThat(page).contains("href=\"webcal://cal.example.com/kubecon/calendar.ics\"")
                    .contains("action=\"/kubecon/\"").contains("href=\"/kubecon/static/app.css\"")
                    .contains("data-count=\"/kubecon/count.json\"")
                    .contains("value=\"https://cal.example.com/kubecon/calendar.ics\"").doesNotContain("http://");
            String forwarded = text(server.get("/", "Forwarded", "for=1.2.3.4;proto=https;host=\"other.example:8443\""));
            assertThat(forwarded).contains("webcal://other.example:8443/calendar.ics")
                    .contains("value=\"https://other.example:8443/calendar.ics\"");
            // a proxy that sets X-Forwarded-*: a Forwarded header is then the client's and ignored
            assertThat(text(server.get("/", "X-Forwarded-Proto", "https", "X-Forwarded-Host", "cal.example.com",
                    "Forwarded", "host=evil.example"))).doesNotContain("evil.example");
            // each page is cached by the base URL its links use: neither leaks into the other
            assertThat(text(server.get("/", "X-Forwarded-Proto", "https", "X-Forwarded-Host", "cal.example.com",
                    "X-Forwarded-Prefix", "/kubecon"))).isEqualTo(page);
        }
    }

    @Test
    void aForwardedHostThatIsNotAHostIsIgnored() throws Exception {
        try (TestServer server = server(true)) {
            String page = text(server.get("/", "X-Forwarded-Host", "evil.example\"><script>", "X-Forwarded-Proto", "https"));
            assertThat(page).doesNotContain("evil.example").doesNotContain("<script>x");
        }
    }

    @Test
    void theBaseUrlOptionWinsOverEverything() throws Exception {
        try (TestServer server = new TestServer(null, null,
                new WebOptions(BaseUrl.parse("https://cal.example.com"), true, false, 8 << 20))) {
            assertThat(text(server.get("/", "X-Forwarded-Host", "other.example"))).doesNotContain("other.example")
                    .contains("webcal://cal.example.com/calendar.ics");
        }
    }
}
