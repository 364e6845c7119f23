package dev.confcal.web;

import dev.confcal.publish.runtime.HeapAlarm;
import dev.confcal.web.feed.FeedQuery;
import io.javalin.http.Header;
import java.nio.ByteBuffer;
import java.util.Locale;
import java.util.function.BiFunction;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.PreEncodedHttpField;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.IteratingCallback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hot path: a poll of a feed that is already rendered is answered by Jetty directly, without the servlet
 * and Javalin layers (half the cost of such a request). Everything else — a miss, an invalid query, a large
 * body, every other route — goes on to Javalin, whose routes answer the same URLs the same way: both ask
 * {@link WebApp} for the feed ({@link FeedQuery}, one cache) and {@link Reply} for the representation.
 */
final class CachedFeeds extends Handler.Wrapper {

    /** A cached feed and, for a download, its Content-Disposition. */
    record Hit(Rendered rendered, String disposition) {
    }

    private static final Logger ACCESS = LoggerFactory.getLogger("confcal.access");
    private static final HttpField CORS = new PreEncodedHttpField(Header.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
    private static final HttpField CACHE = new PreEncodedHttpField(HttpHeader.CACHE_CONTROL, Responses.FEED_CACHE);
    private static final HttpField VARY = new PreEncodedHttpField(HttpHeader.VARY, "Accept-Encoding");
    private static final HttpField GZIP = new PreEncodedHttpField(HttpHeader.CONTENT_ENCODING, "gzip");

    /**
     * A large body in chunks of the output buffer's size, each written when the last is gone: no thread waits for
     * a slow client, and Java's socket layer never copies more than a chunk into a direct buffer at once.
     */
    private static final class ChunkedWrite extends IteratingCallback {
        private final Response response;
        private final byte[] body;
        private final Callback done;
        private int written;

        ChunkedWrite(Response response, byte[] body, Callback done) {
            this.response = response;
            this.body = body;
            this.done = done;
        }

        @Override
        protected Action process() {
            if (written == body.length) {
                return Action.SUCCEEDED;
            }
            int chunk = Math.min(Responses.DIRECT_WRITE_LIMIT, body.length - written);
            ByteBuffer slice = ByteBuffer.wrap(body, written, chunk);
            written += chunk;
            response.write(written == body.length, slice, this);
            return Action.SCHEDULED;
        }

        @Override
        protected void onCompleteSuccess() {
            done.succeeded();
        }

        @Override
        protected void onCompleteFailure(Throwable cause) {
            done.failed(cause); // the client went away, or stopped reading for the idle timeout
        }
    }

    private final BiFunction<String, String, Hit> lookup;
    private final boolean accessLog;

    /** @param lookup the cached feed for a decoded path and raw query, or null */
    CachedFeeds(BiFunction<String, String, Hit> lookup, boolean accessLog) {
        this.lookup = lookup;
        this.accessLog = accessLog;
    }

    /** Every request comes through here: an OutOfMemoryError on its way is reported to the heap alarm. */
    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        try {
            return answer(request, response, callback);
        } catch (Throwable e) {
            HeapAlarm.jvm().seen(e);
            throw e;
        }
    }

    private boolean answer(Request request, Response response, Callback callback) throws Exception {
        String method = request.getMethod();
        boolean head = "HEAD".equals(method);
        if (!head && !"GET".equals(method)) {
            return super.handle(request, response, callback);
        }
        long start = System.nanoTime();
        String path = request.getHttpURI().getDecodedPath();
        Hit hit = path == null ? null : lookup.apply(path, request.getHttpURI().getQuery());
        if (hit == null) {
            return super.handle(request, response, callback);
        }
        var headers = request.getHeaders();
        Rendered rendered = hit.rendered();
        Reply reply = Reply.of(rendered, headers.get(HttpHeader.ACCEPT_ENCODING), headers.get(HttpHeader.IF_NONE_MATCH),
                headers.get(HttpHeader.IF_MODIFIED_SINCE));
        var out = response.getHeaders();
        // SecurityHeaders.secure(out) with CACHE in no-store's place, as putting it after secure() left it; every
        // field encoded once, not at each poll
        out.put(SecurityHeaders.NOSNIFF);
        out.put(SecurityHeaders.NO_REFERRER);
        out.put(CACHE);
        out.put(CORS);
        Rendered.Fields fields = rendered.fields();
        out.put(reply.gzip() ? fields.gzipEtag() : fields.etag());
        out.put(fields.lastModified());
        out.put(fields.contentType());
        if (rendered.gzipped() != null) {
            out.put(VARY);
        }
        if (hit.disposition() != null) {
            out.put(HttpHeader.CONTENT_DISPOSITION, hit.disposition());
        }
        int sent = 0;
        if (reply.notModified()) {
            response.setStatus(HttpStatus.NOT_MODIFIED_304);
            response.write(true, null, callback);
        } else {
            if (reply.gzip()) {
                out.put(GZIP);
            }
            out.put(HttpHeader.CONTENT_LENGTH, reply.body().length);
            response.setStatus(HttpStatus.OK_200);
            sent = head ? 0 : reply.body().length;
            if (head || reply.body().length <= Responses.DIRECT_WRITE_LIMIT) {
                response.write(true, head ? null : ByteBuffer.wrap(reply.body()), callback);
            } else {
                new ChunkedWrite(response, reply.body(), callback).iterate();
            }
        }
        if (accessLog) {
            ACCESS.info("{} {} {} {}B {}ms", method, path, response.getStatus(), sent,
                    String.format(Locale.ROOT, "%.1f", (System.nanoTime() - start) / 1e6));
        }
        return true;
    }
}
