package dev.confcal.web;

import static j2html.TagCreator.a;
import static j2html.TagCreator.article;
import static j2html.TagCreator.body;
import static j2html.TagCreator.button;
import static j2html.TagCreator.details;
import static j2html.TagCreator.div;
import static j2html.TagCreator.each;
import static j2html.TagCreator.fieldset;
import static j2html.TagCreator.footer;
import static j2html.TagCreator.form;
import static j2html.TagCreator.h1;
import static j2html.TagCreator.h2;
import static j2html.TagCreator.h3;
import static j2html.TagCreator.head;
import static j2html.TagCreator.header;
import static j2html.TagCreator.html;
import static j2html.TagCreator.iff;
import static j2html.TagCreator.input;
import static j2html.TagCreator.label;
import static j2html.TagCreator.legend;
import static j2html.TagCreator.li;
import static j2html.TagCreator.link;
import static j2html.TagCreator.main;
import static j2html.TagCreator.meta;
import static j2html.TagCreator.option;
import static j2html.TagCreator.p;
import static j2html.TagCreator.rawHtml;
import static j2html.TagCreator.script;
import static j2html.TagCreator.section;
import static j2html.TagCreator.select;
import static j2html.TagCreator.span;
import static j2html.TagCreator.summary;
import static j2html.TagCreator.text;
import static j2html.TagCreator.title;
import static j2html.TagCreator.ul;

import dev.confcal.schedule.Language;
import dev.confcal.web.FeedQuery.Parameter;
import dev.confcal.schedule.Problem;
import dev.confcal.schedule.Schedule;
import dev.confcal.schedule.Session;
import j2html.rendering.FlatHtml;
import j2html.tags.DomContent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The page at {@code /} (and {@code index.html} of a static export): the conference, its schedule by day and
 * time slot, and a feed builder with one-click subscribe links. Readable and usable without JavaScript;
 * {@code app.js} only makes the builder live. Everything from the notes is escaped by j2html, and the notes'
 * Markdown is rendered by {@link NotesHtml}, which escapes raw HTML.
 */
final class LandingPage {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private LandingPage() {
    }

    static String render(PageModel model) {
        Schedule schedule = model.schedule();
        // sized for the sessions' HTML, so a page of 1,000 sessions is built without copying megabytes around
        StringBuilder page = new StringBuilder(16 * 1024 + 3 * 1024 * model.selected().size());
        page.append("<!DOCTYPE html>\n");
        var html = html(
                head(
                        meta().withCharset("utf-8"),
                        meta().withName("viewport").withContent("width=device-width, initial-scale=1"),
                        title(schedule.title() + " — confcal"),
                        link().withRel("stylesheet").withHref(model.local("/static/app.css")),
                        script().withSrc(model.local("/static/app.js")).isDefer()),
                body(
                        header(
                                h1(schedule.title()),
                                p(conferenceLine(schedule)).withClass("meta")),
                        iff(!model.problems().isEmpty(), problems(model)),
                        iff(!model.notices().isEmpty(), notices(model)),
                        main(
                                model.isStatic() ? staticFeeds(model) : builder(model),
                                scheduleSection(model)),
                        footer(p(text("Made with confcal from " + schedule.source() + ". "),
                                iff(!model.isStatic(), a("sessions.json").withHref(model.local("/sessions.json"))))))
        ).withLang("en").withData("static", Boolean.toString(model.isStatic()));
        try {
            html.render(FlatHtml.into(page));
        } catch (IOException e) {
            throw new UncheckedIOException("a StringBuilder does not fail", e);
        }
        return page.toString();
    }

    private static String conferenceLine(Schedule schedule) {
        List<LocalDate> days = schedule.days();
        List<String> parts = new ArrayList<>();
        if (!days.isEmpty()) {
            DateTimeFormatter format = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
            parts.add(days.size() == 1 ? format.format(days.get(0))
                    : format.format(days.get(0)) + " – " + format.format(days.get(days.size() - 1)));
        }
        parts.add("times in " + schedule.zone().getId());
        if (schedule.location() != null) {
            parts.add(schedule.location());
        }
        parts.add(schedule.sessions().size() + " sessions, "
                + schedule.sessions().stream().filter(Session::starred).count() + " starred");
        return String.join(" · ", parts);
    }

    /** What confcal assumed and what the official schedule changed: worth knowing, not alarming. */
    private static DomContent notices(PageModel model) {
        return details(summary(model.notices().size() == 1 ? "1 note on how the notes were read"
                        : model.notices().size() + " notes on how the notes were read"),
                ul(each(model.notices(), (Problem notice) -> li(notice.toString()))))
                .withClass("notices").withId("notices");
    }

    private static DomContent problems(PageModel model) {
        String lead = model.stale()
                ? "The notes have problems, so this page still shows the last good version:"
                : "The notes have problems; the sessions below are what could be read:";
        return div(p(lead), ul(each(model.problems(), (Problem problem) -> li(problem.toString()))))
                .withClass("banner").attr("role", "alert").withId("problems");
    }

    private static DomContent builder(PageModel model) {
        Schedule schedule = model.schedule();
        var filter = model.selection().filter();
        var options = model.selection().options();
        int count = model.selected().size();
        return section(
                h2("Subscribe"),
                form(
                        label(input().withType("checkbox").withName(Parameter.STARRED.key).withValue("true")
                                .withCondChecked(filter.starredOnly()), text(" ★ Starred only")).withClass("check"),
                        label(text("Keywords "), input().withType("search").withName(Parameter.Q.key)
                                .withValue(String.join(", ", filter.keywords())).withPlaceholder("wasm, istio")
                                .attr("autocomplete", "off").withData("split", ",")),
                        label(text("Leave out "), input().withType("search").withName(Parameter.EXCLUDE.key)
                                .withValue(String.join(", ", filter.exclude())).withPlaceholder("keynote")
                                .attr("autocomplete", "off").withData("split", ",")),
                        fieldset(legend("Days"), each(schedule.days(), day ->
                                label(input().withType("checkbox").withName(Parameter.DAY.key).withValue(day.toString())
                                        .withCondChecked(filter.days().contains(day)), text(" " + dayName(day)))
                                        .withClass("check"))),
                        iff(!schedule.trackNames().isEmpty(), label(text("Track "), select(
                                option("any").withValue(""),
                                each(schedule.trackNames(), track -> option(schedule.trackTitle(track)).withValue(track)
                                        .withCondSelected(track.equals(filter.track()))))
                                .withName(Parameter.TRACK.key))),
                        label(text("Reminder "), input().withType("number").withName(Parameter.ALARM.key).withMin("0")
                                .withMax("1440").withPlaceholder("none")
                                .withValue(options.alarmMinutes() == null ? "" : options.alarmMinutes().toString()),
                                text(" minutes before")),
                        label(text("Titles "), select(
                                option("both languages").withValue(""),
                                option("中文").withValue("zh").withCondSelected(options.language() == Language.ZH),
                                option("English").withValue("en").withCondSelected(options.language() == Language.EN))
                                .withName(Parameter.LANG.key)),
                        button("Update").withType("submit").withId("update"))
                        .withMethod("get").withAction(model.local("/")).withId("builder")
                        .withData("base", model.base().toString())
                        .withData("json", model.local("/sessions.json"))
                        .withData("name", schedule.title()),
                p(span(count + (count == 1 ? " session" : " sessions")).withId("feed-count"),
                        text(" in this feed")).attr("aria-live", "polite"),
                input().withType("text").isReadonly().withId("feed-url").withValue(model.feedUrl())
                        .attr("aria-label", "Feed URL"),
                feedButtons(model.feedUrl(), model.downloadUrl(), schedule.title(), true))
                .withId("subscribe");
    }

    private static DomContent feedButtons(String url, String downloadUrl, String name, boolean withIds) {
        return p(
                each(List.of(FeedLinks.Button.values()), button -> {
                    var link = a(button.label).withHref(button.href(url, downloadUrl, name))
                            .withClass("button " + button.kind).withTitle(button.hint)
                            .withData("kind", button.kind).withData("template", button.template)
                            .withData("feed", url).withData("download", downloadUrl);
                    if (button == FeedLinks.Button.DOWNLOAD) {
                        link.attr("download", "");
                    }
                    return withIds ? link.withId(button.kind + "-link") : link;
                }),
                iff(withIds, button("Copy URL").withType("button").withId("copy").isHidden()))
                .withClass("buttons");
    }

    /** A static export cannot filter: it offers the feeds it wrote. */
    private static DomContent staticFeeds(PageModel model) {
        Map<String, FeedQuery> feeds = new LinkedHashMap<>();
        feeds.put("All sessions", FeedQuery.calendar());
        feeds.put("★ Starred sessions", FeedQuery.starred());
        StaticExport.exportedTracks(model.schedule())
                .forEach(track -> feeds.put("Track: " + track, FeedQuery.track(track)));
        return section(h2("Subscribe"), each(feeds.entrySet().stream().toList(), feed -> div(
                h3(feed.getKey()), feedButtons(model.link(feed.getValue()), model.link(feed.getValue()),
                        model.schedule().title(), false))
                .withClass("feed")))
                .withId("subscribe");
    }

    private static DomContent scheduleSection(PageModel model) {
        Map<LocalDate, Map<LocalTime, List<Session>>> days = new LinkedHashMap<>();
        List<Session> selected = model.selected();
        for (Session session : selected) {
            days.computeIfAbsent(session.day(), d -> new LinkedHashMap<>())
                    .computeIfAbsent(session.start().toLocalTime(), t -> new ArrayList<>()).add(session);
        }
        Map<ZonedDateTime, Integer> conflicts = model.conflicts();
        int all = model.schedule().sessions().size();
        return section(h2("Schedule"),
                p(span(selected.size() + " of " + all + " sessions, as selected above: "),
                        a("show all " + all).withHref(model.local("/")))
                        .withId("shown").withCondHidden(selected.size() == all),
                each(days.entrySet().stream().toList(), day -> section(
                h2(dayName(day.getKey())).withClass("day"),
                each(day.getValue().entrySet().stream().toList(), slot -> section(
                        h3(CLOCK.format(slot.getKey())).withClass("slot-time"),
                        iff(conflicts.containsKey(slot.getValue().get(0).start()),
                                p(conflicts.get(slot.getValue().get(0).start()) + " starred sessions at "
                                        + CLOCK.format(slot.getKey())).withClass("conflict")),
                        each(slot.getValue(), session -> rawHtml(model.articles().of(session)))).withClass("slot")))
                .withClass("schedule-day").withId("day-" + day.getKey())))
                .withId("schedule");
    }

    static String dayName(LocalDate day) {
        return day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + ", "
                + DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).format(day);
    }
}
