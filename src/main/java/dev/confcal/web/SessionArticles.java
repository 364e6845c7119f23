package dev.confcal.web;

import static j2html.TagCreator.a;
import static j2html.TagCreator.article;
import static j2html.TagCreator.details;
import static j2html.TagCreator.div;
import static j2html.TagCreator.each;
import static j2html.TagCreator.h3;
import static j2html.TagCreator.iff;
import static j2html.TagCreator.p;
import static j2html.TagCreator.rawHtml;
import static j2html.TagCreator.span;
import static j2html.TagCreator.summary;
import static j2html.TagCreator.text;

import dev.confcal.schedule.Schedule;
import dev.confcal.schedule.Session;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each session of the landing page as HTML, rendered once per schedule and reused by every page that lists it:
 * its notes' Markdown is the expensive part, and a new filter of a 1,000-session schedule must not render it
 * again. Nothing here depends on the request: links are absolute paths on the server, or relative in a static
 * export. The memory is the schedule's own HTML, replaced with the schedule.
 */
final class SessionArticles {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");
    private static final int EXCERPT = 120;
    /** Distinct path prefixes (from a trusted proxy) kept per schedule; beyond that, articles are not kept. */
    private static final int MAX_PREFIXES = 4;

    private final Schedule schedule;
    /** Prepended to server paths: {@code ""} or {@code /kubecon} on the server, {@code .} in a static export. */
    private final String downloadPrefix;
    private final Map<String, String> html = new ConcurrentHashMap<>();

    private SessionArticles(Schedule schedule, String downloadPrefix) {
        this.schedule = schedule;
        this.downloadPrefix = downloadPrefix;
    }

    /** For a static export, whose links are relative to its folder. */
    static SessionArticles relative(Schedule schedule) {
        return new SessionArticles(schedule, ".");
    }

    String of(Session session) {
        return html.computeIfAbsent(session.uid(), uid -> render(session));
    }

    /** The articles of the schedule being served, one set per path prefix, dropped when the schedule changes. */
    static final class Memo {
        private volatile Schedule schedule;
        private volatile Map<String, SessionArticles> byPrefix = new ConcurrentHashMap<>();

        SessionArticles of(Schedule current, String prefix) {
            if (schedule != current) {
                byPrefix = new ConcurrentHashMap<>();
                schedule = current;
            }
            Map<String, SessionArticles> articles = byPrefix;
            if (articles.size() >= MAX_PREFIXES && !articles.containsKey(prefix)) {
                return new SessionArticles(current, prefix);
            }
            return articles.computeIfAbsent(prefix, p -> new SessionArticles(current, p));
        }
    }

    private String render(Session session) {
        List<String> tracks = schedule.tracksOf(session);
        return article(
                p(span(CLOCK.format(session.start()) + "–" + CLOCK.format(session.end())).withClass("time"),
                        iff(session.starred(), span("★").withClass("star").withTitle("Starred")),
                        iff(schedule.room(session) != null, span(String.valueOf(schedule.room(session)))
                                .withClass("room")),
                        iff(moved(session) != null, span(String.valueOf(moved(session))).withClass("moved")),
                        iff(session.tutorial(), span("Tutorial").withClass("tag")),
                        each(tracks, track -> span(schedule.trackTitle(track)).withClass("tag"))).withClass("when"),
                h3(a(session.titles().get(0)).withHref(session.url()).attr("rel", "noopener")).withClass("title"),
                iff(session.titles().size() > 1, p(session.titles().size() > 1 ? session.titles().get(1) : "")
                        .withClass("alt-title")),
                iff(!session.speakers().isEmpty(), p(JsonViews.speakers(session)).withClass("speakers")),
                iff(!session.notes().isBlank(), details(summary(excerpt(session.notes())),
                        div(rawHtml(NotesHtml.render(session.notesMarkdown()))).withClass("notes"))),
                p(a("Add to Google Calendar").withHref(FeedLinks.googleEvent(schedule, session))
                                .attr("rel", "noopener"),
                        text(" · "),
                        a("Download .ics").withHref(downloadPrefix + FeedQuery.session(session.id()).withDownload(true).url()),
                        text(" · "),
                        a("Schedule page").withHref(session.url()).attr("rel", "noopener")).withClass("actions"))
                .withClass(session.starred() ? "session starred" : "session").withId("s-" + session.id())
                .withData("id", session.id()).render();
    }

    /** {@code moved from 11:00} when the official schedule moved the talk the notes put elsewhere, else null. */
    private String moved(Session session) {
        return schedule.placement(session).filter(dev.confcal.schedule.Placement::moved)
                .map(p -> "moved from " + (p.notedStart().toLocalDate().equals(session.day()) ? CLOCK
                        : java.time.format.DateTimeFormatter.ofPattern("d MMM HH:mm", java.util.Locale.ENGLISH))
                        .format(p.notedStart())).orElse(null);
    }

    private static String excerpt(String notes) {
        String oneLine = notes.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= EXCERPT ? oneLine : oneLine.substring(0, EXCERPT).strip() + "…";
    }

}
