package dev.confcal.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.PreEncodedHttpField;

/**
 * A response body rendered once and served many times: its strong ETag (from the bytes), its Last-Modified
 * header and its gzip form are computed here, so a poll costs a map lookup and a write. The gzip body is
 * another representation and has its own ETag (RFC 9110 §8.8.3: a strong validator names one byte sequence).
 */
record Rendered(byte[] body, byte[] gzipped, String etag, String gzipEtag, Instant lastModified,
                String lastModifiedHeader, String contentType, Fields fields) {

    /**
     * The header fields of the fast path for cached feeds ({@link CachedFeeds}), encoded once here rather than at
     * every poll: ETag (of either body), Last-Modified and Content-Type.
     */
    record Fields(HttpField etag, HttpField gzipEtag, HttpField lastModified, HttpField contentType) {

        static Fields of(String etag, String gzipEtag, String lastModified, String contentType) {
            return new Fields(new PreEncodedHttpField(HttpHeader.ETAG, etag),
                    gzipEtag == null ? null : new PreEncodedHttpField(HttpHeader.ETAG, gzipEtag),
                    new PreEncodedHttpField(HttpHeader.LAST_MODIFIED, lastModified),
                    new PreEncodedHttpField(HttpHeader.CONTENT_TYPE, contentType));
        }
    }

    /** Below this, gzip saves too little to be worth a header. */
    private static final int GZIP_THRESHOLD = 1024;
    /** What an entry costs besides its bodies: the record, its strings, the cache's node. */
    private static final int OVERHEAD = 512;

    /** A feed or JSON: rendered once per edition and fetched by every poll, so compressed well. */
    static Rendered of(byte[] body, Instant lastModified, String contentType) {
        return of(body, lastModified, contentType, Deflater.DEFAULT_COMPRESSION);
    }

    /** A page for one filter: compressed fast, since a new filter is waited for by the person who asked. */
    static Rendered page(byte[] body, Instant lastModified, String contentType) {
        return of(body, lastModified, contentType, Deflater.BEST_SPEED);
    }

    private static Rendered of(byte[] body, Instant lastModified, String contentType, int level) {
        Instant seconds = lastModified.truncatedTo(ChronoUnit.SECONDS);
        String etag = etag(body);
        byte[] gzipped = body.length >= GZIP_THRESHOLD ? gzip(body, level) : null;
        String gzipEtag = gzipped == null ? null : etag.replaceFirst("\"$", "-gz\"");
        String lastModifiedHeader = HttpDates.format(seconds);
        return new Rendered(body, gzipped, etag, gzipEtag, seconds, lastModifiedHeader, contentType,
                Fields.of(etag, gzipEtag, lastModifiedHeader, contentType));
    }

    /** Bytes of heap this response holds, for the cache's bound. */
    int weight() {
        return OVERHEAD + body.length + (gzipped == null ? 0 : gzipped.length);
    }

    private static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static byte[] gzip(byte[] body, int level) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out, 64 * 1024) {
            {
                def.setLevel(level);
            }
        }) {
            gzip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
