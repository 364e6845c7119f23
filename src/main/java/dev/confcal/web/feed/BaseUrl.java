package dev.confcal.web.feed;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the server (or a static export) is reached from outside: {@code https://cal.example.com/kubecon}.
 * Validated once, here, and used for every absolute link: the page's subscribe buttons, the form's action,
 * the assets. Only what is safe to put in an HTML attribute and a {@code webcal://} link gets through: an
 * http(s) scheme (any case), a host name or IP literal with an optional port, and a path of plain segments;
 * no user info, query, fragment, quotes or angle brackets.
 *
 * @param scheme {@code http} or {@code https}, lower case
 * @param host   host name (lower case) or {@code [v6]} literal, with {@code :port} when one was given
 * @param path   {@code ""} or a prefix such as {@code /kubecon} (no trailing slash)
 */
public record BaseUrl(String scheme, String host, String path) {

    private static final Pattern URL = Pattern.compile("(?i)(https?)://([^/?#]*)(/[^?#]*)?");
    private static final Pattern HOST = Pattern.compile(
            "(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*\\.?"
                    + "|\\[[0-9a-f:.]{2,45}\\])(?::[0-9]{1,5})?");
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9._~!$&'()*+,;=:@%-]+");
    private static final Pattern PERCENT = Pattern.compile("%(?![0-9A-Fa-f]{2})");

    public BaseUrl {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(path, "path");
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("scheme must be http or https, not \"" + scheme + "\"");
        }
        if (!HOST.matcher(host).matches() || port(host) > 65535) {
            throw new IllegalArgumentException("not a host name: \"" + host + "\"");
        }
        if (!path.isEmpty() && (!path.startsWith("/") || path.endsWith("/") || !validPath(path))) {
            throw new IllegalArgumentException("not a path prefix: \"" + path + "\"");
        }
    }

    /**
     * Parses a URL given by the person running confcal ({@code --base-url}, {@code BASE_URL}).
     *
     * @throws IllegalArgumentException with a message that says what is wrong and what would do
     */
    public static BaseUrl parse(String url) {
        String given = url == null ? "" : url.strip();
        String why = problem(given);
        if (why != null) {
            throw new IllegalArgumentException("must be an http(s) URL such as https://cal.example.com or"
                    + " https://example.com/kubecon; \"" + QueryStrings.printable(given) + "\" " + why);
        }
        Matcher m = URL.matcher(given);
        if (!m.matches()) {
            throw new IllegalStateException("checked above");
        }
        String path = m.group(3) == null ? "" : m.group(3).replaceAll("/+$", "");
        return new BaseUrl(m.group(1).toLowerCase(Locale.ROOT), m.group(2).toLowerCase(Locale.ROOT), path);
    }

    /** What is wrong with a URL as a base URL, or null when nothing is. */
    private static String problem(String url) {
        if (url.isEmpty()) {
            return "is empty";
        }
        if (url.chars().anyMatch(c -> c <= ' ' || c == '"' || c == '<' || c == '>' || c == '\\' || c == '`'
                || c == '{' || c == '}' || c == '|' || c == '^' || c >= 0x7f)) {
            return "holds a character that does not belong in a URL (space, quote, <, >, \\ or non-ASCII)";
        }
        Matcher m = URL.matcher(url);
        if (!m.matches()) {
            if (url.contains("?") || url.contains("#")) {
                return "has a query or fragment; give only scheme, host and path";
            }
            return "does not start with http:// or https://";
        }
        if (m.group(2).contains("@")) {
            return "holds user:password@; put no credentials in a public URL";
        }
        if (!HOST.matcher(m.group(2).toLowerCase(Locale.ROOT)).matches() || port(m.group(2)) > 65535) {
            return "has no valid host name";
        }
        String path = m.group(3) == null ? "" : m.group(3).replaceAll("/+$", "");
        if (!path.isEmpty() && !validPath(path)) {
            return "has a path that is not plain segments";
        }
        return null;
    }

    private static boolean validPath(String path) {
        for (String segment : path.substring(1).split("/", -1)) {
            if (!SEGMENT.matcher(segment).matches() || segment.equals(".") || segment.equals("..")
                    || PERCENT.matcher(segment).find() || segment.contains("'")) {
                return false;
            }
        }
        return true;
    }

    private static int port(String host) {
        int colon = host.lastIndexOf(':');
        if (colon < 0 || host.endsWith("]") || colon == host.length() - 1) {
            return colon == host.length() - 1 ? Integer.MAX_VALUE : 0;
        }
        String digits = host.substring(colon + 1);
        return digits.chars().allMatch(Character::isDigit) && digits.length() <= 5 ? Integer.parseInt(digits)
                : Integer.MAX_VALUE;
    }

    /** {@code https://cal.example.com/kubecon} */
    @Override
    public String toString() {
        return scheme + "://" + host + path;
    }

    /** An absolute URL for a server path such as {@code /calendar.ics?starred=true}. */
    public String resolve(String serverPath) {
        return toString() + serverPath;
    }

    /** The server path as seen by the browser: {@code /kubecon/calendar.ics}. */
    public String pathOf(String serverPath) {
        return path + serverPath;
    }
}
