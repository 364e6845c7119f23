package dev.confcal.web;

import java.time.Instant;
import java.util.Locale;

/**
 * Which representation of a rendered response a request gets, decided from its headers alone: the gzip body
 * (with its own ETag) when accepted, and 304 when the client's validator matches. Both ways of sending —
 * through Javalin ({@link Responses}) and the fast path for cached feeds ({@link CachedFeeds}) — ask here.
 *
 * @param notModified answer 304 without a body
 * @param gzip        the gzip body, sent with {@code Content-Encoding: gzip}
 * @param etag        the ETag of the representation sent
 * @param body        the bytes of that representation (also for HEAD and 304: their Content-Length is its)
 */
record Reply(boolean notModified, boolean gzip, String etag, byte[] body) {

    static Reply of(Rendered rendered, String acceptEncoding, String ifNoneMatch, String ifModifiedSince) {
        boolean gzip = rendered.gzipped() != null && acceptsGzip(acceptEncoding);
        String etag = gzip ? rendered.gzipEtag() : rendered.etag();
        return new Reply(notModified(etag, rendered.lastModified(), ifNoneMatch, ifModifiedSince), gzip, etag,
                gzip ? rendered.gzipped() : rendered.body());
    }

    /**
     * If-None-Match wins over If-Modified-Since (RFC 9110 §13.2.2); weak comparison for If-None-Match. A date later
     * than the server's time is no validator (RFC 9110 §13.1.3): it answered 304 for whatever changed until then.
     */
    static boolean notModified(String etag, Instant lastModified, String ifNoneMatch, String ifModifiedSince) {
        if (ifNoneMatch != null) {
            for (String tag : ifNoneMatch.split(",")) {
                String candidate = tag.strip();
                if (candidate.startsWith("W/")) {
                    candidate = candidate.substring(2);
                }
                if (candidate.equals("*") || candidate.equals(etag)) {
                    return true;
                }
            }
            return false;
        }
        Instant now = Instant.now();
        Instant since = HttpDates.parse(ifModifiedSince, now);
        return since != null && !since.isAfter(now) && !lastModified.isAfter(since);
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
