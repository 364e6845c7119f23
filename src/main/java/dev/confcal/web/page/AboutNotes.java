package dev.confcal.web.page;

import static j2html.TagCreator.a;
import static j2html.TagCreator.each;
import static j2html.TagCreator.h2;
import static j2html.TagCreator.h3;
import static j2html.TagCreator.li;
import static j2html.TagCreator.p;
import static j2html.TagCreator.section;
import static j2html.TagCreator.ul;

import dev.confcal.schedule.Problem;
import j2html.tags.DomContent;

/**
 * What the notes' author wants to know and a visitor does not: the problems confcal found in the notes and what it
 * assumed reading them (the time zone, what the official schedule changed). One link in the header leads to it
 * ({@link #link}), at the end of the page, never on the visitor's first screen.
 */
final class AboutNotes {

    static final String ID = "about";

    private AboutNotes() {
    }

    /** {@code About these notes · 2 problems}: the way to this section. */
    static DomContent link(Page page) {
        PageModel model = page.model();
        Labels t = page.labels();
        int problems = model.problems().size();
        return a(t.get("meta.about") + (problems == 0 ? "" : " · " + t.count("meta.problems", problems)))
                .withHref("#" + ID).withId("about-link").withClass(problems == 0 ? "about-link" : "about-link problems");
    }

    static DomContent render(Page page) {
        PageModel model = page.model();
        Labels t = page.labels();
        boolean nothing = model.problems().isEmpty() && model.notices().isEmpty();
        return page.own(section(h2(t.get("about.title")).withId("about-title"),
                nothing ? p(t.get("about.none")) : null,
                model.problems().isEmpty() ? null : Fragments.of(
                        p(t.get(model.stale() ? "problems.stale" : "problems.current")).withClass("problems-lead"),
                        page.english(ul(each(model.problems(), (Problem problem) -> li(model.shown(problem)))))
                                .withClass("problems").withId("problems")),
                model.notices().isEmpty() ? null : Fragments.of(h3(t.get("about.read")),
                        page.english(ul(each(model.notices(), (Problem notice) -> li(model.shown(notice)))))
                                .withClass("notices").withId("notices")))
                .withId(ID).withClass("about").attr("aria-labelledby", "about-title"));
    }
}
