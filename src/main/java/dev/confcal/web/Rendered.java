package dev.confcal.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.zip.GZIPOutputStream;

/**
 * A response body rendered once and served many times: its strong ETag (from the bytes), its Last-Modified
 * header and its gzip form are computed here, so a poll costs a map lookup and a write.
 */
record Rendered(byte[] body, byte[] gzipped, String etag, Instant lastModified, String lastModifiedHeader,
                String contentType) {

    /** Below this, gzip saves too little to be worth a header. */
    private static final int GZIP_THRESHOLD = 1024;
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    static Rendered of(byte[] body, Instant lastModified, String contentType) {
        Instant seconds = lastModified.truncatedTo(ChronoUnit.SECONDS);
        return new Rendered(body, body.length >= GZIP_THRESHOLD ? gzip(body) : null, etag(body), seconds,
                HTTP_DATE.format(seconds), contentType);
    }

    private static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
