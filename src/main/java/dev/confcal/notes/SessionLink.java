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
 * A link to a session's page on a schedule site, cleaned of tracking queries (sched.com links carry
 * {@code ?iframe=no&w=100%&…}, which is not even a valid URI).
 *
 * @param id        the site's own id for the session ({@code 1PTJt}), letters and digits only (it names the
 *                  session's own feed, {@code /sessions/<id>.ics}), or a stable hash of the URL
 * @param uid       the iCalendar UID, stable across edits
 * @param host      the link's host
 * @param url       the cleaned link
 * @param slug      the URL's words ({@code sig-cluster-lifecycle}), for a link without text, or null
 * @param year      the conference's year as the link names it ({@code kccncosschn2023}, {@code /2024/}), or null
 */
record SessionLink(String id, String uid, String host, String url, String slug, Integer year) {

    private static final Pattern HTTP = Pattern.compile("(https?)://([A-Za-z0-9.-]+)(?::\\d+)?(/[^?#\\s]*)?.*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FOUR_DIGIT_YEAR = Pattern.compile("(?<!\\d)(20\\d{2})(?!\\d)");
    /** {@code kccncna19}, {@code ossna18}: an event name ending in a two-digit year. */
    private static final Pattern TWO_DIGIT_YEAR = Pattern.compile("^[a-z]{2,}(\\d{2})$");

    static SessionLink of(String id, String host, String url, String slug, Integer year) {
        return new SessionLink(id, id + "@" + host, host, url, slug, year);
    }

    /**
     * A session the notes name without a link: named by a hash of the notes file's name, its day and its title, so
     * the same talk on another day, or in another conference's notes, is another event.
     */
    static SessionLink unlinked(String source, java.time.LocalDate day, String title) {
        String file = source.replaceAll(".*[/\\\\]", "");
        String key = file + "\u0000" + day + "\u0000" + title.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        String id = "n" + hash(key).substring(1);
        return new SessionLink(id, id + "@notes.confcal", "notes.confcal", null, null, null);
    }

    /** Any other http(s) link that the notes' {@code session-links} pattern accepts, named by a hash. */
    static Optional<SessionLink> other(String url) {
        Matcher m = HTTP.matcher(url.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String host = m.group(2).toLowerCase(Locale.ROOT);
        String withoutFragment = url.strip().split("#", 2)[0];
        return valid(withoutFragment).map(clean -> of(hash(clean), host, clean, null, yearInHost(host)));
    }

    /** The URL if it is a valid absolute URI with a host, written in ASCII. */
    static Optional<String> valid(String url) {
        try {
            URI uri = new URI(url);
            return uri.getHost() == null ? Optional.empty() : Optional.of(uri.toASCIIString());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** The year an event's host names: {@code kccncosschn2023.sched.com} → 2023, {@code kccncna19…} → 2019. */
    static Integer yearInHost(String host) {
        Matcher four = FOUR_DIGIT_YEAR.matcher(host);
        if (four.find()) {
            return Integer.valueOf(four.group(1));
        }
        Matcher two = TWO_DIGIT_YEAR.matcher(host.split("\\.", 2)[0]);
        return two.matches() ? 2000 + Integer.parseInt(two.group(1)) : null;
    }

    /** A title made from the URL's words, or null. */
    String slugTitle() {
        return title(slug);
    }

    /** {@code sig-cluster-lifecycle_whats-new} → {@code Sig cluster lifecycle whats new}; null when empty. */
    static String title(String slug) {
        if (slug == null) {
            return null;
        }
        String words = slug.replaceAll("[-_+]+", " ").strip();
        if (words.isEmpty() || words.matches("\\d+")) {
            return null;
        }
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    static String hash(String url) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(url.getBytes(StandardCharsets.UTF_8));
            return "u" + HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
