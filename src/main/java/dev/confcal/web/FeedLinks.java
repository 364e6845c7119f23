package dev.confcal.web;

import dev.confcal.schedule.Schedule;
import dev.confcal.schedule.Session;
import java.time.format.DateTimeFormatter;

/**
 * The buttons the page offers for a feed, each a link template filled in with the feed's URL. The page
 * carries the templates ({@code data-template}), so {@code app.js} fills in the same ones when the builder
 * changes instead of keeping its own copy: {@code {feed}} the feed's http(s) URL, {@code {webcal}} the same
 * with the {@code webcal} scheme, {@code {download}} its download URL, {@code {name}} the calendar's name; a
 * {@code :enc} suffix percent-encodes the value for a query string.
 */
final class FeedLinks {

    enum Button {
        SUBSCRIBE("Subscribe", "subscribe", "{webcal}", "Apple Calendar, Outlook desktop, Thunderbird"),
        GOOGLE("Google Calendar", "google", "https://calendar.google.com/calendar/r?cid={webcal:enc}", "Add by URL"),
        OUTLOOK("Outlook.com", "outlook", "https://outlook.live.com/calendar/0/addfromweb?url={feed:enc}&name={name:enc}",
                "Outlook on the web"),
        DOWNLOAD("Download .ics", "download", "{download}", "A file to import");

        final String label;
        final String kind;
        /** Google accepts only {@code webcal://} in {@code cid}; {@code https://} there is rejected. */
        final String template;
        final String hint;

        Button(String label, String kind, String template, String hint) {
            this.label = label;
            this.kind = kind;
            this.template = template;
            this.hint = hint;
        }

        String href(String feedUrl, String downloadUrl, String name) {
            String webcal = webcal(feedUrl);
            return template.replace("{webcal:enc}", FeedQuery.encode(webcal))
                    .replace("{feed:enc}", FeedQuery.encode(feedUrl))
                    .replace("{name:enc}", FeedQuery.encode(name))
                    .replace("{webcal}", webcal)
                    .replace("{feed}", feedUrl)
                    .replace("{download}", downloadUrl);
        }
    }

    private static final DateTimeFormatter GOOGLE_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final int GOOGLE_DETAILS_MAX = 900;

    private FeedLinks() {
    }

    static String webcal(String url) {
        return url.replaceFirst("^https?://", "webcal://");
    }

    /** "Add to Google Calendar" for one session: a prefilled event in the conference's time zone. */
    static String googleEvent(Schedule schedule, Session session) {
        String details = session.notes().isBlank() ? session.url() : session.notes() + "\n\n" + session.url();
        if (details.length() > GOOGLE_DETAILS_MAX) {
            details = details.substring(0, GOOGLE_DETAILS_MAX) + "…\n\n" + session.url();
        }
        String url = "https://calendar.google.com/calendar/render?action=TEMPLATE"
                + "&text=" + FeedQuery.encode(session.fullTitle())
                + "&dates=" + GOOGLE_DATE.format(session.start()) + "/" + GOOGLE_DATE.format(session.end())
                + "&ctz=" + FeedQuery.encode(schedule.zone().getId())
                + "&details=" + FeedQuery.encode(details);
        String location = dev.confcal.calendar.IcsWriter.location(schedule, session);
        return location == null ? url : url + "&location=" + FeedQuery.encode(location);
    }
}
