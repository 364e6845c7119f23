package dev.confcal.calendar;

import dev.confcal.schedule.Filter;
import dev.confcal.schedule.Schedule;
import dev.confcal.schedule.Session;
import dev.confcal.schedule.Speaker;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;


/**
 * Writes an {@link Edition} as an iCalendar feed (RFC 5545): one VEVENT per session in the conference's time
 * zone, with its VTIMEZONE (from Java's zone rules, for the events' years), stable UIDs and DTSTAMPs that move only when a session
 * changes, so a subscribed calendar sees edits as updates. METHOD:PUBLISH on every file, as Outlook and Google write
 * theirs; RFC 5546 would have an ORGANIZER in each event of a PUBLISH, which a conference's sessions have none to
 * give, so strict iTIP validators (libical's restriction check, ical4j's validator) object, while the readers apps
 * use read the events (the consumers profile). Thread-safe.
 */
public final class IcsWriter {

    static final String PRODUCT = "-//confcal//confcal//EN";
    static final String STAR = "★ ";
    private static final Duration REFRESH = Duration.ofHours(1);


    /** The feed of the sessions a filter selects, plus the recently removed ones it would have selected. */
    public byte[] feed(Edition edition, Filter filter, FeedOptions options) {
        Schedule schedule = edition.schedule();
        List<Session> sessions = schedule.select(filter);
        List<Session> cancelled = edition.cancelled().stream()
                .filter(session -> filter.test(session, schedule))
                .sorted(Comparator.comparing(Session::start).thenComparing(Session::uid))
                .toList();
        String description = filter.isAll() ? "" : " (" + filter.describe() + ")";
        String name = schedule.title() + description;
        ContentLines out = begin(sessions.size() + cancelled.size())
                .text("NAME", name)
                .text("X-WR-CALNAME", name)
                .raw("X-WR-TIMEZONE", schedule.zone().getId())
                .text("X-WR-CALDESC", sessions.size() + " sessions from " + schedule.source() + ", made by confcal")
                .raw("REFRESH-INTERVAL;VALUE=DURATION", REFRESH.toString())
                .raw("X-PUBLISHED-TTL", REFRESH.toString());
        return write(out, edition, sessions, cancelled, options);
    }

    /**
     * One feed of several conferences (a folder of notes): each event in its own conference's zone, with a VTIMEZONE
     * for every zone used, the filter applied to each conference's sessions. A UID two conferences share (the same
     * talk in two files) is written once, the first conference's: two events with one UID are one event to a
     * calendar, which would show whichever it read last.
     */
    public byte[] combined(String title, List<Edition> editions, Filter filter, FeedOptions options) {
        record Event(Edition edition, Session session, boolean cancelled) {
        }
        List<Event> events = new ArrayList<>();
        java.util.Set<String> uids = new java.util.HashSet<>();
        java.util.Map<ZoneId, Instant[]> zones = new java.util.LinkedHashMap<>();
        int confirmed = 0;
        for (Edition edition : editions) {
            Schedule schedule = edition.schedule();
            List<Session> cancelled = edition.cancelled().stream().filter(s -> filter.test(s, schedule)).toList();
            for (List<Session> list : List.of(schedule.select(filter), cancelled)) {
                for (Session session : list) {
                    if (!uids.add(session.uid())) {
                        continue;
                    }
                    boolean isCancelled = list == cancelled;
                    confirmed += isCancelled ? 0 : 1;
                    events.add(new Event(edition, session, isCancelled));
                    Instant[] range = zones.computeIfAbsent(schedule.zone(), zone -> new Instant[2]);
                    Instant start = session.start().toInstant();
                    Instant end = session.end().toInstant();
                    range[0] = range[0] == null || start.isBefore(range[0]) ? start : range[0];
                    range[1] = range[1] == null || end.isAfter(range[1]) ? end : range[1];
                }
            }
        }
        String name = title + (filter.isAll() ? "" : " (" + filter.describe() + ")");
        ContentLines out = begin(events.size()).text("NAME", name).text("X-WR-CALNAME", name);
        if (zones.size() == 1) {
            out.raw("X-WR-TIMEZONE", zones.keySet().iterator().next().getId());
        }
        out.text("X-WR-CALDESC", confirmed + " sessions from " + editions.size() + " conferences, made by confcal")
                .raw("REFRESH-INTERVAL;VALUE=DURATION", REFRESH.toString())
                .raw("X-PUBLISHED-TTL", REFRESH.toString());
        zones.forEach((zone, range) -> TimeZoneBlock.write(out, zone, range[0], range[1]));
        for (Event event : events) {
            event(out, event.edition().schedule(), event.session(), event.edition().revision(event.session()),
                    event.cancelled(), options);
        }
        return out.line("END:VCALENDAR").bytes();
    }

    /**
     * A file holding one session, for "download this session" links: events only, no calendar-level properties —
     * with a calendar name Outlook opens each download as a new calendar ([MS-OXCICAL], X-WR-CALNAME:
     * "MUST be omitted if the iCalendar represents a single appointment").
     */
    public byte[] single(Edition edition, Session session, FeedOptions options) {
        return write(begin(1), edition, List.of(session), List.of(), options);
    }

    private static ContentLines begin(int events) {
        return new ContentLines(4096 + 1200 * events)
                .line("BEGIN:VCALENDAR")
                .raw("PRODID", PRODUCT)
                .raw("VERSION", "2.0")
                .raw("CALSCALE", "GREGORIAN")
                .raw("METHOD", "PUBLISH");
    }

    private byte[] write(ContentLines out, Edition edition, List<Session> sessions, List<Session> cancelled,
                         FeedOptions options) {
        Schedule schedule = edition.schedule();
        timeZone(out, schedule.zone(), sessions, cancelled);
        for (Session session : sessions) {
            event(out, schedule, session, edition.revision(session), false, options);
        }
        for (Session session : cancelled) {
            event(out, schedule, session, edition.revision(session), true, options);
        }
        return out.line("END:VCALENDAR").bytes();
    }

    /**
     * One VEVENT. Written directly rather than through ical4j's model: its property serialization was 85% of
     * the time of a 10,000-session feed. The golden files and the round trips through ical4j and biweekly in
     * the tests hold the output to the same bytes.
     */
    private static void event(ContentLines out, Schedule schedule, Session session, Revision revision,
                              boolean cancelled, FeedOptions options) {
        String summary = (session.starred() ? STAR : "") + session.title(options.language());
        out.line("BEGIN:VEVENT")
                .text("UID", session.uid())
                .utc("DTSTAMP", revision.lastModified())
                .zoned("DTSTART", session.start().withZoneSameInstant(schedule.zone()))
                .zoned("DTEND", session.end().withZoneSameInstant(schedule.zone()))
                .text("SUMMARY", summary)
                .text("DESCRIPTION", description(session));
        if (session.url() != null) {
            out.raw("URL", URI.create(session.url()).toASCIIString());
        }
        String location = location(schedule, session);
        if (location != null) {
            out.text("LOCATION", location);
        }
        List<String> categories = categories(schedule, session);
        if (!categories.isEmpty()) {
            out.raw("CATEGORIES", categories.stream().map(ContentLines::escape).collect(Collectors.joining(",")));
        }
        out.raw("SEQUENCE", Integer.toString(revision.sequence()))
                .utc("CREATED", revision.created())
                .utc("LAST-MODIFIED", revision.lastModified())
                .raw("STATUS", cancelled ? "CANCELLED" : "CONFIRMED");
        if (options.alarmMinutes() != null && !cancelled) {
            int minutes = options.alarmMinutes();
            out.line("BEGIN:VALARM")
                    .raw("TRIGGER", minutes == 0 ? "PT0M" : "-PT" + minutes + "M")
                    .raw("ACTION", "DISPLAY")
                    .text("DESCRIPTION", summary)
                    .line("END:VALARM");
        }
        out.line("END:VEVENT");
    }

    static List<String> categories(Schedule schedule, Session session) {
        List<String> categories = new ArrayList<>();
        if (session.starred()) {
            categories.add("Starred");
        }
        if (session.tutorial()) {
            categories.add("Tutorial");
        }
        schedule.tracksOf(session).stream().map(schedule::trackTitle).forEach(categories::add);
        return categories;
    }

    /**
     * The room — the official schedule's, else the one the notes name —, then the conference's place from the front
     * matter: {@code 3M5A, Shanghai Convention Center}, {@code UB5.132, ULB Brussels}. Null when nothing says.
     */
    public static String location(Schedule schedule, Session session) {
        String room = schedule.room(session);
        if (room == null) {
            return schedule.location();
        }
        return schedule.location() == null ? room : room + ", " + schedule.location();
    }

    /** Both titles, speakers with companies, the notes, then the schedule link. */
    static String description(Session session) {
        List<String> parts = new ArrayList<>();
        parts.add(String.join("\n", session.titles()));
        if (!session.speakers().isEmpty()) {
            parts.add("Speakers: " + session.speakers().stream().map(Speaker::display)
                    .collect(Collectors.joining(", ")));
        }
        if (!session.notes().isBlank()) {
            parts.add(session.notes());
        }
        if (session.url() != null) {
            parts.add("Schedule: " + session.url());
        }
        return String.join("\n\n", parts);
    }

    /**
     * The VTIMEZONE of the events' zone, right from the earliest start to the latest end; none when there are no
     * events, since then no TZID is used.
     */
    private static void timeZone(ContentLines out, ZoneId zone, List<Session> sessions, List<Session> cancelled) {
        Instant first = null;
        Instant last = null;
        for (List<Session> list : List.of(sessions, cancelled)) {
            for (Session session : list) {
                Instant start = session.start().toInstant();
                Instant end = session.end().toInstant();
                first = first == null || start.isBefore(first) ? start : first;
                last = last == null || end.isAfter(last) ? end : last;
            }
        }
        if (first != null) {
            TimeZoneBlock.write(out, zone, first, last);
        }
    }
}
