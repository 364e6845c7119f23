package dev.confcal.notes;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A link to a session's schedule page, cleaned: sched.com links carry {@code ?iframe=no&w=100%&…}, which is
 * not even a valid URI, so only {@code https://host/event/ID/slug} is kept.
 *
 * @param id   the schedule's id ({@code 1PTJt}), or a stable hash of the URL for other session links
 * @param host the link's host, the UID's domain
 */
record SessionLink(String id, String host, String url) {

    static final Pattern SCHED = Pattern.compile(
            "(https?)://((?:[A-Za-z0-9-]+\\.)*sched\\.com)/event/([A-Za-z0-9]+)(/[^?#\\s]*)?(?:[?#].*)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HTTP = Pattern.compile("(https?)://([A-Za-z0-9.-]+)(?::\\d+)?(/[^?#\\s]*)?.*",
            Pattern.CASE_INSENSITIVE);

    String uid() {
        return id + "@" + host;
    }

    /** Does this URL look like it means to be a schedule link (so a broken one is worth a problem)? */
    static boolean aimsAtSchedule(String url) {
        return url.toLowerCase(Locale.ROOT).contains("sched.com/");
    }

    /** A sched.com event link, cleaned; empty when the URL is not one. */
    static Optional<SessionLink> sched(String url) {
        Matcher m = SCHED.matcher(url.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String host = m.group(2).toLowerCase(Locale.ROOT);
        String slug = m.group(4) == null || m.group(4).equals("/") ? "" : m.group(4);
        return valid("https://" + host + "/event/" + m.group(3) + slug)
                .map(clean -> new SessionLink(m.group(3), host, clean));
    }

    /** Any other http(s) link that the notes' {@code session-links} pattern accepts, named by a hash. */
    static Optional<SessionLink> other(String url) {
        Matcher m = HTTP.matcher(url.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String host = m.group(2).toLowerCase(Locale.ROOT);
        String withoutFragment = url.strip().split("#", 2)[0];
        return valid(withoutFragment).map(clean -> new SessionLink(hash(clean), host, clean));
    }

    private static Optional<String> valid(String url) {
        try {
            URI uri = new URI(url);
            return uri.getHost() == null ? Optional.empty() : Optional.of(uri.toASCIIString());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static String hash(String url) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(url.getBytes(StandardCharsets.UTF_8));
            return "u" + HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
