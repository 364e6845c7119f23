package dev.confcal.web;

import dev.confcal.publish.EditionState;
import dev.confcal.publish.LiveEdition;
import dev.confcal.schedule.Problem;
import dev.confcal.schedule.Schedule;
import dev.confcal.web.feed.BaseUrl;
import dev.confcal.web.feed.FeedQuery;
import dev.confcal.web.feed.FeedQuery.Feed;
import dev.confcal.web.feed.InvalidRequestException;
import dev.confcal.web.feed.PrivateHost;
import dev.confcal.web.feed.QueryStrings;
import dev.confcal.web.page.LandingPage;
import dev.confcal.web.page.PageModel;
import dev.confcal.web.page.PageRequest;
import dev.confcal.web.page.SessionArticles;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.Header;
import io.javalin.http.HttpStatus;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The feed server's routes. {@link #create} returns an unstarted Javalin; only the CLI starts it (tests start
 * it on port 0). Each request reads the live edition once and answers from one cache of rendered responses;
 * the URLs are {@link FeedQuery}'s, the public contract that subscribed calendars poll for years.
 */
public final class WebApp {

    static final String PAGE_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    /** Requests handled at once besides /healthz; the rest of Jetty's 250 threads stay free for the probes. */
    static final int WORKERS = 200;
    private static final Logger ACCESS = LoggerFactory.getLogger("confcal.access");
    private static final Logger LOG = LoggerFactory.getLogger(WebApp.class);

    private final LiveEdition live;
    /** A folder's conferences, or null when one notes file is served at the top. */
    private final FolderEditions folder;
    private final java.util.Map<LiveEdition, Feeds> folderFeeds = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicLong scopes = new java.util.concurrent.atomic.AtomicLong();
    private final WebOptions options;
    private final PublicAddress address;
    private final RenderCache cache;
    private final Feeds feeds;
    private final Semaphore workers = new Semaphore(WORKERS);
    private final SessionArticles.Memo articles = new SessionArticles.Memo();
    /** Private addresses the page has been asked at and the log has told the operator about (a few, once each). */
    private final java.util.Set<String> toldPrivate = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private volatile BaseUrl lastPrivate;

    /** What an operator can do when calendar services cannot reach the feeds: in the log and /healthz, not the page. */
    static final String PRIVATE_FIX = "Google Calendar, Outlook.com and Microsoft 365 fetch feeds from their own"
            + " servers on the internet, so the page disables their buttons; run confcal at a public address with"
            + " --base-url https://your.domain, or write the feeds with confcal export --base-url https://your.domain"
            + " to any static web host";

    private WebApp(LiveEdition live, FolderEditions folder, WebOptions options) {
        this.live = live;
        this.folder = folder;
        this.options = options;
        this.address = new PublicAddress(options);
        this.cache = new RenderCache(options.cacheBytes());
        this.feeds = live == null ? null : new Feeds(live, cache);
    }

    public static Javalin create(LiveEdition live, WebOptions options) {
        WebApp web = new WebApp(live, null, options);
        return Javalin.create(web::configure);
    }

    /**
     * A folder of notes: each conference's routes under its slug ({@code /SLUG/calendar.ics}, {@code /SLUG/}), every
     * conference in one feed under {@code /all/}, a front page listing them at {@code /}.
     */
    public static Javalin create(FolderEditions folder, WebOptions options) {
        WebApp web = new WebApp(null, folder, options);
        return Javalin.create(web::configure);
    }

    /** A conference's feeds; a slug the folder does not serve is a 404. */
    private Feeds feedsOf(String slug) {
        LiveEdition conference = folder.get(slug);
        if (conference == null) {
            throw new MissingFeedException("no such conference");
        }
        Feeds feeds = folderFeeds.get(conference); // the hot path: one lookup
        if (feeds != null) {
            return feeds;
        }
        folderFeeds.keySet().retainAll(folder.all().values()); // an edition no longer served
        return folderFeeds.computeIfAbsent(conference,
                edition -> new Feeds(edition, cache, slug + "#" + scopes.incrementAndGet()));
    }

    /** The fast path for a conference's cached feed: {@code /SLUG/calendar.ics} is its {@code /calendar.ics}. */
    private CachedFeeds.Hit cachedInFolder(String path, String rawQuery) {
        int slash = path.indexOf('/', 1);
        if (slash < 0) {
            return null;
        }
        String slug = path.substring(1, slash);
        if (!folder.has(slug)) {
            return null;
        }
        return feedsOf(slug).cached(path.substring(slash), rawQuery);
    }

    private void configure(JavalinConfig config) {
        config.startup.showJavalinBanner = false;
        config.startup.startupWatcherEnabled = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.http.compressionStrategy = CompressionStrategy.NONE; // responses are gzipped once, when rendered
        config.http.maxRequestSize = 16 * 1024;
        config.http.prefer405over404 = true;
        config.router.ignoreTrailingSlashes = true;
        JettySetup.apply(config, new CachedFeeds(folder == null ? feeds::cached : this::cachedInFolder,
                options.accessLog()));
        config.events.serverStopped(cache::close);
        if (options.accessLog()) {
            config.requestLogger.http(WebApp::logAccess);
        }
        var routes = config.routes;
        routes.before(ctx -> {
            ctx.header(Header.X_CONTENT_TYPE_OPTIONS, "nosniff");
            ctx.header(Header.REFERRER_POLICY, "no-referrer");
            QueryStrings.validate(ctx.queryString());
        });
        // first, before a folder's /{slug}: outside the workers' limit, so probes answer when all else is busy
        routes.get("/healthz", this::health);
        routes.head("/healthz", this::health);
        if (folder == null) {
            for (Feed kind : Feed.values()) {
                route(config, kind.routePath(), ctx -> feed(ctx, feeds, kind,
                        kind.named() ? FeedQuery.nameOfFile(ctx.pathParam("file")) : null));
            }
            route(config, "/", ctx -> landing(ctx, live, feeds, ""));
        } else {
            FolderRoutes combined = new FolderRoutes(folder, cache);
            for (Feed kind : Feed.values()) {
                route(config, "/{slug}" + kind.routePath(), ctx -> {
                    if (kind.combinable() && ctx.pathParam("slug").equals(FolderRoutes.ALL)) {
                        ctx.header(Header.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
                        respond(ctx, combined.combined(kind, QueryStrings.parseFeed(ctx.queryString())),
                                Responses.FEED_CACHE);
                        return;
                    }
                    feed(ctx, feedsOf(ctx.pathParam("slug")), kind,
                            kind.named() ? FeedQuery.nameOfFile(ctx.pathParam("file")) : null);
                });
            }
            route(config, "/{slug}", ctx -> {
                Feeds conference = feedsOf(ctx.pathParam("slug"));
                landing(ctx, conference.live(), conference, "/" + ctx.pathParam("slug"));
            });
            route(config, "/{slug}/static/app.css", ctx -> asset(ctx, "app.css", MediaTypes.CSS));
            route(config, "/{slug}/static/app.js", ctx -> asset(ctx, "app.js", MediaTypes.JAVASCRIPT));
            route(config, "/", ctx -> {
                ctx.header(Header.CONTENT_SECURITY_POLICY, PAGE_CSP);
                respond(ctx, combined.front(address.of(ctx)), "no-cache");
            });
        }
        route(config, "/static/app.css", ctx -> asset(ctx, "app.css", MediaTypes.CSS));
        route(config, "/static/app.js", ctx -> asset(ctx, "app.js", MediaTypes.JAVASCRIPT));
        routes.exception(InvalidRequestException.class,
                (e, ctx) -> Responses.plain(ctx, HttpStatus.BAD_REQUEST, e.getMessage()));
        routes.exception(MissingFeedException.class,
                (e, ctx) -> Responses.plain(ctx, HttpStatus.NOT_FOUND, e.getMessage()));
        routes.exception(Exception.class, (e, ctx) -> {
            dev.confcal.publish.runtime.HeapAlarm.jvm().seen(e);
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            Responses.plain(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "internal error");
        });
        routes.error(HttpStatus.NOT_FOUND, ctx -> {
            if (ctx.attribute(Responses.BYTES) == null) {
                Responses.plain(ctx, HttpStatus.NOT_FOUND, "not found");
            }
        });
        routes.error(HttpStatus.METHOD_NOT_ALLOWED, ctx -> {
            ctx.header(Header.ALLOW, "GET, HEAD");
            Responses.plain(ctx, HttpStatus.METHOD_NOT_ALLOWED, "method not allowed: use GET or HEAD");
        });
    }

    private void route(JavalinConfig config, String path, Handler handler) {
        Handler limited = ctx -> {
            if (!workers.tryAcquire()) {
                ctx.header(Header.RETRY_AFTER, "1");
                Responses.plain(ctx, HttpStatus.SERVICE_UNAVAILABLE, "busy, try again in a second");
                return;
            }
            try {
                handler.handle(ctx);
            } finally {
                workers.release();
            }
        };
        config.routes.get(path, limited);
        config.routes.head(path, limited);
    }

    /** Every feed and the JSON: one snapshot of the live edition, one parse, one cache lookup. */
    private void feed(Context ctx, Feeds feeds, Feed kind, String name) {
        Feeds.Request request = feeds.request(kind, name, QueryStrings.parseFeed(ctx.queryString()));
        if (request.query().download()) {
            ctx.header(Header.CONTENT_DISPOSITION, request.query().disposition(request.state().edition().schedule()));
        }
        ctx.header(Header.ACCESS_CONTROL_ALLOW_ORIGIN, "*"); // public data: any page's script may read it
        respond(ctx, feeds.rendered(request), Responses.FEED_CACHE);
    }

    /** 503 while publishing is stuck (see {@link dev.confcal.publish.Health#ok()}), with the reasons. */
    private void health(Context ctx) {
        ctx.header(Header.CACHE_CONTROL, "no-store");
        BaseUrl unreachable = options.baseUrl() != null
                ? (PrivateHost.isPrivate(options.baseUrl().host()) ? options.baseUrl() : null) : lastPrivate;
        JsonViews.AddressView address = unreachable == null ? null
                : new JsonViews.AddressView(unreachable.toString(), false, PRIVATE_FIX);
        if (folder != null) {
            java.util.Map<String, dev.confcal.publish.Health> all = new java.util.TreeMap<>();
            folder.all().forEach((slug, conference) -> all.put(slug, conference.health()));
            boolean ok = all.values().stream().allMatch(dev.confcal.publish.Health::ok);
            ctx.status(ok ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
            Responses.bytes(ctx, MediaTypes.JSON, JsonViews.folderHealth(all, (int) cache.size(), address));
            return;
        }
        dev.confcal.publish.Health health = live.health();
        ctx.status(health.ok() ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
        Responses.bytes(ctx, MediaTypes.JSON, JsonViews.health(health, (int) cache.size(), address));
    }

    /** @param under the conference's path in a folder ({@code /kubecon}), or empty at the top */
    private void landing(Context ctx, LiveEdition live, Feeds feeds, String under) {
        EditionState state = live.state();
        Schedule schedule = state.edition().schedule();
        PageRequest request = PageRequest.read(QueryStrings.parse(ctx.queryString()),
                ctx.header(Header.ACCEPT_LANGUAGE), schedule);
        BaseUrl top = address.of(ctx);
        if (PrivateHost.isPrivate(top.host())) {
            tellPrivate(top);
        }
        BaseUrl base = under.isEmpty() ? top : new BaseUrl(top.scheme(), top.host(), top.path() + under);
        CompletableFuture<Rendered> rendered = cache.get(new PageKey(feeds, state.generation(), base, state.problems(),
                        state.notices(), state.current(), request),
                () -> Rendered.page(LandingPage.render(new PageModel(schedule, state.problems(), state.notices(),
                        !state.current(), base, request, articles.of(schedule, base.path(), request.labels())))
                        .getBytes(StandardCharsets.UTF_8),
                        state.checkedAt(), MediaTypes.HTML));
        ctx.header(Header.CONTENT_SECURITY_POLICY, PAGE_CSP);
        ctx.header(Header.VARY, "Accept-Language"); // the labels' language, when hl does not name it: in the key too
        respond(ctx, rendered, "no-cache");
    }

    /** Said once per address (and for a few addresses at most): every visitor of a laptop's server would repeat it. */
    private void tellPrivate(BaseUrl base) {
        lastPrivate = base;
        if (toldPrivate.size() < 8 && toldPrivate.add(base.toString())) {
            LOG.warn("calendar services cannot reach {}: {}", base, PRIVATE_FIX);
        }
    }

    private void asset(Context ctx, String name, String contentType) {
        CompletableFuture<Rendered> rendered = cache.get(new AssetKey(name),
                () -> Rendered.of(Assets.read(name), Assets.BUILT, contentType));
        respond(ctx, rendered, "public, max-age=3600");
    }

    /** A cached response is sent at once; a rendering is waited for without holding the request's thread. */
    private static void respond(Context ctx, CompletableFuture<Rendered> rendered, String cacheControl) {
        Rendered done = rendered.getNow(null);
        if (done != null) {
            Responses.send(ctx, done, cacheControl);
        } else {
            ctx.future(() -> rendered.thenAccept(response -> Responses.send(ctx, response, cacheControl)));
        }
    }

    private static void logAccess(Context ctx, Float millis) {
        Object bytes = ctx.attribute(Responses.BYTES);
        ACCESS.info("{} {} {} {}B {}ms", ctx.method(), ctx.path(), ctx.statusCode(), bytes == null ? 0 : bytes,
                String.format(Locale.ROOT, "%.1f", millis));
    }

    private record AssetKey(String name) {
    }

    /**
     * Everything the page depends on: the problems shown, the base URL of its links, and the request as read (its
     * selection, the labels' language whether asked or negotiated from {@code Accept-Language}, the unfolded days).
     */
    private record PageKey(Feeds conference, long generation, BaseUrl base, List<Problem> problems, List<Problem> notices,
                           boolean current, PageRequest request) {
    }
}
