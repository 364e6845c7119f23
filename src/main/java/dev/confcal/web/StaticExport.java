package dev.confcal.web;

import dev.confcal.calendar.Edition;
import dev.confcal.calendar.FeedOptions;
import dev.confcal.calendar.IcsWriter;
import dev.confcal.publish.AtomicFile;
import dev.confcal.schedule.Filter;
import dev.confcal.schedule.Session;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The feeds as static files, laid out like the server's URLs so the folder can be hosted as it is:
 * {@code calendar.ics}, {@code starred.ics}, {@code tracks/<track>.ics}, {@code sessions/<id>.ics}.
 * Each file is written to a temporary name and renamed, so a web server never serves half a file.
 */
public final class StaticExport {

    /** One file written: where, how many events it holds, and its size. */
    public record WrittenFile(Path path, int events, long bytes) {
    }

    private final IcsWriter writer;

    public StaticExport(IcsWriter writer) {
        this.writer = writer;
    }

    public List<WrittenFile> write(Edition edition, Path dir) throws IOException {
        List<WrittenFile> written = new ArrayList<>();
        written.add(feed(edition, Filter.ALL, dir.resolve("calendar.ics")));
        written.add(feed(edition, Filter.STARRED, dir.resolve("starred.ics")));
        for (String track : edition.schedule().tracks().keySet()) {
            written.add(feed(edition, Filter.ALL.withTrack(track), dir.resolve("tracks").resolve(track + ".ics")));
        }
        for (Session session : edition.schedule().sessions()) {
            Path path = dir.resolve("sessions").resolve(session.id() + ".ics");
            written.add(file(path, writer.single(edition, session, FeedOptions.DEFAULT), 1));
        }
        return written;
    }

    private WrittenFile feed(Edition edition, Filter filter, Path path) throws IOException {
        byte[] bytes = writer.feed(edition, filter, FeedOptions.DEFAULT);
        return file(path, bytes, edition.schedule().select(filter).size());
    }

    /** Writes bytes to a file atomically (temporary file in the same folder, then rename). */
    public static WrittenFile file(Path path, byte[] bytes, int events) throws IOException {
        AtomicFile.write(path, bytes, false);
        return new WrittenFile(path, events, bytes.length);
    }
}
