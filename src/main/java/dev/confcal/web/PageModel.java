package dev.confcal.web;

import dev.confcal.calendar.FeedOptions;
import dev.confcal.schedule.Filter;
import dev.confcal.schedule.Problem;
import dev.confcal.schedule.Schedule;
import dev.confcal.schedule.Session;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the landing page shows, computed once per edition.
 *
 * @param baseUrl   the server's public URL, or for a static export the export's URL when known, else ""
 *                  (links stay relative and app.js makes the subscribe links absolute in the browser)
 * @param selection what the feed builder holds (from the query string, when the form was sent)
 * @param stale     the notes have problems and an older version is served
 */
record PageModel(Schedule schedule, List<Problem> problems, boolean stale, String baseUrl, boolean isStatic,
                 FeedRequest selection) {

    static FeedRequest none() {
        return new FeedRequest(Filter.ALL, FeedOptions.DEFAULT, false);
    }

    /** A path on the server, absolute when the base URL is known; {@code /x} becomes {@code x} when static. */
    String link(String path) {
        String relative = path.startsWith("/") ? path.substring(1) : path;
        if (baseUrl.isEmpty()) {
            return relative.isEmpty() ? "./" : relative;
        }
        return baseUrl + "/" + relative;
    }

    String asset(String path) {
        return isStatic ? path : "/" + path;
    }

    String feedUrl() {
        return link(FeedLinks.feedPath(selection.filter(), selection.options()));
    }

    int count() {
        return schedule.select(selection.filter()).size();
    }

    /** For each start time where two or more starred sessions run at once: how many. Compute it once a page. */
    Map<ZonedDateTime, Integer> conflicts() {
        List<Session> starred = schedule.sessions().stream().filter(Session::starred).toList();
        Map<ZonedDateTime, Integer> conflicts = new HashMap<>();
        for (ZonedDateTime at : schedule.sessions().stream().map(Session::start).distinct().toList()) {
            long running = starred.stream().filter(s -> !s.start().isAfter(at) && s.end().isAfter(at)).count();
            if (running >= 2) {
                conflicts.put(at, (int) running);
            }
        }
        return conflicts;
    }
}
