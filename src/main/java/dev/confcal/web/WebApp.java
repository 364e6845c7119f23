package dev.confcal.web;

import dev.confcal.calendar.Edition;
import dev.confcal.publish.LiveEdition;
import dev.confcal.calendar.FeedOptions;
import dev.confcal.calendar.IcsWriter;
import dev.confcal.schedule.Filter;
import dev.confcal.schedule.Schedule;
import dev.confcal.schedule.Session;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import dev.confcal.schedule.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.regex.Pattern;
import org.eclipse.jetty.server.handler.StatisticsHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The feed server's routes. {@link #create} returns an unstarted Javalin; only the CLI starts it (tests start
 * it on port 0). The URLs are the public contract: subscribed calendars poll them for years.
 */
public final class WebApp {

    static final String CALENDAR = "text/calendar; charset=utf-8";
    static final String JSON = "application/json;charset=utf-8";
    static final String HTML = "text/html;charset=utf-8";
    static final String TEXT = "text/plain;charset=utf-8";
    static final String FEED_CACHE = "public, max-age=300";
    static final String PAGE_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    private static final Instant STARTED = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private static final Pattern SESSION_ID = Pattern.compile("[A-Za-z0-9]{1,64}");
    private static final Logger ACCESS = LoggerFactory.getLogger("confcal.access");
    private static final Logger LOG = LoggerFactory.getLogger(WebApp.class);

    private final LiveEdition live;
    private final WebOptions options;
    private final IcsWriter writer = new IcsWriter();
    private final RenderCache<Rendered> cache;
    /** Feed replies by the raw request, so a repeated poll skips parsing its query string. */
    private final RenderCache<Reply> replies;

    private WebApp(LiveEdition live, WebOptions options) {
        this.live = live;
        this.options = options;
        this.cache = new RenderCache<>(options.cacheCapacity());
        this.replies = new RenderCache<>(options.cacheCapacity());
    }

    public static Javalin create(LiveEdition live, WebOptions options) {
        return new WebApp(live, options).javalin();
    }

    private Javalin javalin() {
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.startupWatcherEnabled = false;
            config.http.disableCompression(); // responses are gzipped once, when rendered
            config.http.maxRequestSize = 16 * 1024;
            config.router.ignoreTrailingSlashes = true;
            config.jetty.modifyServer(server -> {
                server.setStopTimeout(10_000); // let in-flight requests finish on SIGTERM
                server.insertHandler(new StatisticsHandler());
            });
            config.jetty.modifyHttpConfiguration(http -> {
                http.setSendServerVersion(false);
                http.setRequestHeaderSize(8 * 1024);
                http.setOutputBufferSize(64 * 1024); // a whole feed of a typical conference in one write
            });
            if (options.accessLog()) {
                config.requestLogger.http(WebApp::logAccess);
            }
        });
        app.before(ctx -> {
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Referrer-Policy", "no-referrer");
            QueryStrings.validate(ctx.queryString());
        });
        route(app, "/calendar.ics", ctx -> feed(ctx, Filter.ALL, "calendar"));
        route(app, "/starred.ics", ctx -> feed(ctx, Filter.STARRED, "starred"));
        route(app, "/tracks/{file}", this::track);
        route(app, "/sessions/{file}", this::session);
        route(app, "/sessions.json", this::sessionsJson);
        route(app, "/healthz", this::health);
        route(app, "/", this::landing);
        route(app, "/static/app.css", ctx -> asset(ctx, "app.css", "text/css;charset=utf-8"));
        route(app, "/static/app.js", ctx -> asset(ctx, "app.js", "text/javascript;charset=utf-8"));
        app.exception(InvalidRequestException.class, (e, ctx) -> plain(ctx, HttpStatus.BAD_REQUEST, e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            plain(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "internal error");
        });
        app.error(HttpStatus.NOT_FOUND, ctx -> {
            if (ctx.attribute(HttpCaching.BYTES) == null) {
                plain(ctx, HttpStatus.NOT_FOUND, "not found");
            }
        });
        app.error(HttpStatus.METHOD_NOT_ALLOWED, ctx -> plain(ctx, HttpStatus.METHOD_NOT_ALLOWED, "method not allowed"));
        return app;
    }

    private static void route(Javalin app, String path, Handler handler) {
        app.get(path, handler);
        app.head(path, handler);
    }

    private void feed(Context ctx, Filter base, String name) {
        LiveEdition.State state = live.state();
        RawKey raw = new RawKey(state.generation(), ctx.path(), ctx.queryString());
        Reply reply = replies.peek(raw);
        if (reply == null) {
            Edition edition = state.edition();
            FeedRequest request = FeedRequest.parse(ctx.queryParamMap(), edition.schedule());
            Filter filter = merge(base, request.filter());
            Rendered rendered = cache.get(new FeedKey(state.generation(), filter, request.options()),
                    () -> Rendered.of(writer.feed(edition, filter, request.options()), state.loadedAt(), CALENDAR));
            reply = new Reply(rendered, disposition(request.download(), fileName(edition.schedule(), name)));
            replies.put(raw, reply);
        }
        ctx.header("Content-Disposition", reply.disposition());
        HttpCaching.send(ctx, reply.rendered(), FEED_CACHE);
    }

    private void track(Context ctx) {
        String track = stripSuffix(ctx.pathParam("file"), ".ics");
        if (track == null || !live.edition().schedule().tracks().containsKey(track)) {
            notFound(ctx, "no such track");
            return;
        }
        if (ctx.queryParamMap().containsKey("track")) {
            throw new InvalidRequestException("parameter \"track\": the path already names the track");
        }
        feed(ctx, Filter.ALL.withTrack(track), track);
    }

    private void session(Context ctx) {
        LiveEdition.State state = live.state();
        String id = stripSuffix(ctx.pathParam("file"), ".ics");
        Session session = id == null || !SESSION_ID.matcher(id).matches() ? null
                : state.edition().schedule().session(id).orElse(null);
        if (session == null) {
            notFound(ctx, "no such session");
            return;
        }
        FeedRequest request = FeedRequest.parse(ctx.queryParamMap(), state.edition().schedule());
        Rendered rendered = cache.get(new SessionKey(state.generation(), id, request.options()),
                () -> Rendered.of(writer.single(state.edition(), session, request.options()), state.loadedAt(),
                        CALENDAR));
        ctx.header("Content-Disposition", disposition(request.download(), session.id() + ".ics"));
        HttpCaching.send(ctx, rendered, FEED_CACHE);
    }

    private void sessionsJson(Context ctx) {
        LiveEdition.State state = live.state();
        Schedule schedule = state.edition().schedule();
        FeedRequest request = FeedRequest.parse(ctx.queryParamMap(), schedule);
        Rendered rendered = cache.get(new JsonKey(state.generation(), request.filter()),
                () -> Rendered.of(JsonViews.sessions(schedule, schedule.select(request.filter())), state.loadedAt(),
                        JSON));
        HttpCaching.send(ctx, rendered, FEED_CACHE);
    }

    /** 503 while publishing is stuck (see {@link dev.confcal.publish.Health#ok()}), with the reasons. */
    private void health(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        dev.confcal.publish.Health health = live.health();
        byte[] body = JsonViews.health(health, cache.size() + replies.size());
        ctx.status(health.ok() ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
        ctx.contentType(JSON);
        ctx.attribute(HttpCaching.BYTES, body.length);
        if (ctx.method() != HandlerType.HEAD) {
            ctx.result(body);
        }
    }

    private void landing(Context ctx) {
        LiveEdition.State state = live.state();
        Schedule schedule = state.edition().schedule();
        FeedRequest selection = FeedRequest.parse(builderQuery(ctx.queryParamMap()), schedule);
        String base = baseUrl(ctx);
        Rendered rendered = cache.get(new PageKey(state.generation(), base, state.problems(), selection),
                () -> Rendered.of(LandingPage.render(new PageModel(schedule, state.problems(), !state.current(), base,
                        false, selection)).getBytes(StandardCharsets.UTF_8), state.checkedAt(), HTML));
        ctx.header("Content-Security-Policy", PAGE_CSP);
        HttpCaching.send(ctx, rendered, "no-cache");
    }

    /** The builder form sends keywords as one comma-separated field; feeds take them one per parameter. */
    private static Map<String, List<String>> builderQuery(Map<String, List<String>> query) {
        Map<String, List<String>> split = new LinkedHashMap<>(query);
        for (String name : List.of("q", "exclude")) {
            if (split.containsKey(name)) {
                split.put(name, split.get(name).stream()
                        .flatMap(value -> Arrays.stream(value.split(","))).toList());
            }
        }
        return split;
    }

    private void asset(Context ctx, String name, String contentType) {
        Rendered rendered = cache.get(new AssetKey(name), () -> {
            try (InputStream in = WebApp.class.getResourceAsStream("/static/" + name)) {
                return Rendered.of(in.readAllBytes(), STARTED, contentType);
            } catch (IOException | NullPointerException e) {
                throw new IllegalStateException("asset " + name + " is missing from the jar", e);
            }
        });
        HttpCaching.send(ctx, rendered, "public, max-age=3600");
    }

    /** The public URL of this server: {@code --base-url}, else what the request says it asked for. */
    String baseUrl(Context ctx) {
        if (options.baseUrl() != null) {
            return options.baseUrl();
        }
        String host = ctx.host();
        if (host == null || !host.matches("[A-Za-z0-9.\\-\\[\\]:]{1,255}")) {
            host = "localhost";
        }
        return ctx.scheme() + "://" + host;
    }

    private static Filter merge(Filter base, Filter asked) {
        return new Filter(base.starredOnly() || asked.starredOnly(), asked.keywords(), asked.exclude(), asked.days(),
                base.track() != null ? base.track() : asked.track());
    }

    private static String stripSuffix(String file, String suffix) {
        return file.endsWith(suffix) && file.length() > suffix.length()
                ? file.substring(0, file.length() - suffix.length()) : null;
    }

    /** {@code kubecon-china-2023-starred.ics}: ASCII only, so no header can be injected through the notes. */
    static String fileName(Schedule schedule, String feed) {
        String slug = schedule.title().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        String name = feed.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (slug.isEmpty()) {
            slug = "confcal";
        }
        return (name.equals("calendar") || name.isEmpty() ? slug : slug + "-" + name) + ".ics";
    }

    private static String disposition(boolean download, String fileName) {
        return (download ? "attachment" : "inline") + "; filename=\"" + fileName + "\"";
    }

    private static void notFound(Context ctx, String message) {
        plain(ctx, HttpStatus.NOT_FOUND, message);
    }

    private static void plain(Context ctx, HttpStatus status, String message) {
        byte[] body = (message + "\n").getBytes(StandardCharsets.UTF_8);
        ctx.status(status).contentType(TEXT);
        ctx.header("Cache-Control", "no-store");
        ctx.attribute(HttpCaching.BYTES, body.length);
        if (ctx.method() != HandlerType.HEAD) {
            ctx.result(body);
        }
    }

    private static void logAccess(Context ctx, Float millis) {
        Object bytes = ctx.attribute(HttpCaching.BYTES);
        ACCESS.info("{} {} {} {}B {}ms", ctx.method(), ctx.path(), ctx.statusCode(), bytes == null ? 0 : bytes,
                String.format(Locale.ROOT, "%.1f", millis));
    }

    private record FeedKey(long generation, Filter filter, FeedOptions options) {
    }

    private record RawKey(long generation, String path, String query) {
    }

    private record Reply(Rendered rendered, String disposition) {
    }

    private record SessionKey(long generation, String id, FeedOptions options) {
    }

    private record JsonKey(long generation, Filter filter) {
    }

    private record PageKey(long generation, String baseUrl, List<Problem> problems, FeedRequest selection) {
    }

    private record AssetKey(String name) {
    }
}
