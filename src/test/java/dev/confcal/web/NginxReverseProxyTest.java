package dev.confcal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.confcal.testing.RoundTrip;
import dev.confcal.testing.TestServer;
import java.io.File;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * confcal with {@code --trust-proxy} behind a real nginx that terminates TLS and serves it under a path prefix,
 * configured as README's deploy section shows: every link the page gives is {@code https://}/{@code webcal://}
 * under the prefix, the form and the assets work through the proxy, and a client cannot choose the host.
 * Run with {@code mvn -P load test}; needs Debian's nginx and openssl.
 */
@Tag("load")
class NginxReverseProxyTest {

    /** The location block README's deploy section shows. */
    static final String LOCATION = """
                location /kubecon/ {
                  proxy_pass http://127.0.0.1:APP/;
                  proxy_set_header Host $host;
                  proxy_set_header X-Forwarded-Proto $scheme;
                  proxy_set_header X-Forwarded-Host $http_host;
                  proxy_set_header X-Forwarded-Prefix /kubecon;
                }
            """;

    @TempDir
    Path dir;
    TestServer confcal;
    Nginx nginx;
    HttpClient client;

    @BeforeEach
    void start() throws Exception {
        assumeTrue(new File("/usr/bin/openssl").canExecute(), "openssl");
        Process openssl = new ProcessBuilder("/usr/bin/openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes",
                "-days", "2", "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost",
                "-keyout", dir.resolve("key.pem").toString(), "-out", dir.resolve("cert.pem").toString())
                .redirectErrorStream(true).start();
        openssl.getInputStream().readAllBytes();
        assertThat(openssl.waitFor(30, TimeUnit.SECONDS) && openssl.exitValue() == 0).as("openssl made a key").isTrue();
        confcal = new TestServer(null, null, new WebOptions(null, true, false, 8 << 20));
        nginx = Nginx.start(dir, """
                  server {
                    listen 127.0.0.1:PORT ssl;
                    ssl_certificate %s;
                    ssl_certificate_key %s;
                %s
                  }
                """.formatted(dir.resolve("cert.pem"), dir.resolve("key.pem"),
                LOCATION.replace("APP", String.valueOf(confcal.app.port()))));
        client = HttpClient.newBuilder().sslContext(trusting(dir.resolve("cert.pem"))).build();
    }

    @AfterEach
    void stop() throws Exception {
        if (nginx != null) {
            nginx.close();
        }
        if (confcal != null) {
            confcal.close();
        }
    }

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("https://localhost:" + nginx.port + path));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void everyLinkOnThePageIsHttpsUnderThePrefix() throws Exception {
        String origin = "localhost:" + nginx.port;
        HttpResponse<String> page = get("/kubecon/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("value=\"https://" + origin + "/kubecon/calendar.ics\"")
                .contains("href=\"webcal://" + origin + "/kubecon/calendar.ics\"")
                .contains("href=\"https://" + origin + "/kubecon/calendar.ics?download=1\"")
                .contains("href=\"/kubecon/sessions/1PTJt.ics?download=1\"")
                .contains("action=\"/kubecon/\"").contains("href=\"/kubecon/static/app.css\"")
                .contains("src=\"/kubecon/static/app.js\"")
                .contains("data-count=\"/kubecon/count.json\"").contains("data-page=\"/kubecon/\"")
                .doesNotContain("http://localhost").doesNotContain("127.0.0.1");
    }

    @Test
    void theFormTheAssetsAndTheFeedsWorkThroughTheProxy() throws Exception {
        // three starred sessions say wasm or, since issue 22's synonyms, WebAssembly
        HttpResponse<String> filtered = get("/kubecon/?starred=true&q=wasm");
        assertThat(filtered.body()).contains("data-many=\"{0} sessions\">3 sessions</span>")
                .contains("<a href=\"/kubecon/\" class=\"refilter\" id=\"show-all\">")
                .contains("value=\"https://localhost:" + nginx.port + "/kubecon/calendar.ics?starred=true&amp;q=wasm\"");
        assertThat(get("/kubecon/static/app.js").statusCode()).isEqualTo(200);
        assertThat(get("/kubecon/count.json?starred=true&q=wasm").body()).startsWith("{\"count\":3,");
        assertThat(get("/kubecon/sessions.json?starred=true&q=wasm").body())
                .contains("\"feed\":\"/calendar.ics?starred=true&q=wasm\"");
        HttpResponse<String> feed = get("/kubecon/calendar.ics?starred=true&q=wasm");
        assertThat(feed.headers().firstValue("Content-Type")).hasValue("text/calendar; charset=utf-8");
        assertThat(RoundTrip.events(feed.body().getBytes(StandardCharsets.UTF_8))).hasSize(3);
    }

    @Test
    void aClientCannotChooseTheHostOfTheLinks() throws Exception {
        String page = get("/kubecon/?q=planted", "X-Forwarded-Host", "evil.example", "X-Forwarded-Proto", "http",
                "Forwarded", "host=evil.example;proto=http").body();
        assertThat(page).doesNotContain("evil.example").contains("webcal://localhost:" + nginx.port + "/kubecon/");
    }

    private static SSLContext trusting(Path certificate) throws Exception {
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        store.load(null, null);
        try (InputStream in = Files.newInputStream(certificate)) {
            store.setCertificateEntry("nginx", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }
}
