package dev.confcal.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.confcal.calendar.IcsWriter;
import dev.confcal.testing.RoundTrip;
import dev.confcal.notes.NotesParser;
import dev.confcal.publish.ledger.Ledger;
import dev.confcal.publish.NotesSource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A static export hosted by a stock nginx (Debian's mime.types, plus the one line README tells to add for
 * .ics): every file is served, with the right type, to nginx's unprivileged workers. Run with
 * {@code mvn -P load test}.
 */
@Tag("load")
class StaticExportNginxTest {

    /** README's deploy section: the one line a stock nginx needs, since its mime.types has no .ics. */
    static final String ICS_TYPE = "types { text/calendar ics; }";

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "/,                         text/html",
            "/index.html,               text/html",
            "/calendar.ics,             text/calendar",
            "/starred.ics,              text/calendar",
            "/sessions/1PTJt.ics,       text/calendar",
            "/static/app.js,            application/javascript",
            "/static/app.css,           text/css",
    })
    void stockNginxServesEveryExportedFileWithItsType(String path, String type) throws Exception {
        try (Nginx nginx = export()) {
            HttpResponse<byte[]> response = get(nginx, path);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith(type);
            if (path.endsWith(".ics")) {
                assertThat(RoundTrip.events(response.body())).isNotEmpty();
            }
        }
    }

    @Test
    void theLedgerIsNotServed() throws Exception {
        try (Nginx nginx = export()) {
            for (String path : new String[] {"/.confcal-state.json", "/site.confcal-state.json", "/state.json"}) {
                assertThat(get(nginx, path).statusCode()).as(path).isEqualTo(404);
            }
        }
    }

    private Nginx export() throws Exception {
        Path site = dir.resolve("site");
        var parsed = NotesParser.create().parse(NotesSource.BUNDLED_NAME, NotesSource.bundled().read());
        var edition = Ledger.open(dir.resolve("site.confcal-state.json"), w -> { })
                .publish(parsed.schedule(), Instant.parse("2026-11-25T08:00:00Z"));
        new StaticExport(new IcsWriter()).write(edition, site, null);
        return Nginx.start(dir, """
                  %s
                  server {
                    listen 127.0.0.1:PORT;
                    root %s;
                  }
                """.formatted(ICS_TYPE, site));
    }

    private static HttpResponse<byte[]> get(Nginx nginx, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + nginx.port + path))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
