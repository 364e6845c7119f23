package dev.confcal.official;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the official schedule comes from, as front matter {@code schedule:} or {@code --schedule} says:
 * {@code auto} (sched's export, derived from the notes' own sched links), an http(s) URL, or a file path
 * (relative to the notes). confcal contacts nothing unless the notes or the operator name a source.
 */
public sealed interface ExportSource {

    /**
     * How the source is named where anyone can read it (the page, /healthz, problems): a URL without its query
     * (an operator's {@code ?token=} is a secret), a file by its name alone (the server's folders are nobody's
     * business). The log names it whole.
     */
    String publicName();

    /** {@code schedule: auto}: sched's {@code all.ics} on the host the notes' session links use. */
    record Auto() implements ExportSource {
        @Override
        public String toString() {
            return "auto";
        }

        @Override
        public String publicName() {
            return "auto";
        }
    }

    /**
     * An export on the web.
     *
     * @param sameHostOnly redirects may not leave the URL's host: a URL confcal derived itself must not be
     *                     bounced to a host nobody chose. An operator's own URL may redirect anywhere (http(s)).
     */
    record Remote(URI uri, boolean sameHostOnly) implements ExportSource {
        @Override
        public String toString() {
            return uri.toString();
        }

        @Override
        public String publicName() {
            return withoutQuery(uri.toString());
        }

        /** May a redirect go to {@code target}? */
        public boolean mayRedirectTo(URI target) {
            if (!isWeb(target)) {
                return false;
            }
            return !sameHostOnly || target.getHost().equalsIgnoreCase(uri.getHost());
        }
    }

    /** An export saved as a file. */
    record LocalFile(Path path) implements ExportSource {
        @Override
        public String toString() {
            return path.toString();
        }

        @Override
        public String publicName() {
            return path.getFileName() == null ? path.toString() : path.getFileName().toString();
        }
    }

    /** {@code https://host/all.ics?token=…} → {@code https://host/all.ics?…}: that there was a query, not what. */
    static String withoutQuery(String url) {
        int cut = url.length();
        for (char c : new char[] {'?', '#'}) {
            int at = url.indexOf(c);
            if (at >= 0 && at < cut) {
                cut = at;
            }
        }
        return cut == url.length() ? url : url.substring(0, cut) + url.charAt(cut) + "…";
    }

    Pattern SCHED_HOST = Pattern.compile("(?i)https?://((?:[a-z0-9-]+\\.)+sched\\.com)/");

    /**
     * @param value    {@code auto}, an http(s) URL, or a path
     * @param notesDir where a relative path starts
     * @throws IllegalArgumentException naming what is wrong and what to write instead
     */
    static ExportSource parse(String value, Path notesDir) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("schedule is empty: write auto, an https:// URL of the schedule's"
                    + " .ics export, or a file path");
        }
        if (text.equalsIgnoreCase("auto")) {
            return new Auto();
        }
        if (text.matches("(?i)[a-z][a-z0-9+.-]*:.*") && !text.matches("(?i)[a-z]:[\\\\/].*")) {
            return new Remote(webUri(text), false);
        }
        try {
            Path path = Path.of(text);
            return new LocalFile(notesDir == null || path.isAbsolute() ? path : notesDir.resolve(path).normalize());
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("schedule is not a file path");
        }
    }

    /**
     * sched's export for the notes' own links: the sched host most of them use, {@code https://HOST/all.ics}.
     * Empty when the notes link to no sched site.
     */
    static Optional<Remote> derive(Collection<String> sessionUrls) {
        Map<String, Integer> hosts = new LinkedHashMap<>();
        for (String url : sessionUrls) {
            Matcher m = SCHED_HOST.matcher(url);
            if (m.lookingAt()) {
                hosts.merge(m.group(1).toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
        }
        return hosts.entrySet().stream().max(Map.Entry.comparingByValue(Comparator.naturalOrder()))
                .map(host -> new Remote(URI.create("https://" + host.getKey() + "/all.ics"), true));
    }

    private static URI webUri(String text) {
        try {
            URI uri = new URI(text);
            if (!isWeb(uri)) {
                throw new IllegalArgumentException("schedule \"" + withoutQuery(text) + "\" must be an http(s) URL"
                        + " with a host (or auto, or a file path)");
            }
            if (uri.getRawUserInfo() != null) {
                throw new IllegalArgumentException("schedule \"" + uri.getScheme() + "://…@" + uri.getHost()
                        + "\" must not carry a user name or password");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("schedule \"" + withoutQuery(text) + "\" is not a valid URL: " + e.getReason());
        }
    }

    private static boolean isWeb(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
    }
}
