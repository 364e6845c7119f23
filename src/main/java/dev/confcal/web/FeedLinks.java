package dev.confcal.web;

import dev.confcal.calendar.FeedOptions;
import dev.confcal.schedule.Filter;
import dev.confcal.schedule.Schedule;
import dev.confcal.schedule.Session;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The links the page offers for a feed or a session. The same rules are in {@code static/app.js}, which
 * rebuilds them live as the person changes the feed builder.
 */
final class FeedLinks {

    private static final DateTimeFormatter GOOGLE_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final int GOOGLE_DETAILS_MAX = 900;

    private FeedLinks() {
    }

    /** {@code /calendar.ics?starred=true&q=wasm…}, relative to the server's base URL. */
    static String feedPath(Filter filter, FeedOptions options) {
        List<String> query = new ArrayList<>();
        if (filter.starredOnly()) {
            query.add("starred=true");
        }
        filter.keywords().forEach(word -> query.add("q=" + encode(word)));
        filter.exclude().forEach(word -> query.add("exclude=" + encode(word)));
        filter.days().forEach(day -> query.add("day=" + day));
        if (filter.track() != null) {
            query.add("track=" + encode(filter.track()));
        }
        if (options.alarmMinutes() != null) {
            query.add("alarm=" + options.alarmMinutes());
        }
        if (options.language() != null) {
            query.add("lang=" + options.language().code());
        }
        return "/calendar.ics" + (query.isEmpty() ? "" : "?" + String.join("&", query));
    }

    static String webcal(String url) {
        return url.replaceFirst("^https?://", "webcal://");
    }

    /** Google accepts only {@code webcal://} in {@code cid}; {@code https://} there is rejected. */
    static String google(String url) {
        return "https://calendar.google.com/calendar/r?cid=" + encode(webcal(url));
    }

    static String outlook(String url, String name) {
        return "https://outlook.live.com/calendar/0/addfromweb?url=" + encode(url) + "&name=" + encode(name);
    }

    static String download(String url) {
        return url + (url.contains("?") ? "&" : "?") + "download=1";
    }

    /** "Add to Google Calendar" for one session: a prefilled event in the conference's time zone. */
    static String googleEvent(Schedule schedule, Session session) {
        String details = session.notes().isBlank() ? session.url() : session.notes() + "\n\n" + session.url();
        if (details.length() > GOOGLE_DETAILS_MAX) {
            details = details.substring(0, GOOGLE_DETAILS_MAX) + "…\n\n" + session.url();
        }
        String url = "https://calendar.google.com/calendar/render?action=TEMPLATE"
                + "&text=" + encode(session.fullTitle())
                + "&dates=" + GOOGLE_DATE.format(session.start()) + "/" + GOOGLE_DATE.format(session.end())
                + "&ctz=" + encode(schedule.zone().getId())
                + "&details=" + encode(details);
        return schedule.location() == null ? url : url + "&location=" + encode(schedule.location());
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
