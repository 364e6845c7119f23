package dev.confcal.web;

import static j2html.TagCreator.a;
import static j2html.TagCreator.body;
import static j2html.TagCreator.each;
import static j2html.TagCreator.h1;
import static j2html.TagCreator.head;
import static j2html.TagCreator.html;
import static j2html.TagCreator.li;
import static j2html.TagCreator.meta;
import static j2html.TagCreator.p;
import static j2html.TagCreator.title;
import static j2html.TagCreator.ul;

import dev.confcal.schedule.Schedule;

/** The page at {@code /}: the conference and its feed links. */
final class LandingPage {

    private LandingPage() {
    }

    static String render(LiveEdition.State state, String baseUrl) {
        Schedule schedule = state.edition().schedule();
        return "<!DOCTYPE html>\n" + html(
                head(meta().withCharset("utf-8"), meta().withName("viewport").withContent("width=device-width"),
                        title(schedule.title())),
                body(
                        h1(schedule.title()),
                        p(schedule.sessions().size() + " sessions, " + schedule.zone().getId()),
                        ul(
                                li(a("All sessions").withHref(baseUrl + "/calendar.ics")),
                                li(a("Starred sessions").withHref(baseUrl + "/starred.ics")),
                                each(schedule.tracks().keySet(), track ->
                                        li(a("Track: " + track).withHref(baseUrl + "/tracks/" + track + ".ics")))),
                        ul(each(state.problems(), problem -> li(problem.toString()))))).render();
    }
}
