package dev.confcal.calendar;

import dev.confcal.schedule.Filter;
import dev.confcal.schedule.Schedule;
import dev.confcal.schedule.Session;
import dev.confcal.schedule.Speaker;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TextList;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Action;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Created;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Writes an {@link Edition} as an iCalendar feed (RFC 5545): one VEVENT per session in the conference's time
 * zone, with its VTIMEZONE, stable UIDs and DTSTAMPs that move only when a session changes, so a subscribed
 * calendar sees edits as updates. No METHOD: RFC 5546's PUBLISH would require an ORGANIZER per event.
 * Thread-safe.
 */
public final class IcsWriter {

    static final String PRODUCT = "-//confcal//confcal//EN";
    static final String STAR = "★ ";
    private static final Duration REFRESH = Duration.ofHours(1);

    private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();
    private final Map<ZoneId, VTimeZone> vtimezones = new ConcurrentHashMap<>();

    /** The feed of the sessions a filter selects, plus the recently removed ones it would have selected. */
    public byte[] feed(Edition edition, Filter filter, FeedOptions options) {
        Schedule schedule = edition.schedule();
        List<Session> sessions = schedule.select(filter);
        List<Session> cancelled = edition.cancelled().stream()
                .filter(session -> filter.test(session, schedule))
                .sorted(Comparator.comparing(Session::start).thenComparing(Session::uid))
                .toList();
        String description = filter.isAll() ? "" : " (" + filter.describe() + ")";
        return write(edition, schedule.title() + description, sessions, cancelled, options);
    }

    /** A feed holding one session, for "download this session" links. */
    public byte[] single(Edition edition, Session session, FeedOptions options) {
        return write(edition, session.title(options.language()), List.of(session), List.of(), options);
    }

    private byte[] write(Edition edition, String name, List<Session> sessions, List<Session> cancelled,
                         FeedOptions options) {
        Schedule schedule = edition.schedule();
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new Name(ContentLines.clean(name)));
        calendar.add(new XProperty("X-WR-CALNAME", ContentLines.clean(name)));
        calendar.add(new XProperty("X-WR-TIMEZONE", schedule.zone().getId()));
        calendar.add(new XProperty("X-WR-CALDESC", ContentLines.clean(sessions.size() + " sessions from "
                + schedule.source() + ", made by confcal")));
        calendar.add(new RefreshInterval(new ParameterList(List.of(Value.DURATION)), REFRESH));
        calendar.add(new XProperty("X-PUBLISHED-TTL", REFRESH.toString()));
        calendar.add(vtimezone(schedule.zone()));
        for (Session session : sessions) {
            calendar.add(event(schedule, session, edition.revision(session), false, options));
        }
        for (Session session : cancelled) {
            calendar.add(event(schedule, session, edition.revision(session), true, options));
        }
        return ContentLines.fold(calendar.toString());
    }

    private VEvent event(Schedule schedule, Session session, Revision revision, boolean cancelled,
                         FeedOptions options) {
        String summary = (session.starred() ? STAR : "") + session.title(options.language());
        VEvent event = new VEvent(false);
        event.add(new Uid(session.uid()));
        event.add(new DtStamp(revision.lastModified()));
        event.add(new DtStart<>(session.start().withZoneSameInstant(schedule.zone())));
        event.add(new DtEnd<>(session.end().withZoneSameInstant(schedule.zone())));
        event.add(new Summary(ContentLines.clean(summary)));
        event.add(new Description(ContentLines.clean(description(session))));
        event.add(new Url(java.net.URI.create(session.url())));
        if (schedule.location() != null) {
            event.add(new Location(ContentLines.clean(schedule.location())));
        }
        List<String> categories = categories(schedule, session);
        if (!categories.isEmpty()) {
            event.add(new Categories(new TextList(categories.stream().map(ContentLines::clean).toList())));
        }
        event.add(new Sequence(revision.sequence()));
        event.add(new Created(revision.created()));
        event.add(new LastModified(revision.lastModified()));
        event.add(cancelled ? new Status(Status.VALUE_CANCELLED) : new Status(Status.VALUE_CONFIRMED));
        if (options.alarmMinutes() != null && !cancelled) {
            VAlarm alarm = new VAlarm(Duration.ofMinutes(-options.alarmMinutes()));
            alarm.add(new Action(Action.VALUE_DISPLAY));
            alarm.add(new Description(ContentLines.clean(summary)));
            event.add(alarm);
        }
        return event;
    }

    static List<String> categories(Schedule schedule, Session session) {
        List<String> categories = new ArrayList<>();
        if (session.starred()) {
            categories.add("Starred");
        }
        if (session.tutorial()) {
            categories.add("Tutorial");
        }
        categories.addAll(schedule.tracksOf(session));
        return categories;
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
        parts.add("Schedule: " + session.url());
        return String.join("\n\n", parts);
    }

    /** ical4j's bundled definition, without TZURL: a client should never go fetching it. */
    private VTimeZone vtimezone(ZoneId zone) {
        return vtimezones.computeIfAbsent(zone, id -> {
            net.fortuna.ical4j.model.TimeZone timeZone = zones.getTimeZone(id.getId());
            if (timeZone == null) {
                throw new IllegalArgumentException("no iCalendar definition for time zone " + id);
            }
            VTimeZone copy = timeZone.getVTimeZone().copy();
            copy.removeAll(Property.TZURL);
            return copy;
        });
    }
}
