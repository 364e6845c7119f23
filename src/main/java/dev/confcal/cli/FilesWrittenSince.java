package dev.confcal.cli;

import dev.confcal.schedule.Schedule;
import dev.confcal.schedule.Session;
import dev.confcal.web.feed.FeedQuery;
import dev.confcal.web.feed.TrackFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntSupplier;
import java.util.stream.Stream;

/**
 * How far a static export has got, for its progress bar, without the exporter reporting each file: the files in
 * the folder written since the export began, each weighed by the time it takes, in events of a feed: a feed its
 * events, a session's own file {@value #SESSION_FILE} (a file of its own costs more than the event), the page
 * {@value #PAGE_SESSION} per session (measured with 10,000 sessions). Counted at most twice a second, and only
 * when the bar asks, which it does only on a terminal.
 */
final class FilesWrittenSince implements IntSupplier {

    static final int SESSION_FILE = 8;
    static final int PAGE_SESSION = 5;
    private static final long RECOUNT_NANOS = 500_000_000L;

    private final Path dir;
    private final Instant since;
    private final Map<String, Integer> weights;
    private final int total;
    private long countedAt;
    private int done;

    /**
     * @param since the wall-clock time the writing began (files carry the real time, whatever a test's clock says)
     */
    FilesWrittenSince(Path dir, Instant since, Schedule schedule) {
        this.dir = dir.toAbsolutePath().normalize();
        this.since = since.minusMillis(since.toEpochMilli() % 1000); // file systems that keep whole seconds
        Map<String, Integer> weigh = new HashMap<>();
        int sessions = schedule.sessions().size();
        weigh.put(FeedQuery.calendar().file(), sessions);
        weigh.put(FeedQuery.starred().file(), (int) schedule.sessions().stream().filter(Session::starred).count());
        for (String track : schedule.trackNames()) {
            if (!TrackFiles.skipped(schedule).contains(track)) {
                FeedQuery feed = FeedQuery.track(track);
                weigh.put(feed.file(), schedule.select(feed.selection()).size());
            }
        }
        weigh.put("index.html", sessions * PAGE_SESSION);
        this.weights = Map.copyOf(weigh);
        this.total = weights.values().stream().mapToInt(Integer::intValue).sum() + sessions * SESSION_FILE;
    }

    /** The work of the whole export, in the units {@link #getAsInt} counts. */
    int total() {
        return total;
    }

    @Override
    public synchronized int getAsInt() {
        long now = System.nanoTime();
        if (countedAt != 0 && now - countedAt < RECOUNT_NANOS) {
            return done;
        }
        countedAt = now;
        try (Stream<Path> files = Files.find(dir, 8, (path, attributes) -> attributes.isRegularFile()
                && !attributes.lastModifiedTime().toInstant().isBefore(since))) {
            done = files.mapToInt(this::weight).sum();
        } catch (IOException | UncheckedIOException e) {
            // the folder is being written: the last count stands
        }
        return done;
    }

    private int weight(Path file) {
        String relative = dir.relativize(file).toString().replace('\\', '/');
        if (relative.startsWith("sessions/")) {
            return SESSION_FILE;
        }
        return weights.getOrDefault(relative, 0);
    }
}
