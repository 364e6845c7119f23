package dev.confcal.cli;

import dev.confcal.notes.ParseResult;
import dev.confcal.schedule.Schedule;
import dev.confcal.schedule.Session;
import dev.confcal.web.StaticExport.WrittenFile;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * What {@code export} says when it is done: a few lines whatever the number of sessions (where the files are, the
 * feeds to subscribe to, how many of each kind), and, with {@code --verbose}, every file.
 */
final class ExportReport {

    private ExportReport() {
    }

    static void print(PrintWriter out, ParseResult result, List<WrittenFile> written, Path dir, boolean verbose) {
        Path root = dir.toAbsolutePath().normalize();
        if (verbose) {
            for (WrittenFile file : written) {
                String relative = root.relativize(file.path().toAbsolutePath().normalize()).toString();
                String events = relative.endsWith(".ics")
                        ? String.format(Locale.ROOT, "%5d %s", file.events(), file.events() == 1 ? "event " : "events")
                        : " ".repeat(12);
                out.printf(Locale.ROOT, "%-40s %s %8.1f KB%n", relative, events, file.bytes() / 1024.0);
            }
            out.println();
        }
        Schedule schedule = result.schedule();
        long starred = schedule.sessions().stream().filter(Session::starred).count();
        out.printf(Locale.ROOT, "Exported %d sessions (%d starred) from %s to %s%n", schedule.sessions().size(),
                starred, schedule.source(), root);
        int tracks = 0;
        int sessions = 0;
        int assets = 0;
        List<String> pages = new java.util.ArrayList<>();
        long bytes = 0;
        for (WrittenFile file : written) {
            String relative = root.relativize(file.path().toAbsolutePath().normalize()).toString();
            bytes += file.bytes();
            if (relative.equals("calendar.ics")) {
                out.printf(Locale.ROOT, "  %-14s%5d %s, every session%n", relative, file.events(),
                        events(file.events()));
            } else if (relative.equals("starred.ics")) {
                out.printf(Locale.ROOT, "  %-14s%5d %s, the starred ones%n", relative, file.events(),
                        events(file.events()));
            } else if (relative.startsWith("tracks/")) {
                tracks++;
            } else if (relative.startsWith("sessions/")) {
                sessions++;
            } else if (relative.startsWith("static/")) {
                assets++;
            } else if (relative.endsWith(".html")) {
                pages.add(relative);
            }
        }
        if (tracks > 0) {
            out.printf(Locale.ROOT, "  %-14s%5d %s, one per track%n", "tracks/", tracks,
                    tracks == 1 ? "feed" : "feeds");
        }
        out.printf(Locale.ROOT, "  %-14s%5d %s, one per session%n", "sessions/", sessions,
                sessions == 1 ? "feed" : "feeds");
        // index.html and a page per other language of its labels (index.zh.html)
        out.printf(Locale.ROOT, "  %-14s%5d %s to subscribe from, with static/ (%d %s)%n",
                pages.size() == 1 ? pages.get(0) : "index*.html", pages.size(), pages.size() == 1 ? "page" : "pages",
                assets, assets == 1 ? "file" : "files");
        out.printf(Locale.ROOT, "%d files, %s%s%n", written.size(), size(bytes),
                verbose ? "" : " (--verbose lists them)");
        if (!result.clean()) {
            int problems = result.problems().size();
            out.printf(Locale.ROOT, "%d %s in the notes, listed above (confcal check shows %s with the schedule)%n",
                    problems, problems == 1 ? "problem" : "problems", problems == 1 ? "it" : "them");
        }
    }

    private static String events(int n) {
        return n == 1 ? "event" : "events";
    }

    /** {@code 812 KB}, {@code 12.4 MB}. */
    static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%d KB", (bytes + 1023) / 1024);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
