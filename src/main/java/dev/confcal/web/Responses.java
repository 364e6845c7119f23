package dev.confcal.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.Header;
import io.javalin.http.HttpStatus;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;

/**
 * Sends responses the way caches and calendar clients expect: validators, 304s, gzip with its own ETag, HEAD
 * with the GET's Content-Length. A large body is written without holding a thread: a client that never reads
 * a 10 MB feed costs a connection, not one of the server's threads.
 */
final class Responses {

    /** How long a feed may be cached: calendar apps poll, and five minutes late is on time. */
    static final String FEED_CACHE = "public, max-age=300";
    /** The access log's byte count. */
    static final String BYTES = "confcal.bytes";
    /** Bodies up to this size fit in the socket's buffers and are written directly. */
    static final int DIRECT_WRITE_LIMIT = 64 * 1024;

    private Responses() {
    }

    static void send(Context ctx, Rendered rendered, String cacheControl) {
        HttpServletResponse response = ctx.res();
        Reply reply = Reply.of(rendered, ctx.header(Header.ACCEPT_ENCODING), ctx.header(Header.IF_NONE_MATCH),
                ctx.header(Header.IF_MODIFIED_SINCE));
        response.setHeader(Header.ETAG, reply.etag());
        response.setHeader(Header.LAST_MODIFIED, rendered.lastModifiedHeader());
        response.setHeader(Header.CACHE_CONTROL, cacheControl);
        if (rendered.gzipped() != null) {
            String vary = response.getHeader(Header.VARY); // a route's own, such as the page's Accept-Language
            response.setHeader(Header.VARY, vary == null ? "Accept-Encoding" : vary + ", Accept-Encoding");
        }
        response.setContentType(rendered.contentType());
        if (reply.notModified()) {
            ctx.status(HttpStatus.NOT_MODIFIED);
            ctx.attribute(BYTES, 0);
            return;
        }
        if (reply.gzip()) {
            response.setHeader(Header.CONTENT_ENCODING, "gzip");
        }
        write(ctx, reply.body());
    }

    /** A short plain-text answer (errors, 404s) that is never cached. */
    static void plain(Context ctx, HttpStatus status, String message) {
        ctx.status(status);
        ctx.header(Header.CACHE_CONTROL, "no-store");
        bytes(ctx, MediaTypes.TEXT, (message + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A small body computed for this request only. It becomes Javalin's result, replacing any default answer
     * (its 404 text); for HEAD Jetty sends the headers, Content-Length included, and drops the body.
     */
    static void bytes(Context ctx, String contentType, byte[] body) {
        ctx.res().setContentType(contentType);
        ctx.res().setContentLength(body.length);
        ctx.attribute(BYTES, ctx.method() == HandlerType.HEAD ? 0 : body.length);
        ctx.result(body);
    }

    private static void write(Context ctx, byte[] body) {
        HttpServletResponse response = ctx.res();
        response.setContentLength(body.length);
        if (ctx.method() == HandlerType.HEAD) {
            ctx.attribute(BYTES, 0);
            return;
        }
        ctx.attribute(BYTES, body.length);
        try {
            if (body.length > DIRECT_WRITE_LIMIT) {
                ctx.future(() -> writeAsync(ctx, body));
            } else {
                response.getOutputStream().write(body); // straight to Jetty: no copy through Javalin's result
            }
        } catch (IOException e) {
            ctx.attribute(BYTES, 0); // the client went away mid-response: nothing to answer, nothing to log
        }
    }

    /**
     * Servlet non-blocking output: a chunk whenever the client has read the last one; no thread waits meanwhile.
     * Chunks of the output buffer's size go through Jetty's pooled buffers; one 10 MB write would have Java's
     * socket layer copy it into a 10 MB direct buffer per connection, and 400 such clients exhaust that memory.
     */
    private static CompletableFuture<Void> writeAsync(Context ctx, byte[] body) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        try {
            ServletOutputStream out = ctx.res().getOutputStream();
            out.setWriteListener(new WriteListener() {
                private int written;

                @Override
                public void onWritePossible() throws IOException {
                    while (out.isReady()) {
                        if (written == body.length) {
                            done.complete(null);
                            return;
                        }
                        int chunk = Math.min(DIRECT_WRITE_LIMIT, body.length - written);
                        out.write(body, written, chunk);
                        written += chunk;
                    }
                }

                @Override
                public void onError(Throwable cause) {
                    ctx.attribute(BYTES, written); // the client went away or stopped reading for the idle timeout
                    done.complete(null);
                }
            });
        } catch (IOException | RuntimeException e) {
            ctx.attribute(BYTES, 0);
            done.complete(null);
        }
        return done;
    }
}
