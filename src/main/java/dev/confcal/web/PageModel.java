package dev.confcal.web;

import dev.confcal.schedule.Problem;
import dev.confcal.schedule.Schedule;
import dev.confcal.schedule.Session;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the landing page shows.
 *
 * @param base      the public URL of the server, or of a static export when known; null for a static export
 *                  whose address is known only in the browser (links stay relative and app.js makes the
 *                  subscribe links absolute there)
 * @param isStatic  a static export: no form to filter with, a list of the feeds it wrote instead
 * @param selection what the feed builder holds (from the query string, when the form was sent); the schedule
 *                  lists the sessions it selects
 * @param stale     the notes have problems and an older version is served
 * @param notices   what confcal assumed (the time zone) and what the official schedule changed: shown quietly
 */
record PageModel(Schedule schedule, List<Problem> problems, boolean stale, BaseUrl base, boolean isStatic,
                 FeedQuery selection, SessionArticles articles, List<Problem> notices) {

    /** The server's page. */
    PageModel(Schedule schedule, List<Problem> problems, List<Problem> notices, boolean stale, BaseUrl base,
              FeedQuery selection, SessionArticles articles) {
        this(schedule, problems, stale, base, false, selection, articles, notices);
    }

    /** A static export's page: every session, links relative to its folder unless its address is known. */
    static PageModel exported(Schedule schedule, BaseUrl base) {
        return new PageModel(schedule, List.of(), false, base, true, FeedQuery.calendar(),
                SessionArticles.relative(schedule), List.of());
    }

    /** A feed's URL for a link: absolute when the base URL is known, else relative to the page. */
    String link(FeedQuery feed) {
        return base == null ? feed.url().substring(1) : base.resolve(feed.url());
    }

    /** A path on this server as the browser sees it: {@code /kubecon/static/app.css}, or relative when static. */
    String local(String serverPath) {
        return isStatic ? serverPath.substring(1) : base.pathOf(serverPath);
    }

    String feedUrl() {
        return link(selection);
    }

    String downloadUrl() {
        return link(selection.withDownload(true));
    }

    List<Session> selected() {
        return schedule.select(selection.selection());
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
