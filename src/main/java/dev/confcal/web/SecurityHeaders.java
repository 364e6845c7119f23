package dev.confcal.web;

import io.javalin.http.Header;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.PreEncodedHttpField;

/**
 * The header fields every response carries, Jetty's own error answers and the cached feeds' included; built once,
 * and encoded once (the bytes Jetty would write for them at every response).
 */
final class SecurityHeaders {

    static final HttpField NOSNIFF = new PreEncodedHttpField(Header.X_CONTENT_TYPE_OPTIONS, "nosniff");
    static final HttpField NO_REFERRER = new PreEncodedHttpField(Header.REFERRER_POLICY, "no-referrer");
    static final HttpField NO_STORE = new PreEncodedHttpField(HttpHeader.CACHE_CONTROL, "no-store");

    private SecurityHeaders() {
    }

    /** The headers every response carries outside Javalin's routes (whose before-handler sets the first two). */
    static void secure(HttpFields.Mutable headers) {
        headers.put(NOSNIFF);
        headers.put(NO_REFERRER);
        headers.put(NO_STORE);
    }
}
