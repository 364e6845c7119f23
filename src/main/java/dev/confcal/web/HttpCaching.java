package dev.confcal.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Sends a {@link Rendered} body the way caches and calendar clients expect: validators, 304s, HEAD, gzip. */
final class HttpCaching {

    static final String BYTES = "confcal.bytes";

    private HttpCaching() {
    }

    static void send(Context ctx, Rendered rendered, String cacheControl) {
        HttpServletResponse response = ctx.res();
        response.setHeader("ETag", rendered.etag());
        response.setHeader("Last-Modified", rendered.lastModifiedHeader());
        response.setHeader("Cache-Control", cacheControl);
        response.setHeader("Vary", "Accept-Encoding");
        response.setContentType(rendered.contentType());
        if (notModified(ctx, rendered)) {
            ctx.status(HttpStatus.NOT_MODIFIED);
            ctx.attribute(BYTES, 0);
            return;
        }
        byte[] body = rendered.body();
        if (rendered.gzipped() != null && acceptsGzip(ctx.header("Accept-Encoding"))) {
            body = rendered.gzipped();
            response.setHeader("Content-Encoding", "gzip");
        }
        response.setContentLength(body.length);
        if (ctx.method() == HandlerType.HEAD) {
            ctx.attribute(BYTES, 0);
            return;
        }
        try {
            response.getOutputStream().write(body); // straight to Jetty: no copy through Javalin's result stream
            ctx.attribute(BYTES, body.length);
        } catch (IOException e) {
            ctx.attribute(BYTES, 0); // the client went away mid-response: nothing to answer, nothing to log
        }
    }

    /** If-None-Match wins over If-Modified-Since (RFC 9110 §13.2.2). */
    static boolean notModified(Context ctx, Rendered rendered) {
        String ifNoneMatch = ctx.header("If-None-Match");
        if (ifNoneMatch != null) {
            for (String tag : ifNoneMatch.split(",")) {
                String candidate = tag.strip();
                if (candidate.startsWith("W/")) {
                    candidate = candidate.substring(2);
                }
                if (candidate.equals("*") || candidate.equals(rendered.etag())) {
                    return true;
                }
            }
            return false;
        }
        String ifModifiedSince = ctx.header("If-Modified-Since");
        if (ifModifiedSince == null) {
            return false;
        }
        try {
            Instant since = ZonedDateTime.parse(ifModifiedSince.strip(), DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant();
            return !rendered.lastModified().isAfter(since);
        } catch (DateTimeParseException e) {
            return false; // an unreadable date is ignored, as RFC 9110 says
        }
    }

    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String coding : acceptEncoding.toLowerCase(Locale.ROOT).split(",")) {
            String[] parts = coding.strip().split(";");
            if (parts[0].strip().equals("gzip") || parts[0].strip().equals("*")) {
                boolean refused = parts.length > 1 && parts[1].replace(" ", "").matches("q=0(\\.0*)?");
                return !refused;
            }
        }
        return false;
    }
}
