package dev.confcal.web.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BaseUrlTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "https://cal.example.com            | https://cal.example.com",
            "HTTPS://Cal.Example.com/            | https://cal.example.com",
            "http://localhost:8080/kubecon//     | http://localhost:8080/kubecon",
            "https://[::1]:8443/a/b              | https://[::1]:8443/a/b",
            "https://例子.测试                    | ",
    })
    void acceptsPlainHttpUrls(String given, String expected) {
        if (expected == null) {
            assertThatThrownBy(() -> BaseUrl.parse(given)).isInstanceOf(IllegalArgumentException.class);
        } else {
            assertThat(BaseUrl.parse(given).toString()).isEqualTo(expected);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "https://example.com?x=1        | has a query or fragment; give only scheme, host and path",
            "https://example.com/#top       | has a query or fragment; give only scheme, host and path",
            "https://user:pw@example.com    | holds user:password@; put no credentials in a public URL",
            "https://example.com/\"onload=x | holds a character that does not belong in a URL",
            "https://example.com/<script>   | holds a character that does not belong in a URL",
            "ftp://example.com              | does not start with http:// or https://",
            "example.com                    | does not start with http:// or https://",
            "https://exa_mple.com           | has no valid host name",
            "https://example.com:99999      | has no valid host name",
            "https://example.com/a/../b     | has a path that is not plain segments",
    })
    void refusesWhatCannotBeALinkWithAMessage(String given, String why) {
        assertThatThrownBy(() -> BaseUrl.parse(given)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("must be an http(s) URL such as https://cal.example.com")
                .hasMessageContaining(why);
    }
}
