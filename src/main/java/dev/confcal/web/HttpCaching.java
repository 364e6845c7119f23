package dev.confcal.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Sends a {@link Rendered} body the way caches and calendar clients expect: validators, 304s, HEAD, gzip. */
final class HttpCaching {

    static final String BYTES = "confcal.bytes";
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private HttpCaching() {
    }

    static void send(Context ctx, Rendered rendered, String cacheControl) {
        ctx.header("ETag", rendered.etag());
        ctx.header("Last-Modified", HTTP_DATE.format(rendered.lastModified()));
        ctx.header("Cache-Control", cacheControl);
        ctx.header("Vary", "Accept-Encoding");
        ctx.contentType(rendered.contentType());
        if (notModified(ctx, rendered)) {
            ctx.status(HttpStatus.NOT_MODIFIED);
            ctx.attribute(BYTES, 0);
            return;
        }
        byte[] body = rendered.body();
        if (rendered.gzipped() != null && acceptsGzip(ctx.header("Accept-Encoding"))) {
            body = rendered.gzipped();
            ctx.header("Content-Encoding", "gzip");
        }
        ctx.header("Content-Length", Integer.toString(body.length));
        if (ctx.method() == HandlerType.HEAD) {
            ctx.attribute(BYTES, 0);
            return;
        }
        ctx.attribute(BYTES, body.length);
        ctx.result(body);
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
            return !rendered.lastModified().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).isAfter(since);
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
