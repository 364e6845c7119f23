package dev.confcal.web;

import dev.confcal.calendar.Edition;
import dev.confcal.calendar.FeedOptions;
import dev.confcal.calendar.IcsWriter;
import dev.confcal.schedule.Schedule;
import dev.confcal.schedule.Session;
import dev.confcal.web.feed.BaseUrl;
import dev.confcal.web.feed.FeedQuery;
import dev.confcal.web.feed.TrackFiles;
import dev.confcal.web.page.Labels;
import dev.confcal.web.page.LandingPage;
import dev.confcal.web.page.PageModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The server's public routes as a folder of static files, laid out like its URLs ({@link FeedQuery#file()}) so
 * any web server can host it as it is: {@code calendar.ics}, {@code starred.ics}, {@code tracks/<track>.ics},
 * {@code sessions/<id>.ics}, {@code index.html} (and {@code index.zh.html}, its labels in Chinese) and its
 * {@code static/} assets. Files are readable by everyone
 * (0644, folders 0755, less what the umask takes away) and each is written to a temporary name and renamed,
 * so a web server never serves half a file. Nothing else goes into the folder: not the ledger.
 */
public final class StaticExport {

    /** One file written: where, how many events it holds, and its size. */
    public record WrittenFile(Path path, int events, long bytes) {
    }

    /** The ids a session's file may be named after, as its URL route accepts them. */
    private static final Pattern SESSION_FILE = Pattern.compile("[A-Za-z0-9]{1,64}");

    private final IcsWriter writer;

    public StaticExport(IcsWriter writer) {
        this.writer = writer;
    }

    /**
     * @param base where the folder will be hosted, for absolute subscribe links; null keeps links relative
     *             (the page's script makes them absolute in the browser)
     */
    public List<WrittenFile> write(Edition served, Path dir, BaseUrl base) throws IOException {
        Edition edition = PublicEdition.of(served);
        Schedule schedule = edition.schedule();
        List<WrittenFile> written = new ArrayList<>();
        List<FeedQuery> feeds = new ArrayList<>(List.of(FeedQuery.calendar(), FeedQuery.starred()));
        TrackFiles.exported(schedule).forEach(track -> feeds.add(FeedQuery.track(track)));
        for (FeedQuery feed : feeds) {
            byte[] bytes = writer.feed(edition, feed.selection(), feed.options());
            written.add(file(dir, feed.file(), bytes, schedule.select(feed.selection()).size()));
        }
        for (Session session : schedule.sessions()) {
            written.add(file(dir, FeedQuery.session(session.id()).file(),
                    writer.single(edition, session, FeedOptions.DEFAULT), 1));
        }
        for (Session removed : edition.cancelled()) { // the old file said CONFIRMED: rewritten as CANCELLED
            if (schedule.session(removed.id()).isEmpty() && SESSION_FILE.matcher(removed.id()).matches()) {
                written.add(file(dir, FeedQuery.session(removed.id()).file(),
                        CancelledFeed.write(writer, edition, removed, FeedOptions.DEFAULT), 1));
            }
        }
        for (Labels labels : Labels.values()) { // index.html in English, index.zh.html in Chinese
            PageModel page = PageModel.exported(schedule, base, labels);
            written.add(file(dir, PageModel.exportedFile(labels),
                    LandingPage.render(page).getBytes(StandardCharsets.UTF_8), schedule.sessions().size()));
        }
        for (String asset : Assets.NAMES) {
            written.add(file(dir, "static/" + asset, Assets.read(asset), 0));
        }
        return written;
    }

    /** Writes one public file of the export at {@code relative} under {@code dir}. */
    static WrittenFile file(Path dir, String relative, byte[] bytes, int events) throws IOException {
        Path path = dir.resolve(relative);
        PublicFile.write(dir, path, bytes);
        return new WrittenFile(path, events, bytes.length);
    }
}
