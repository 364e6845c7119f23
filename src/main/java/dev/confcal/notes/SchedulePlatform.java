package dev.confcal.notes;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The schedule sites whose session links confcal knows without configuration, one recogniser each: how a
 * session's page is linked, which part is the site's stable id, and which links aim at a session page but are
 * broken (worth a problem) rather than slides or attachments on the same site (part of the notes).
 */
enum SchedulePlatform {

    /** {@code https://kccncosschn2023.sched.com/event/1PTJt/slug?iframe=no}. */
    SCHED("sched.com/event/", "https://<event>.sched.com/event/<id>/…",
            "https?://((?:[A-Za-z0-9-]+\\.)*sched\\.com)/event/([A-Za-z0-9]+)(/[^?#\\s]*)?(?:[?#].*)?") {
        @Override
        SessionLink link(Matcher m) {
            String host = m.group(1).toLowerCase(Locale.ROOT);
            String slug = m.group(3) == null || m.group(3).equals("/") ? "" : m.group(3);
            return SessionLink.of(m.group(2), host, "https://" + host + "/event/" + m.group(2) + slug,
                    slug.isEmpty() ? null : slug.substring(1).split("/", 2)[0], SessionLink.yearInHost(host));
        }

        @Override
        boolean aimsAt(String host, String path) {
            return host.endsWith("sched.com") && !host.startsWith("static.") && path.startsWith("/event");
        }
    },

    /** sched's share links, {@code https://sched.co/1PTJt}. */
    SCHED_SHARE("sched.co/", "https://sched.co/<id>", "https?://sched\\.co/([A-Za-z0-9]+)/?(?:[?#].*)?") {
        @Override
        SessionLink link(Matcher m) {
            return SessionLink.of(m.group(1), "sched.co", "https://sched.co/" + m.group(1), null, null);
        }

        @Override
        boolean aimsAt(String host, String path) {
            return host.equals("sched.co");
        }
    },

    /** {@code https://sessionize.com/s/jane-doe/building-things/54321}. */
    SESSIONIZE("sessionize.com/s/", "https://sessionize.com/s/<speaker>/<title>/<id>",
            "https?://sessionize\\.com/s/([^/?#\\s]+)/([^/?#\\s]+)/(\\d+)/?(?:[?#].*)?") {
        @Override
        SessionLink link(Matcher m) {
            return SessionLink.of(m.group(3), "sessionize.com", "https://sessionize.com/s/" + m.group(1) + "/"
                    + m.group(2) + "/" + m.group(3), m.group(2), null);
        }

        @Override
        boolean aimsAt(String host, String path) {
            return host.equals("sessionize.com") && path.startsWith("/s/");
        }
    },

    /** pretalx, hosted or not: {@code https://pretalx.com/pyconde-2024/talk/ABC123/}. */
    PRETALX("/talk/", "https://<host>/<event>/talk/<CODE>/",
            "(https?)://([A-Za-z0-9.-]+)((?:/[^/?#\\s]+)*/([^/?#\\s]+))/talk/([A-Z0-9]{4,16})/?(?:[?#].*)?") {
        @Override
        SessionLink link(Matcher m) {
            return SessionLink.of(m.group(5), host(m), origin(m) + m.group(3) + "/talk/" + m.group(5) + "/", null,
                    year(EVENT_YEAR, m.group(4)));
        }

        @Override
        boolean aimsAt(String host, String path) {
            return host.contains("pretalx") && path.contains("/talk/");
        }
    },

    /** Indico: {@code https://indico.cern.ch/event/1234/contributions/5678/}. */
    INDICO("/contributions/", "https://<host>/event/<n>/contributions/<m>/",
            "(https?)://([A-Za-z0-9.-]+)((?:/[^/?#\\s]+)*)/event/(\\d+)/contributions/(\\d+)/?(?:[?#].*)?") {
        @Override
        SessionLink link(Matcher m) {
            return SessionLink.of(m.group(5), host(m), origin(m) + m.group(3) + "/event/" + m.group(4)
                    + "/contributions/" + m.group(5) + "/", null, null);
        }

        private final Pattern contributions = Pattern.compile(".*/event/[^/]*/contributions(/[^/]*)?/?");

        @Override
        boolean aimsAt(String host, String path) {
            return host.contains("indico") && contributions.matcher(path).matches();
        }
    },

    /** FOSDEM (Pentabarf): {@code https://fosdem.org/2024/schedule/event/fosdem-2024-3238-rust-in-the-kernel/}. */
    FOSDEM("fosdem.org/", "https://fosdem.org/<year>/schedule/event/<slug>/",
            "https?://((?:archive\\.)?fosdem\\.org)/(\\d{4})/schedule/event/([A-Za-z0-9_-]+)/?(?:[?#].*)?") {
        private final Pattern numbered = Pattern.compile("fosdem-\\d{4}-(\\d+)-(.*)");

        @Override
        SessionLink link(Matcher m) {
            String host = m.group(1).toLowerCase(Locale.ROOT);
            String slug = m.group(3);
            Matcher number = numbered.matcher(slug);
            String id = number.matches() ? number.group(1) : slug.replaceAll("[^A-Za-z0-9]", "");
            if (id.isEmpty() || id.length() > 64) {
                id = SessionLink.hash(slug);
            }
            return new SessionLink(id, m.group(2) + "-" + slug + "@fosdem.org", host,
                    "https://" + host + "/" + m.group(2) + "/schedule/event/" + slug + "/",
                    number.matches() ? number.group(2) : slug, Integer.valueOf(m.group(2)));
        }

        @Override
        boolean aimsAt(String host, String path) {
            return host.endsWith("fosdem.org") && path.contains("/schedule/event");
        }
    },

    /** frab and the CCC's Fahrplan: {@code https://fahrplan.events.ccc.de/congress/2019/Fahrplan/events/10496.html}. */
    FRAB("/events/", "https://<host>/…/events/<id>.html",
            "(https?)://([A-Za-z0-9.-]+)((?:/[^/?#\\s]+)*)/events/(\\d+)\\.html(?:[?#].*)?") {
        @Override
        SessionLink link(Matcher m) {
            return SessionLink.of(m.group(4), host(m), origin(m) + m.group(3) + "/events/" + m.group(4) + ".html", null,
                    year(PATH_YEAR, m.group(3)));
        }

        @Override
        boolean aimsAt(String host, String path) {
            return (host.contains("fahrplan") || path.toLowerCase(Locale.ROOT).contains("/fahrplan/"))
                    && path.contains("/events/");
        }
    };

    private static final Pattern EVENT_YEAR = Pattern.compile("(?<!\\d)(20\\d{2})(?!\\d)");
    private static final Pattern PATH_YEAR = Pattern.compile("/(20\\d{2})(?:/|$)");
    private static final Pattern HOST_AND_PATH = Pattern.compile("https?://([^/?#\\s]+)([^?#\\s]*)",
            Pattern.CASE_INSENSITIVE);

    /** What a session link on this site looks like, for messages. */
    final String example;
    /** Text every session link of the site holds (lower case): a cheap test before the pattern's. */
    private final String hint;
    private final Pattern pattern;

    SchedulePlatform(String hint, String example, String regex) {
        this.hint = hint;
        this.example = example;
        this.pattern = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
    }

    abstract SessionLink link(Matcher m);

    /** For sites that may be hosted anywhere: the link's host (group 2), lower case. */
    private static String host(Matcher m) {
        return m.group(2).toLowerCase(Locale.ROOT);
    }

    /** {@code https://host}, from the scheme (group 1) and host (group 2). */
    private static String origin(Matcher m) {
        return m.group(1).toLowerCase(Locale.ROOT) + "://" + host(m);
    }

    private static Integer year(Pattern pattern, String text) {
        Matcher year = pattern.matcher(text);
        return year.find() ? Integer.valueOf(year.group(1)) : null;
    }

    /** Whether a link to this host and path means to be a session page (so a broken one is a problem). */
    abstract boolean aimsAt(String host, String path);

    /** The session a URL links to, if it is one of a known site's session pages. */
    static Optional<SessionLink> session(String url) {
        String clean = url.strip();
        String lower = clean.toLowerCase(Locale.ROOT);
        for (SchedulePlatform platform : values()) {
            if (!lower.contains(platform.hint)) {
                continue;
            }
            Matcher m = platform.pattern.matcher(clean);
            if (m.matches()) {
                SessionLink link = platform.link(m);
                return SessionLink.valid(link.url()).map(valid -> new SessionLink(link.id(), link.uid(), link.host(),
                        valid, link.slug(), link.year()));
            }
        }
        return Optional.empty();
    }

    /** The site a URL means to link a session page of, whether or not it is a valid one. */
    static Optional<SchedulePlatform> aimedAt(String url) {
        Matcher m = HOST_AND_PATH.matcher(url.strip());
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        String host = m.group(1).toLowerCase(Locale.ROOT).replaceFirst(":\\d+$", "");
        for (SchedulePlatform platform : values()) {
            if (platform.aimsAt(host, m.group(2))) {
                return Optional.of(platform);
            }
        }
        return Optional.empty();
    }
}
