package dev.confcal.web;

import dev.confcal.calendar.Edition;
import dev.confcal.web.StaticExport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The landing page of a static export: {@code index.html} with relative feed links, and its assets. */
public final class StaticSite {

    private StaticSite() {
    }

    /**
     * @param baseUrl where the folder will be hosted, for absolute subscribe links; null keeps links relative
     *                (the page's script makes them absolute in the browser)
     */
    public static List<StaticExport.WrittenFile> write(Edition edition, Path dir, String baseUrl) throws IOException {
        String base = baseUrl == null ? "" : new WebOptions(baseUrl, false, 1).baseUrl();
        PageModel model = new PageModel(edition.schedule(), List.of(), false, base, true, PageModel.none());
        List<StaticExport.WrittenFile> written = new ArrayList<>();
        written.add(StaticExport.file(dir.resolve("index.html"),
                LandingPage.render(model).getBytes(StandardCharsets.UTF_8), edition.schedule().sessions().size()));
        for (String asset : List.of("app.css", "app.js")) {
            try (InputStream in = StaticSite.class.getResourceAsStream("/static/" + asset)) {
                if (in == null) {
                    throw new IOException("asset " + asset + " is missing from the jar");
                }
                written.add(StaticExport.file(dir.resolve("static").resolve(asset), in.readAllBytes(), 0));
            }
        }
        return written;
    }
}
