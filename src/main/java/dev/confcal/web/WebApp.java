package dev.confcal.web;

import dev.confcal.publish.EditionState;
import dev.confcal.publish.LiveEdition;
import dev.confcal.schedule.Problem;
import dev.confcal.schedule.Schedule;
import dev.confcal.web.FeedQuery.Feed;
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

    private WebApp(LiveEdition live, WebOptions options) {
        this.live = live;
        this.options = options;
        this.address = new PublicAddress(options);
        this.cache = new RenderCache(options.cacheBytes());
        this.feeds = new Feeds(live, cache);
    }

    public static Javalin create(LiveEdition live, WebOptions options) {
        WebApp web = new WebApp(live, options);
        return Javalin.create(web::configure);
    }

    private void configure(JavalinConfig config) {
        config.startup.showJavalinBanner = false;
        config.startup.startupWatcherEnabled = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.http.compressionStrategy = CompressionStrategy.NONE; // responses are gzipped once, when rendered
        config.http.maxRequestSize = 16 * 1024;
        config.http.prefer405over404 = true;
        config.router.ignoreTrailingSlashes = true;
        JettySetup.apply(config, new CachedFeeds(feeds::cached, options.accessLog()));
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
        for (Feed kind : Feed.values()) {
            route(config, kind.routePath(),
                    ctx -> feed(ctx, kind, kind.named() ? FeedQuery.nameOfFile(ctx.pathParam("file")) : null));
        }
        route(config, "/", this::landing);
        route(config, "/static/app.css", ctx -> asset(ctx, "app.css", MediaTypes.CSS));
        route(config, "/static/app.js", ctx -> asset(ctx, "app.js", MediaTypes.JAVASCRIPT));
        routes.get("/healthz", this::health); // outside the workers' limit: probes answer when all else is busy
        routes.head("/healthz", this::health);
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
    private void feed(Context ctx, Feed kind, String name) {
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
        dev.confcal.publish.Health health = live.health();
        ctx.status(health.ok() ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
        BaseUrl unreachable = options.baseUrl() != null
                ? (PrivateHost.isPrivate(options.baseUrl().host()) ? options.baseUrl() : null) : lastPrivate;
        Responses.bytes(ctx, MediaTypes.JSON, JsonViews.health(health, (int) cache.size(), unreachable == null ? null
                : new JsonViews.AddressView(unreachable.toString(), false, PRIVATE_FIX)));
    }

    private void landing(Context ctx) {
        EditionState state = live.state();
        Schedule schedule = state.edition().schedule();
        PageRequest request = PageRequest.read(QueryStrings.parse(ctx.queryString()),
                ctx.header(Header.ACCEPT_LANGUAGE), schedule);
        BaseUrl base = address.of(ctx);
        if (PrivateHost.isPrivate(base.host())) {
            tellPrivate(base);
        }
        CompletableFuture<Rendered> rendered = cache.get(new PageKey(state.generation(), base, state.problems(),
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
    private record PageKey(long generation, BaseUrl base, List<Problem> problems, List<Problem> notices,
                           boolean current, PageRequest request) {
    }
}
