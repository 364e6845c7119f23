package dev.confcal.web.page;

import static j2html.TagCreator.a;
import static j2html.TagCreator.body;
import static j2html.TagCreator.each;
import static j2html.TagCreator.footer;
import static j2html.TagCreator.h1;
import static j2html.TagCreator.head;
import static j2html.TagCreator.header;
import static j2html.TagCreator.html;
import static j2html.TagCreator.iff;
import static j2html.TagCreator.link;
import static j2html.TagCreator.main;
import static j2html.TagCreator.meta;
import static j2html.TagCreator.nav;
import static j2html.TagCreator.p;
import static j2html.TagCreator.script;
import static j2html.TagCreator.span;
import static j2html.TagCreator.text;
import static j2html.TagCreator.title;

import dev.confcal.schedule.Schedule;
import dev.confcal.schedule.Session;
import dev.confcal.web.feed.FeedQuery;
import j2html.rendering.FlatHtml;
import j2html.tags.ContainerTag;
import j2html.tags.DomContent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The page at {@code /} (and {@code index.html} of a static export), schedule first: the conference in one line,
 * the search box, day tabs and one "Add to calendar" ({@link Finder}; a static export's {@link StaticFinder}), the
 * schedule they select ({@link ScheduleSection}), and at the end what the notes' author needs ({@link AboutNotes}).
 * Readable and usable without JavaScript; {@code app.js} only makes it live. Everything from the notes is escaped
 * by j2html, and the notes' Markdown is rendered by {@link NotesHtml}, which escapes raw HTML. The page's
 * language is the notes' ({@link TextLanguage}); its own words are in the request's {@link Labels}, marked as such.
 */
public final class LandingPage {

    private LandingPage() {
    }

    public static String render(PageModel model) {
        Schedule schedule = model.schedule();
        Labels t = model.labels();
        Page page = new Page(model);
        StringBuilder out = new StringBuilder(16 * 1024 + 3 * 1024 * Math.min(model.selected().size(), 200));
        out.append("<!DOCTYPE html>\n");
        var html = html(
                head(
                        meta().withCharset("utf-8"),
                        meta().withName("viewport").withContent("width=device-width, initial-scale=1"),
                        meta().withName("color-scheme").withContent("light dark"),
                        title(schedule.title() + " — confcal"),
                        link().withRel("stylesheet").withHref(model.local("/static/app.css")),
                        script().withSrc(model.local("/static/app.js")).isDefer()),
                body(
                        page.own(a(t.get("skip")).withHref("#schedule").withClass("skip")),
                        header(
                                page.own(nav(each(List.of(Labels.values()), other -> other == t
                                        ? span(other.name).attr("aria-current", "true").attr("lang", other.tag)
                                        : a(other.name).withHref(model.languageUrl(other)).attr("lang", other.tag)
                                        .attr("hreflang", other.tag)))
                                        .withClass("languages").attr("aria-label", t.get("languages"))),
                                page.lang(h1(schedule.title()), schedule.title()),
                                page.own(conferenceLine(page))),
                        main(
                                model.isStatic() ? StaticFinder.render(page) : Finder.render(page),
                                ScheduleSection.render(page),
                                AboutNotes.render(page)),
                        page.own(footer(p(text(t.get("footer.made", model.sourceName()) + " "),
                                iff(!model.isStatic(), a(FeedQuery.JSON_PATH.substring(1)).withHref(model.local(FeedQuery.JSON_PATH)))))))
        ).attr("lang", model.articles().pageLanguage()).withData("static", Boolean.toString(model.isStatic()));
        try {
            html.render(FlatHtml.into(out));
        } catch (IOException e) {
            throw new UncheckedIOException("a StringBuilder does not fail", e);
        }
        return out.toString();
    }

    /** Dates, time zone, place (in the notes' words), how many sessions, and the way to what the author needs. */
    private static ContainerTag<?> conferenceLine(Page page) {
        Schedule schedule = page.model().schedule();
        Labels t = page.labels();
        List<LocalDate> days = schedule.days();
        List<DomContent> parts = new ArrayList<>();
        if (!days.isEmpty()) {
            parts.add(text(t.range(days.get(0), days.get(days.size() - 1))));
        }
        ZonedDateTime at = schedule.sessions().isEmpty() ? ZonedDateTime.now(schedule.zone())
                : schedule.sessions().get(0).start();
        parts.add(span(t.get("meta.zone", ZoneName.of(schedule.zone(), at, t))).withClass("zone")
                .attr("title", schedule.zone().getId()));
        if (schedule.location() != null) {
            parts.add(span(schedule.location()).attr("lang", TextLanguage.of(schedule.location())));
        }
        parts.add(text(t.get("meta.sessions", schedule.sessions().size(),
                schedule.sessions().stream().filter(Session::starred).count())));
        parts.add(AboutNotes.link(page));
        List<DomContent> line = new ArrayList<>();
        for (DomContent part : parts) {
            if (!line.isEmpty()) {
                line.add(text(" · "));
            }
            line.add(part);
        }
        return p(line.toArray(DomContent[]::new)).withClass("meta");
    }
}
