package dev.confcal.web.page;

import dev.confcal.schedule.Schedule;
import dev.confcal.schedule.Session;
import dev.confcal.web.feed.FeedQuery;
import java.time.format.DateTimeFormatter;

/**
 * The buttons the page offers for a feed, each a link template filled in with the feed's URL. The page
 * carries the templates ({@code data-template}), so {@code app.js} fills in the same ones when the builder
 * changes instead of keeping its own copy: {@code {feed}} the feed's http(s) URL, {@code {webcal}} the same
 * with the {@code webcal} scheme, {@code {download}} its download URL, {@code {name}} the calendar's name; a
 * {@code :enc} suffix percent-encodes the value for a query string.
 */
final class FeedLinks {

    /**
     * Each says in words which app it is for ({@code button.KIND} and {@code button.KIND.for} in {@link Labels}):
     * a tooltip is invisible on a phone.
     */
    enum Button {
        SUBSCRIBE("subscribe", "{webcal}"),
        /** Google accepts only {@code webcal://} in {@code cid}; {@code https://} there is rejected. */
        GOOGLE("google", "https://calendar.google.com/calendar/r?cid={webcal:enc}"),
        OUTLOOK("outlook", "https://outlook.live.com/calendar/0/addfromweb?url={feed:enc}&name={name:enc}"),
        MICROSOFT365("microsoft365", "https://outlook.office.com/calendar/0/addfromweb?url={feed:enc}&name={name:enc}"),
        DOWNLOAD("download", "{download}");

        final String kind;
        final String template;

        Button(String kind, String template) {
            this.kind = kind;
            this.template = template;
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

    /** Google Calendar's own page for adding a calendar by its URL: where to paste it when the button fails. */
    static final String GOOGLE_ADD_BY_URL = "https://calendar.google.com/calendar/u/0/r/settings/addbyurl";

    private static final DateTimeFormatter GOOGLE_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final int GOOGLE_DETAILS_MAX = 900;

    private FeedLinks() {
    }

    static String webcal(String url) {
        return url.replaceFirst("^https?://", "webcal://");
    }

    /** "Add to Google Calendar" for one session: a prefilled event in the conference's time zone. */
    static String googleEvent(Schedule schedule, Session session) {
        String link = session.url() == null ? "" : session.url();
        String details = session.notes().isBlank() ? link : (session.notes() + "\n\n" + link).strip();
        if (details.length() > GOOGLE_DETAILS_MAX) {
            details = (details.substring(0, GOOGLE_DETAILS_MAX) + "…\n\n" + link).strip();
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
