package dev.confcal.web;

import dev.confcal.web.feed.BaseUrl;

/**
 * How the server presents itself.
 *
 * @param baseUrl    the public URL ({@code --base-url}), or null: then the proxy's headers when trusted, else the
 *                   address the connection came in on
 * @param trustProxy believe {@code Forwarded} / {@code X-Forwarded-Proto, -Host, -Prefix} ({@code --trust-proxy}):
 *                   only behind a reverse proxy that sets them, since anyone else can send them too
 * @param accessLog  one log line per request
 * @param cacheBytes how many bytes of rendered responses to keep
 */
public record WebOptions(BaseUrl baseUrl, boolean trustProxy, boolean accessLog, long cacheBytes) {

    /** A quarter of the heap, at most 256 MB: what random query strings can make the server hold. */
    public static long defaultCacheBytes() {
        return Math.min(256L << 20, Runtime.getRuntime().maxMemory() / 4);
    }

    public WebOptions {
        if (cacheBytes < 1) {
            throw new IllegalArgumentException("cache size must be positive: " + cacheBytes);
        }
    }
}
