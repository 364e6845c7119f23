package dev.confcal.web;

/**
 * How the server presents itself.
 *
 * @param baseUrl       the public URL behind a reverse proxy (no trailing slash), or null to use the request's Host
 * @param accessLog     one log line per request
 * @param cacheCapacity how many rendered responses to keep
 */
public record WebOptions(String baseUrl, boolean accessLog, int cacheCapacity) {

    public static final WebOptions DEFAULT = new WebOptions(null, true, 512);

    public WebOptions {
        if (baseUrl != null) {
            baseUrl = baseUrl.strip().replaceAll("/+$", "");
            if (!baseUrl.matches("https?://[^\\s/?#]+(/[^\\s?#]*)?")) {
                throw new IllegalArgumentException("base URL must be an http(s) URL such as https://cal.example.com,"
                        + " not \"" + baseUrl + "\"");
            }
        }
        if (cacheCapacity < 1) {
            throw new IllegalArgumentException("cache capacity must be positive: " + cacheCapacity);
        }
    }
}
