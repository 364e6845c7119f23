package dev.confcal.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** The page's stylesheet and script, from the jar: served by the server and copied by the static export. */
final class Assets {

    static final List<String> NAMES = List.of("app.css", "app.js");
    /** Their Last-Modified: they change only with a new build, which starts a new process. */
    static final Instant BUILT = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    private Assets() {
    }

    static byte[] read(String name) {
        try (InputStream in = Assets.class.getResourceAsStream("/static/" + name)) {
            if (in == null) {
                throw new IllegalStateException("asset " + name + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
