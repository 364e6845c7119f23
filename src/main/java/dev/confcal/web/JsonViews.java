package dev.confcal.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.confcal.publish.Health;
import dev.confcal.schedule.Problem;
import dev.confcal.schedule.Schedule;
import dev.confcal.schedule.Session;
import dev.confcal.web.feed.FeedQuery;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The JSON the server gives scripts and the landing page: plain records, ISO-8601 times with offsets. */
public final class JsonViews {

    static final ObjectMapper JSON = new ObjectMapper();

    record SpeakerView(String name, String company) {
    }

    record SessionView(String id, String uid, String url, String title, List<String> titles,
                       List<SpeakerView> speakers, boolean starred, boolean tutorial, String day, String start,
                       String end, String room, String movedFrom, List<String> tracks, String notes, String ics) {
    }

    /**
     * @param feed     the path and query of the {@code .ics} feed holding these sessions
     * @param download the same, to save as a file
     */
    record SessionsView(String title, String timezone, String location, int count, String feed, String download,
                        List<SessionView> sessions) {
    }

    /** What the page's builder shows as you type: how many sessions, and the feed's URLs (path and query). */
    record CountView(int count, String feed, String download) {
    }

    record HealthView(String status, boolean ok, List<String> reasons, int sessions, String loadedAt,
                      String checkedAt, boolean current, List<String> problems, List<String> notices,
                      int pendingRemovals, String ledger, List<String> ledgerWarnings, ScheduleView schedule,
                      int cachedResponses, AddressView address) {
    }

    /**
     * The address the page's links use when calendar services cannot reach it ({@code localhost}, a private
     * network), and what the operator can do: the page itself says only which buttons cannot work. Null when public.
     */
    record AddressView(String base, boolean reachableByCalendarServices, String fix) {
    }

    /**
     * The official schedule followed: where from, how many sessions, when the copy in use was fetched, the last
     * attempt and its failure, and when the next is due (times as ISO instants, null when not yet).
     */
    record ScheduleView(String source, int sessions, String fetchedAt, String lastAttemptAt, String lastSuccessAt,
                        String lastFailure, int failures, String nextAttemptAt) {
    }

    private JsonViews() {
    }

    static SessionView session(Schedule schedule, Session session) {
        return new SessionView(session.id(), session.uid(), session.url(), session.fullTitle(), session.titles(),
                session.speakers().stream().map(s -> new SpeakerView(s.name(), s.company())).toList(),
                session.starred(), session.tutorial(), session.day().toString(),
                DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(session.start()),
                DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(session.end()), schedule.room(session),
                schedule.placement(session).filter(dev.confcal.schedule.Placement::moved)
                        .map(p -> DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(p.notedStart())).orElse(null),
                schedule.tracksOf(session), session.notes(), FeedQuery.session(session.id()).path());
    }

    static byte[] sessions(Schedule schedule, List<Session> sessions, FeedQuery feed) {
        return bytes(new SessionsView(schedule.title(), schedule.zone().getId(), schedule.location(), sessions.size(),
                feed.url(), feed.withDownload(true).url(), sessions.stream().map(s -> session(schedule, s)).toList()));
    }

    static byte[] count(int count, FeedQuery feed) {
        return bytes(new CountView(count, feed.url(), feed.withDownload(true).url()));
    }

    /** A folder's conferences: ok when every one is, each under its slug. */
    record FolderHealthView(String status, boolean ok, java.util.Map<String, HealthView> conferences,
                            int cachedResponses, AddressView address) {
    }

    static byte[] folderHealth(java.util.Map<String, Health> conferences, int cachedResponses, AddressView address) {
        java.util.Map<String, HealthView> views = new java.util.LinkedHashMap<>();
        conferences.forEach((slug, health) -> views.put(slug, view(health, 0, null)));
        boolean ok = conferences.values().stream().allMatch(Health::ok);
        boolean degraded = conferences.values().stream().anyMatch(h -> !h.status().equals("ok"));
        return bytes(new FolderHealthView(!ok ? "failing" : degraded ? "degraded" : "ok", ok, views, cachedResponses,
                address));
    }

    static byte[] health(Health health, int cachedResponses, AddressView address) {
        return bytes(view(health, cachedResponses, address));
    }

    private static HealthView view(Health health, int cachedResponses, AddressView address) {
        return new HealthView(health.status(), health.ok(), health.reasons(), health.sessions(),
                health.loadedAt().toString(), health.checkedAt().toString(), health.current(),
                health.problems().stream().map(Problem::toString).toList(),
                health.notices().stream().map(Problem::toString).toList(), health.pendingRemovals(), health.ledger(),
                health.ledgerWarnings(), schedule(health.schedule()), cachedResponses, address);
    }

    private static ScheduleView schedule(dev.confcal.publish.following.ExportRefresher.Status status) {
        if (status == null) {
            return null;
        }
        return new ScheduleView(status.source(), status.sessions(), text(status.copyFetchedAt()),
                text(status.lastAttemptAt()), text(status.lastSuccessAt()), status.lastFailure(), status.failures(),
                text(status.nextAttemptAt()));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    static byte[] bytes(Object view) {
        try {
            return JSON.writeValueAsBytes(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("records always serialize", e);
        }
    }
}
