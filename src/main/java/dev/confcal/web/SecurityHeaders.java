package dev.confcal.web;

import io.javalin.http.Header;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;

/** The header fields every response carries, Jetty's own error answers and the cached feeds' included; built once. */
final class SecurityHeaders {

    static final HttpField NOSNIFF = new HttpField(Header.X_CONTENT_TYPE_OPTIONS, "nosniff");
    static final HttpField NO_REFERRER = new HttpField(Header.REFERRER_POLICY, "no-referrer");
    static final HttpField NO_STORE = new HttpField(HttpHeader.CACHE_CONTROL, "no-store");

    private SecurityHeaders() {
    }

    /** The headers every response carries outside Javalin's routes (whose before-handler sets the first two). */
    static void secure(HttpFields.Mutable headers) {
        headers.put(NOSNIFF);
        headers.put(NO_REFERRER);
        headers.put(NO_STORE);
    }
}
