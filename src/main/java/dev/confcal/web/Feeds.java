package dev.confcal.web;

import dev.confcal.calendar.FeedOptions;
import dev.confcal.calendar.IcsWriter;
import dev.confcal.publish.EditionState;
import dev.confcal.publish.LiveEdition;
import dev.confcal.schedule.Filter;
import dev.confcal.schedule.Schedule;
import dev.confcal.schedule.Session;
import dev.confcal.web.feed.FeedQuery;
import dev.confcal.web.feed.FeedQuery.Feed;
import dev.confcal.web.feed.InvalidRequestException;
import dev.confcal.web.feed.QueryStrings;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

/**
 * The feeds and the JSON: a request read against one snapshot of the live edition, keyed by everything its
 * bytes depend on, rendered once into the cache. Javalin's routes ({@link WebApp}) and the fast path for cached
 * feeds ({@link CachedFeeds}) both come here, so a URL gets the same answer either way.
 */
final class Feeds {

    private static final Pattern SESSION_ID = Pattern.compile("[A-Za-z0-9]{1,64}");

    /**
     * A feed request checked against one snapshot of the live edition.
     *
     * @param cancelled the session is no longer in the notes: its feed says so
     */
    record Request(EditionState state, FeedQuery query, Session session, boolean cancelled, Key key) {
    }

    /** What a feed's bytes depend on. */
    record Key(long generation, FeedQuery.Body body, Filter selection, FeedOptions options, String name) {
    }

    /** A key of one conference's of a folder: conferences share the cache, and count their generations alone. */
    private record Scoped(String scope, Key key) {
    }

    private final LiveEdition live;
    private final RenderCache cache;
    private final String scope;
    private final IcsWriter writer = new IcsWriter();

    /** A URL the fast path was asked for: its decoded path and raw query. */
    private record Url(String path, String rawQuery) {
    }

    /** What a URL is in one edition: its cache key and, for a download, its Content-Disposition. */
    private record Looked(EditionState state, Object cacheKey, String disposition) {
    }

    /** URLs with a longer query are read at every request instead of remembered. */
    private static final int LOOKED_QUERY_MAX = 256;
    private static final int LOOKED_MAX = 1024;
    /**
     * The URLs of the current edition the fast path has read: a calendar polls the same URL again and again, and
     * reading it (the query, the filter, the key's hash) was a tenth of answering its 304. Only URLs that named a
     * feed are kept, with the edition they were read in, so one is used only while that edition is served; the
     * map is emptied when the edition changes, and when it is full.
     */
    private final java.util.concurrent.ConcurrentHashMap<Url, Looked> looked = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile EditionState lookedIn;

    Feeds(LiveEdition live, RenderCache cache) {
        this(live, cache, null);
    }

    /** @param scope the conference's slug when the cache is shared with others, else null */
    Feeds(LiveEdition live, RenderCache cache, String scope) {
        this.live = live;
        this.cache = cache;
        this.scope = scope;
    }

    LiveEdition live() {
        return live;
    }

    private Object cacheKey(Key key) {
        return scope == null ? key : new Scoped(scope, key);
    }

    /** The response, cached or once rendered. */
    CompletableFuture<Rendered> rendered(Request request) {
        return cache.get(cacheKey(request.key()), () -> render(request));
    }

    /**
     * A cached feed, for {@link CachedFeeds} to send without going through Javalin; null for anything else (not a
     * feed, not valid, not rendered yet), which Javalin then answers.
     */
    CachedFeeds.Hit cached(String path, String rawQuery) {
        EditionState state = live.state();
        if (state != lookedIn) {
            looked.clear();
            lookedIn = state;
        }
        Url url = new Url(path, rawQuery);
        Looked seen = looked.get(url);
        if (seen == null || seen.state() != state) { // the request() below reads the same from the same edition
            FeedQuery.Route route = FeedQuery.route(path);
            if (route == null) {
                return null;
            }
            try {
                Request request = request(route.feed(), route.name(), QueryStrings.parseFeed(rawQuery));
                seen = new Looked(request.state(), cacheKey(request.key()), request.query().download()
                        ? request.query().disposition(request.state().edition().schedule()) : null);
            } catch (InvalidRequestException | MissingFeedException e) {
                return null; // Javalin's route answers it with the 400 or the 404
            }
            if (rawQuery == null || rawQuery.length() <= LOOKED_QUERY_MAX) {
                if (looked.size() >= LOOKED_MAX) {
                    looked.clear();
                }
                looked.put(url, seen);
            }
        }
        Rendered rendered = cache.peek(seen.cacheKey());
        return rendered == null ? null : new CachedFeeds.Hit(rendered, seen.disposition());
    }

    /**
     * A feed request checked against one snapshot of the live edition.
     *
     * @throws MissingFeedException when the path names no track or session in it
     */
    Request request(Feed kind, String name, Map<String, List<String>> parameters) {
        EditionState state = live.state();
        Schedule schedule = state.edition().schedule();
        if (kind == Feed.TRACK && (name == null || !schedule.hasTrack(name))) {
            throw new MissingFeedException("no such track");
        }
        boolean valid = kind == Feed.SESSION && name != null && SESSION_ID.matcher(name).matches();
        Session session = valid ? schedule.session(name).orElse(null) : null;
        boolean cancelled = false;
        if (valid && session == null) { // removed from the notes: CANCELLED while the ledger remembers it
            session = CancelledFeed.of(state.edition(), name).orElse(null);
            cancelled = session != null;
        }
        if (kind == Feed.SESSION && session == null) {
            throw new MissingFeedException("no such session");
        }
        FeedQuery query = FeedQuery.parse(kind, name, parameters, schedule);
        Key key = new Key(state.generation(), kind.body, kind == Feed.SESSION ? Filter.ALL : query.selection(),
                query.options(), kind == Feed.SESSION ? name : null);
        return new Request(state, query, session, cancelled, key);
    }

    private Rendered render(Request request) {
        EditionState state = request.state();
        Schedule schedule = state.edition().schedule();
        FeedQuery query = request.query();
        return switch (query.feed().body) {
            case JSON -> Rendered.of(JsonViews.sessions(schedule, schedule.select(query.selection()),
                    new FeedQuery(Feed.CALENDAR, null, query.selection(), query.options(), false)), state.loadedAt(),
                    MediaTypes.JSON);
            case COUNT -> Rendered.of(JsonViews.count(schedule.select(query.selection()).size(),
                    new FeedQuery(Feed.CALENDAR, null, query.selection(), query.options(), false)), state.loadedAt(),
                    MediaTypes.JSON);
            case SESSION -> Rendered.of(request.cancelled()
                    ? CancelledFeed.write(writer, PublicEdition.of(state.edition()), request.session(), query.options())
                    : writer.single(PublicEdition.of(state.edition()), request.session(), query.options()),
                    state.loadedAt(), MediaTypes.CALENDAR);
            case ICS -> Rendered.of(writer.feed(PublicEdition.of(state.edition()), query.selection(), query.options()),
                    state.loadedAt(), MediaTypes.CALENDAR);
        };
    }
}
