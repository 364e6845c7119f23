package dev.confcal.web.feed;

import dev.confcal.calendar.FeedOptions;
import dev.confcal.schedule.Filter;
import dev.confcal.schedule.Schedule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The public feed URL contract, in one place: which feed ({@code /calendar.ics}, {@code /starred.ics},
 * {@code /tracks/<track>.ics}, {@code /sessions/<id>.ics}, {@code /sessions.json}, {@code /count.json}) and its
 * query parameters.
 * {@link #parse} reads a request, {@link #url} writes the URL for one; the routes, the landing page, the JSON,
 * the static export and (through what the page tells it) {@code app.js} all go through here. Subscribed
 * calendars poll these URLs for years: change nothing here without keeping old URLs working.
 *
 * @param feed     which resource
 * @param name     the track of a {@link Feed#TRACK} feed or the id of a {@link Feed#SESSION}, else null
 * @param filter   what the query asks for (the path's own selection is added by {@link #selection()})
 * @param options  reminder and title language
 * @param download answer as a file to save ({@code download=1})
 */
public record FeedQuery(Feed feed, String name, Filter filter, FeedOptions options, boolean download) {

    /**
     * The resources a feed URL can name, each with the shape of its path: a fixed path, or a folder holding one
     * {@code <name>.ics} per track or session. The server's routes, which feed a path names, and a feed's
     * path and file are all read from this table.
     */
    public enum Feed {
        CALENDAR("/calendar.ics", Body.ICS),
        STARRED("/starred.ics", Body.ICS),
        TRACK("/tracks/", Body.ICS),
        SESSION("/sessions/", Body.SESSION),
        /** The JSON of a selection's sessions. */
        JSON("/sessions.json", Body.JSON),
        /**
         * How many sessions a selection holds, and its feed's URLs, {@code {"count":12,"feed":…,"download":…}}:
         * what the page's builder asks as you type, instead of the whole sessions.json.
         */
        COUNT("/count.json", Body.COUNT);

        /** The path, or for a named feed the folder its files are in (ending in a slash). */
        private final String path;
        /** What its response holds. */
        public final Body body;

        Feed(String path, Body body) {
            this.path = path;
            this.body = body;
        }

        /** Whether a folder's {@code /all/} serves it: every conference in one feed, whole or starred. */
        public boolean combinable() {
            return this == CALENDAR || this == STARRED;
        }

        /** Whether the path names a track or a session: {@code /tracks/<track>.ics}. */
        public boolean named() {
            return path.endsWith("/");
        }

        /** The route's path as Javalin reads it: the path, or the folder and {@code {file}}. */
        public String routePath() {
            return named() ? path + "{file}" : path;
        }

        String path(String name) {
            return named() ? path + encode(name) + NAMED_SUFFIX : path;
        }

        String file(String name) {
            return named() ? path.substring(1) + name + NAMED_SUFFIX : path.substring(1);
        }
    }

    /** What a feed's response holds, rendered once per selection and cached by it. */
    public enum Body { ICS, SESSION, JSON, COUNT }

    private static final String NAMED_SUFFIX = ".ics";

    public FeedQuery {
        Objects.requireNonNull(feed, "feed");
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(options, "options");
        if ((feed == Feed.TRACK || feed == Feed.SESSION) != (name != null)) {
            throw new IllegalArgumentException(feed + " feed with name " + name);
        }
        if (feed == Feed.TRACK && filter.track() != null) {
            throw new IllegalArgumentException("a track feed takes no track parameter");
        }
    }

    public static FeedQuery calendar() {
        return new FeedQuery(Feed.CALENDAR, null, Filter.ALL, FeedOptions.DEFAULT, false);
    }

    public static FeedQuery starred() {
        return new FeedQuery(Feed.STARRED, null, Filter.ALL, FeedOptions.DEFAULT, false);
    }

    public static FeedQuery track(String track) {
        return new FeedQuery(Feed.TRACK, track, Filter.ALL, FeedOptions.DEFAULT, false);
    }

    public static FeedQuery session(String id) {
        return new FeedQuery(Feed.SESSION, id, Filter.ALL, FeedOptions.DEFAULT, false);
    }

    /**
     * Reads a request's query for a feed. Unknown or repeated parameters and values out of range are the
     * client's mistake and named in the message: a typo such as {@code ?stared=true} must not silently give
     * the full feed.
     *
     * @throws InvalidRequestException naming the parameter
     */
    public static FeedQuery parse(Feed feed, String name, Map<String, List<String>> query, Schedule schedule) {
        QueryParameters.Read read = QueryParameters.read(feed == Feed.TRACK, query, schedule, false);
        return new FeedQuery(feed, name, read.filter(), read.options(), read.download());
    }

    /**
     * Reads the landing page's builder form: the same parameters, with keywords typed in one field, separated by
     * spaces or commas ({@code q=wasm webassembly, istio}; see {@link #formWords}). It always describes a
     * {@code /calendar.ics} feed.
     */
    public static FeedQuery parseForm(Map<String, List<String>> query, Schedule schedule) {
        QueryParameters.Read read = QueryParameters.read(false, query, schedule, true);
        return new FeedQuery(Feed.CALENDAR, null, read.filter(), read.options(), read.download());
    }

    /**
     * How the form's keyword fields are read, word by word (see {@link FormWords}); the page hands this pattern to
     * {@code app.js}, so the browser splits a field exactly as the server does.
     */
    public static final String FORM_WORD = FormWords.PATTERN;

    /** The words a keyword field holds: {@code wasm "service mesh",istio} is wasm, service mesh and istio. */
    static List<String> formWords(String field) {
        return FormWords.split(field);
    }

    /** Words as the form shows them, the way {@link #formWords} reads them back: a phrase in quotes. */
    public static String formValue(List<String> words) {
        return String.join(" ", words.stream().map(word -> formWords(word).size() == 1 && formWords(word).get(0)
                .equals(word) ? word : "\"" + word.replace("\"", "") + "\"").toList());
    }

    /** The JSON of a selection's sessions ({@link Feed#JSON}'s path). */
    public static final String JSON_PATH = Feed.JSON.path(null);
    /** A selection's count and its feed's URLs ({@link Feed#COUNT}'s path). */
    public static final String COUNT_PATH = Feed.COUNT.path(null);

    /** Which feed a path names: {@code /tracks/wasm.ics} is the track {@code wasm}. */
    public record Route(Feed feed, String name) {
    }

    /** The feed a decoded path names, or null when it names none (then it is not a feed URL at all). */
    public static Route route(String path) {
        for (Feed feed : Feed.values()) {
            if (!feed.named()) {
                if (path.equals(feed.path)) {
                    return new Route(feed, null);
                }
            } else if (path.startsWith(feed.path) && path.endsWith(NAMED_SUFFIX)
                    && path.length() > feed.path.length() + NAMED_SUFFIX.length()
                    && path.indexOf('/', feed.path.length()) < 0) {
                return new Route(feed, path.substring(feed.path.length(), path.length() - NAMED_SUFFIX.length()));
            }
        }
        return null;
    }

    /** The name a named feed's route was given as its {@code {file}}: {@code wasm.ics} is wasm; else null. */
    public static String nameOfFile(String file) {
        return file.endsWith(NAMED_SUFFIX) && file.length() > NAMED_SUFFIX.length()
                ? file.substring(0, file.length() - NAMED_SUFFIX.length()) : null;
    }

    /** The sessions this feed holds: the query's filter plus what the path selects. */
    public Filter selection() {
        return switch (feed) {
            case STARRED -> filter.withStarredOnly();
            case TRACK -> filter.withTrack(name);
            default -> filter;
        };
    }

    public FeedQuery withDownload(boolean asFile) {
        return new FeedQuery(feed, name, filter, options, asFile);
    }

    /** The path on the server, {@code /tracks/service%20mesh.ics}: percent-encoded, starting with a slash. */
    public String path() {
        return feed.path(name);
    }

    /** Where a static export writes this feed, relative to its folder: {@code tracks/service mesh.ics}. */
    public String file() {
        return feed.file(name);
    }

    /** The query string without {@code ?}, in the canonical order; empty when nothing is asked. */
    public String queryString() {
        return queryString(false);
    }

    /**
     * The same query as the landing page's form sends it, for links to the page: each keyword field as one
     * parameter, its words as typed ({@link #formValue}: {@code q=wasm%20%22service%20mesh%22}), which
     * {@link #parseForm} reads back as this query. A feed's own query gives each keyword a parameter instead.
     */
    public String formQueryString() {
        return queryString(true);
    }

    private String queryString(boolean form) {
        List<String> parts = new ArrayList<>();
        if (filter.starredOnly()) {
            parts.add(FeedParameter.STARRED.key + "=true");
        }
        words(parts, FeedParameter.Q, filter.keywords(), form);
        words(parts, FeedParameter.EXCLUDE, filter.exclude(), form);
        filter.days().forEach(day -> parts.add(FeedParameter.DAY.key + "=" + day));
        if (filter.track() != null) {
            parts.add(FeedParameter.TRACK.key + "=" + encode(filter.track()));
        }
        if (options.alarmMinutes() != null) {
            parts.add(FeedParameter.ALARM.key + "=" + options.alarmMinutes());
        }
        if (options.language() != null) {
            parts.add(FeedParameter.LANG.key + "=" + options.language().code());
        }
        if (download) {
            parts.add(FeedParameter.DOWNLOAD.key + "=1");
        }
        return String.join("&", parts);
    }

    private static void words(List<String> parts, FeedParameter parameter, List<String> words, boolean form) {
        if (form && !words.isEmpty()) {
            parts.add(parameter.key + "=" + encode(formValue(words)));
        } else if (!form) {
            words.forEach(word -> parts.add(parameter.key + "=" + encode(word)));
        }
    }

    /** The path and query: {@code /calendar.ics?starred=true&q=wasm}. */
    public String url() {
        String query = queryString();
        return query.isEmpty() ? path() : path() + "?" + query;
    }

    /**
     * The {@code Content-Disposition} of a download: named after the title and what the feed selects,
     * {@code kubecon-china-2023-starred-wasm.ics} (see {@link DownloadName}).
     */
    public String disposition(Schedule schedule) {
        if (feed == Feed.SESSION) {
            return "attachment; filename=\"" + name + ".ics\""; // ids are [A-Za-z0-9] (WebApp checks)
        }
        return DownloadName.disposition(nameParts(schedule));
    }

    private List<String> nameParts(Schedule schedule) {
        Filter selected = selection();
        List<String> parts = new ArrayList<>();
        parts.add(schedule.title());
        if (selected.starredOnly()) {
            parts.add("starred");
        }
        if (selected.track() != null) {
            parts.add(selected.track());
        }
        parts.addAll(selected.keywords());
        selected.exclude().forEach(word -> parts.add("without " + word));
        selected.days().stream().map(LocalDate::toString).forEach(parts::add);
        if (options.language() != null) {
            parts.add(options.language().code());
        }
        return parts;
    }

    /** Percent-encodes a value for a query string or a path segment (space as {@code %20}, never {@code +}). */
    public static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

}
