package dev.confcal.web.page;

import static j2html.TagCreator.a;
import static j2html.TagCreator.text;
import static j2html.TagCreator.div;
import static j2html.TagCreator.each;
import static j2html.TagCreator.h5;
import static j2html.TagCreator.iff;
import static j2html.TagCreator.p;
import static j2html.TagCreator.rawHtml;
import static j2html.TagCreator.span;
import static j2html.TagCreator.summary;

import dev.confcal.schedule.Placement;
import dev.confcal.schedule.Schedule;
import dev.confcal.schedule.Session;
import dev.confcal.schedule.Speaker;
import dev.confcal.web.feed.FeedQuery;
import j2html.tags.ContainerTag;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each session of the landing page as HTML, rendered once per schedule and reused by every page that lists it:
 * its notes' Markdown is the expensive part, and a new filter of a 1,000-session schedule must not render it
 * again. What a page adds per request is cheap: the keywords it highlights ({@link Highlighter}). Links are
 * absolute paths on the server, or relative in a static export; the page's own words come in one language
 * ({@link Labels}), so there is one set of articles per path prefix and language.
 *
 * <p>Every text is marked with its language where it differs from the page's ({@link TextLanguage}); each
 * session's actions are named with its title for screen readers ({@code aria-labelledby}), and its star has
 * words for them.
 */
public final class SessionArticles {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY_AND_CLOCK = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH);
    private static final String MORE = "<details class=\"more\">";
    private static final String MORE_OPEN = "<details class=\"more\" open>";
    /** Distinct path prefixes (from a trusted proxy) and languages kept per schedule; beyond that, not kept. */
    private static final int MAX_SETS = 8;

    /**
     * A session's HTML in five parts, so that only its own words (the second and fourth: title and speakers, the
     * other title and the notes) are searched for keywords, and its details open where the notes hold a match.
     */
    record Article(String head, String body, String middle, String notes, String tail) {
    }

    private final Schedule schedule;
    /** Prepended to server paths: {@code ""} or {@code /kubecon} on the server, {@code .} in a static export. */
    private final String downloadPrefix;
    private final Labels labels;
    /** The page's language: texts in it need no {@code lang} of their own. */
    private final String pageLanguage;
    private final Map<String, Article> html = new ConcurrentHashMap<>();

    private SessionArticles(Schedule schedule, String downloadPrefix, Labels labels, String pageLanguage) {
        this.schedule = schedule;
        this.downloadPrefix = downloadPrefix;
        this.labels = labels;
        this.pageLanguage = pageLanguage;
    }

    /** For a static export, whose links are relative to its folder. */
    static SessionArticles relative(Schedule schedule, Labels labels) {
        return new SessionArticles(schedule, ".", labels, TextLanguage.ofSchedule(schedule));
    }

    /** The page's language: the notes'. */
    String pageLanguage() {
        return pageLanguage;
    }

    Labels labels() {
        return labels;
    }

    /** The schedule these articles are of. */
    Schedule schedule() {
        return schedule;
    }

    /** The session's HTML, its own words' matches of {@code keywords} marked (none: as rendered once). */
    public String of(Session session, List<String> keywords) {
        Article article = html.computeIfAbsent(session.uid(), uid -> render(session));
        String notes = Highlighter.mark(article.notes(), keywords);
        String middle = notes.contains(Highlighter.OPEN) ? article.middle().replace(MORE, MORE_OPEN) : article.middle();
        return article.head() + Highlighter.mark(article.body(), keywords) + middle + notes + article.tail();
    }

    /** The articles of the schedule being served, one set per path prefix and language, dropped when it changes. */
    public static final class Memo {
        /** One schedule's sets, swapped whole: a request for an older schedule can never add to a newer one's. */
        private record Sets(Schedule schedule, String pageLanguage, Map<String, SessionArticles> byKey) {
        }

        private volatile Sets sets = new Sets(null, TextLanguage.ENGLISH, new ConcurrentHashMap<>());

        public SessionArticles of(Schedule current, String prefix, Labels labels) {
            Sets mine = sets;
            if (mine.schedule() != current) {
                synchronized (this) {
                    mine = sets;
                    if (mine.schedule() != current) {
                        mine = new Sets(current, TextLanguage.ofSchedule(current), new ConcurrentHashMap<>());
                        sets = mine;
                    }
                }
            }
            String key = labels.code + " " + prefix;
            String pageLanguage = mine.pageLanguage();
            if (mine.byKey().size() >= MAX_SETS && !mine.byKey().containsKey(key)) {
                return new SessionArticles(current, prefix, labels, pageLanguage);
            }
            return mine.byKey().computeIfAbsent(key, k -> new SessionArticles(current, prefix, labels, pageLanguage));
        }
    }

    private Article render(Session session) {
        String id = session.id();
        String room = schedule.room(session);
        String moved = moved(session);
        List<String> titles = titles(session);
        String title = titles.get(0);
        String head = "<article class=\"" + (session.starred() ? "session starred" : "session") + "\" id=\"s-"
                + id + "\" data-id=\"" + id + "\">"
                + span(span(CLOCK.format(session.start())).withClass("sr-only"), text("–" + CLOCK.format(session.end())))
                .withClass("time").render()
                + (session.starred() ? span("★").withClass("star").attr("aria-hidden", "true").render()
                + own(span(labels.get("session.starred")).withClass("sr-only")).render()
                : span().withClass("star").render());
        StringBuilder body = new StringBuilder();
        body.append(lang(h5(session.url() == null ? text(title)
                : a(title).withHref(session.url()).attr("rel", "noopener")).withClass("title")
                .withId("t-" + id), title).render());
        // as JsonViews.speakers writes them, without loading JsonViews: its ObjectMapper is set up with the class
        String speakers = String.join(", ", session.speakers().stream().map(Speaker::display).toList());
        body.append(speakers.isEmpty() ? p().withClass("speakers").render()
                : lang(p(speakers).withClass("speakers"), speakers).render());
        String middle = p(
                room == null ? null : lang(span(room).withClass("room"), room),
                moved == null ? null : own(span(moved).withClass("moved")),
                iff(session.tutorial(), own(span(labels.get("session.tutorial")).withClass("tag"))),
                each(schedule.tracksOf(session), track -> lang(span(schedule.trackTitle(track)).withClass("tag"),
                        schedule.trackTitle(track))))
                .withClass("where").render()
                + MORE + own(summary(labels.get(session.notes().isBlank() ? "session.more" : "session.notes"))
                .attr("aria-describedby", "t-" + id)).render()
                + "<div class=\"more-body\">";
        StringBuilder notes = new StringBuilder();
        for (String other : titles.subList(1, titles.size())) {
            notes.append(lang(p(other).withClass("alt-title"), other).render());
        }
        if (!session.notes().isBlank()) {
            notes.append(lang(div(rawHtml(NotesHtml.render(session.notesMarkdown()))).withClass("notes"),
                    session.notes()).render());
        }
        String actions = own(p(
                action("g-" + id, labels.get("session.google"), FeedLinks.googleEvent(schedule, session))
                        .attr("rel", "noopener"),
                action("d-" + id, labels.get("session.download"),
                        downloadPrefix + FeedQuery.session(id).withDownload(true).url())))
                .withClass("actions").render();
        return new Article(head, body.toString(), middle, notes.toString(), actions + "</div></details></article>");
    }

    /**
     * The session's titles, the one in the labels' language first: a visitor reading English sees the English
     * title of a bilingual session, and the Chinese one beside it in its details.
     */
    private List<String> titles(Session session) {
        List<String> titles = session.titles();
        for (int i = 1; i < titles.size(); i++) {
            if (TextLanguage.of(titles.get(i)).startsWith(labels.code) && !TextLanguage.of(titles.get(0)).startsWith(labels.code)) {
                List<String> swapped = new java.util.ArrayList<>(titles);
                swapped.add(0, swapped.remove(i));
                return swapped;
            }
        }
        return titles;
    }

    /** A session's action, named with the session's title for assistive technology: "Download .ics Title". */
    private static ContainerTag<?> action(String id, String text, String href) {
        return a(text).withHref(href).withId(id).withClass("action")
                .attr("aria-labelledby", id + " t-" + id.substring(2));
    }

    /** Marks an element holding the notes' text with that text's language, where it is not the page's. */
    <T extends ContainerTag<?>> T lang(T element, String text) {
        String language = TextLanguage.of(text);
        if (!language.equals(pageLanguage)) {
            element.attr("lang", language);
        }
        return element;
    }

    /** Marks an element holding the page's own words with their language, where it is not the page's. */
    <T extends ContainerTag<?>> T own(T element) {
        if (!labels.tag.equals(pageLanguage)) {
            element.attr("lang", labels.tag);
        }
        return element;
    }

    /** {@code moved from 11:00} when the official schedule moved the talk the notes put elsewhere, else null. */
    private String moved(Session session) {
        return schedule.placement(session).filter(Placement::moved)
                .map(p -> labels.get("session.moved", (p.notedStart().toLocalDate().equals(session.day()) ? CLOCK
                        : DAY_AND_CLOCK.withLocale(labels.locale)).format(p.notedStart()))).orElse(null);
    }
}

