package dev.confcal.web.page;

import dev.confcal.schedule.Filter;
import dev.confcal.schedule.Problem;
import dev.confcal.schedule.Schedule;
import dev.confcal.schedule.Session;
import dev.confcal.web.feed.BaseUrl;
import dev.confcal.web.feed.FeedQuery;
import dev.confcal.web.feed.PrivateHost;
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
 * @param request   what the feed builder holds (from the query string, when the form was sent), the labels'
 *                  language and the days to list in full; the schedule lists the sessions it selects
 * @param stale     the notes have problems and an older version is served
 * @param notices   what confcal assumed (the time zone) and what the official schedule changed: shown quietly
 */
public record PageModel(Schedule schedule, List<Problem> problems, boolean stale, BaseUrl base, boolean isStatic,
                 PageRequest request, SessionArticles articles, List<Problem> notices) {

    /** The server's page. */
    public PageModel(Schedule schedule, List<Problem> problems, List<Problem> notices, boolean stale, BaseUrl base,
              PageRequest request, SessionArticles articles) {
        this(schedule, problems, stale, base, false, request, articles, notices);
    }

    /** A static export's page in one language: every session, links relative to its folder unless its address is known. */
    public static PageModel exported(Schedule schedule, BaseUrl base, Labels labels) {
        PageRequest everything = new PageRequest(FeedQuery.calendar(), labels, true, List.of(), Map.of(), Map.of());
        return new PageModel(schedule, List.of(), false, base, true, everything,
                SessionArticles.relative(schedule, labels), List.of());
    }

    /** The file a static export writes the page in these labels to. */
    public static String exportedFile(Labels labels) {
        return labels == Labels.EN ? "index.html" : "index." + labels.code + ".html";
    }

    Labels labels() {
        return request.labels();
    }

    FeedQuery selection() {
        return request.selection();
    }

    /** A feed's URL for a link: absolute when the base URL is known, else relative to the page. */
    String link(FeedQuery feed) {
        return base == null ? feed.url().substring(1) : base.resolve(feed.url());
    }

    /** A path on this server as the browser sees it: {@code /kubecon/static/app.css}, or relative when static. */
    String local(String serverPath) {
        return isStatic ? serverPath.substring(1) : base.pathOf(serverPath);
    }

    /** This page with another selection (keeping the labels' language when it was asked for). */
    String pageUrl(FeedQuery selection, String more) {
        String query = selection.formQueryString() + request.pageParameters() + more;
        query = query.startsWith("&") ? query.substring(1) : query;
        return local("/") + (query.isEmpty() ? "" : "?" + query);
    }

    /** This page in other labels: the same selection with {@code hl}, or the static export's other file. */
    String languageUrl(Labels other) {
        if (isStatic) {
            return exportedFile(other);
        }
        String query = selection().formQueryString();
        return local("/") + "?" + (query.isEmpty() ? "" : query + "&") + PageRequest.HL + "=" + other.code;
    }

    /** The page's selection with another filter (its options kept). */
    FeedQuery with(Filter filter) {
        return with(selection(), filter);
    }

    static FeedQuery with(FeedQuery selection, Filter filter) {
        return new FeedQuery(selection.feed(), selection.name(), filter, selection.options(), false);
    }

    /** The topics offered under the search box. */
    List<TopicChips.Chip> chips() {
        return TopicChips.of(schedule);
    }

    String feedUrl() {
        return link(selection());
    }

    String downloadUrl() {
        return link(selection().withDownload(true));
    }

    /** Calendar services on the internet cannot fetch the feeds from this address (unknown for a static export). */
    boolean privateAddress() {
        return base != null && PrivateHost.isPrivate(base.host());
    }

    List<Session> selected() {
        return schedule.select(selection().selection());
    }

    /** The notes file's name without the folders it is in: the server's paths are nobody's business. */
    String sourceName() {
        return fileName(schedule.source());
    }

    /** A problem as the page shows it: {@code notes.md:12: …}, the notes' folder cut from it wherever it appears. */
    String shown(Problem problem) {
        String text = problem.toString();
        String source = schedule.source();
        int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
        String problemFolder = folderOf(problem.source());
        if (problemFolder != null) {
            text = text.replace(problemFolder, "");
        }
        return slash < 0 ? text : text.replace(source.substring(0, slash + 1), "");
    }

    private static String folderOf(String path) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return slash < 0 ? null : path.substring(0, slash + 1);
    }

    private static String fileName(String path) {
        String folder = folderOf(path);
        return folder == null ? path : path.substring(folder.length());
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
