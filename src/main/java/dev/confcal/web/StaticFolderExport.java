package dev.confcal.web;

import dev.confcal.calendar.Edition;
import dev.confcal.calendar.FeedOptions;
import dev.confcal.calendar.IcsWriter;
import dev.confcal.web.feed.BaseUrl;
import dev.confcal.web.feed.FeedQuery;
import dev.confcal.web.page.FrontPage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A notes folder as static files: each conference laid out as {@link StaticExport} lays out one notes file, under its
 * slug ({@code kubecon-china-2023/calendar.ics}), every conference in one feed under {@code all/}, and a front page
 * listing them ({@code index.html}).
 */
public final class StaticFolderExport {

    /** The folder of the combined feeds, beside the conferences' (a slug can never be it). */
    public static final String ALL = "all";

    /** A conference to write: its slug and its edition as published. */
    public record Conference(String slug, Edition edition) {
    }

    private final IcsWriter writer;

    public StaticFolderExport(IcsWriter writer) {
        this.writer = writer;
    }

    public List<StaticExport.WrittenFile> write(List<Conference> conferences, Path dir, BaseUrl base, LocalDate today)
            throws IOException {
        List<StaticExport.WrittenFile> written = new ArrayList<>();
        List<Edition> editions = new ArrayList<>();
        List<FrontPage.Entry> entries = new ArrayList<>();
        for (Conference conference : conferences) {
            BaseUrl under = base == null ? null : new BaseUrl(base.scheme(), base.host(),
                    base.path() + "/" + conference.slug());
            written.addAll(new StaticExport(writer).write(conference.edition(), dir.resolve(conference.slug()), under));
            Edition published = PublicEdition.of(conference.edition());
            editions.add(published);
            entries.add(new FrontPage.Entry(conference.slug() + "/", published.schedule()));
        }
        for (FeedQuery feed : List.of(FeedQuery.calendar(), FeedQuery.starred())) {
            byte[] bytes = writer.combined("All conferences", editions, feed.selection(), FeedOptions.DEFAULT);
            int events = editions.stream().mapToInt(e -> e.schedule().select(feed.selection()).size()).sum();
            written.add(StaticExport.file(dir, ALL + "/" + feed.file(), bytes, events));
        }
        written.add(StaticExport.file(dir, "index.html", FrontPage.render(entries, ALL + "/", today, base)
                .getBytes(StandardCharsets.UTF_8), editions.stream().mapToInt(e -> e.schedule().sessions().size()).sum()));
        for (String asset : Assets.NAMES) {
            written.add(StaticExport.file(dir, "static/" + asset, Assets.read(asset), 0));
        }
        return written;
    }
}
