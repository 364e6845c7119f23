package dev.confcal.web.page;

import static j2html.TagCreator.a;
import static j2html.TagCreator.each;
import static j2html.TagCreator.fieldset;
import static j2html.TagCreator.div;
import static j2html.TagCreator.input;
import static j2html.TagCreator.label;
import static j2html.TagCreator.legend;
import static j2html.TagCreator.p;
import static j2html.TagCreator.section;
import static j2html.TagCreator.span;
import static j2html.TagCreator.text;

import dev.confcal.schedule.Schedule;
import dev.confcal.schedule.Session;
import dev.confcal.web.feed.FeedQuery;
import dev.confcal.web.feed.TrackFiles;
import j2html.tags.DomContent;
import java.util.ArrayList;
import java.util.List;

/**
 * The top of a static export's page. A folder of files cannot filter, so there is no search: the calendars it wrote
 * are tabs (all sessions, the must-see ones, each track), {@code app.js} lists a tab's sessions and points the one
 * {@link AddToCalendar} at its file, so the control always adds what the list shows. Without JavaScript the list
 * holds every session and the control adds them all; the other calendars are linked under it.
 */
final class StaticFinder {

    /** A calendar the export wrote: its name, its file, and its sessions' ids (app.js lists them). */
    private record Feed(String label, FeedQuery query, List<String> ids) {
        int count() {
            return ids.size();
        }
    }

    private StaticFinder() {
    }

    static DomContent render(Page page) {
        PageModel model = page.model();
        Labels t = page.labels();
        List<Feed> feeds = feeds(model.schedule(), t);
        Feed all = feeds.get(0);
        String feed = model.link(all.query());
        String download = model.link(all.query().withDownload(true));
        String host = model.base() == null ? "" : model.privateAddress() ? model.base().host() : null;
        var tabs = fieldset(legend(t.get("add.feeds")).withClass("sr-only"), each(feeds, f -> label(
                input().withType("radio").withName("feed").withValue(f.query().file()).withCondChecked(f == all)
                        .withData("feed", model.link(f.query()))
                        .withData("download", model.link(f.query().withDownload(true)))
                        .withData("ids", String.join(" ", f.ids())),
                span(f.label() + " (" + f.count() + ")")).withClass("tab")))
                .withClass("tabs").withId("feed-tabs").isHidden(); // app.js shows them: they need it to work
        DomContent also = feeds.size() == 1 ? null : p(text(t.get("add.also") + " "), each(feeds.subList(1, feeds.size()),
                f -> a(f.label()).withHref(FeedLinks.webcal(model.link(f.query()))).withClass("also")))
                .withClass("note").withId("add-also");
        return page.own(section(
                div(p(span(t.count("count", all.count())).withId("feed-count")
                                .withData("one", t.get("count.one")).withData("many", t.get("count.many")))
                                .withClass("count").attr("aria-live", "polite"),
                        AddToCalendar.render(page, all.count(), feed, download, host, false, also))
                        .withClass("search-row"),
                div(tabs).withClass("tabs-row"))
                .withId("finder").attr("aria-label", t.get("finder")));
    }

    private static List<Feed> feeds(Schedule schedule, Labels t) {
        List<Feed> feeds = new ArrayList<>();
        feeds.add(feed(schedule, t.get("static.all"), FeedQuery.calendar()));
        feeds.add(feed(schedule, t.get("static.starred"), FeedQuery.starred()));
        for (String track : TrackFiles.exported(schedule)) {
            feeds.add(feed(schedule, t.get("static.track", schedule.trackTitle(track)), FeedQuery.track(track)));
        }
        return feeds;
    }

    private static Feed feed(Schedule schedule, String label, FeedQuery query) {
        return new Feed(label, query, schedule.select(query.selection()).stream().map(Session::id).toList());
    }
}
