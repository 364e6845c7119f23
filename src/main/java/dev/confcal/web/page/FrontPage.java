package dev.confcal.web.page;

import static j2html.TagCreator.a;
import static j2html.TagCreator.body;
import static j2html.TagCreator.details;
import static j2html.TagCreator.each;
import static j2html.TagCreator.footer;
import static j2html.TagCreator.h1;
import static j2html.TagCreator.h2;
import static j2html.TagCreator.head;
import static j2html.TagCreator.header;
import static j2html.TagCreator.html;
import static j2html.TagCreator.iff;
import static j2html.TagCreator.li;
import static j2html.TagCreator.link;
import static j2html.TagCreator.main;
import static j2html.TagCreator.meta;
import static j2html.TagCreator.p;
import static j2html.TagCreator.section;
import static j2html.TagCreator.summary;
import static j2html.TagCreator.text;
import static j2html.TagCreator.title;
import static j2html.TagCreator.ul;

import dev.confcal.schedule.Schedule;
import dev.confcal.schedule.Session;
import j2html.tags.DomContent;
import java.time.LocalDate;
import java.util.List;

/**
 * The page at the top of a notes folder: its conferences, upcoming first and past ones folded, each linking to its
 * own page and feeds, and every conference in one feed. Everything from the notes is escaped by j2html.
 */
public final class FrontPage {

    /** One conference: the path its page and feeds are under ({@code kubecon-china-2023/}), and its schedule. */
    public record Entry(String path, Schedule schedule) {
        LocalDate lastDay() {
            List<LocalDate> days = schedule.days();
            return days.isEmpty() ? LocalDate.MAX : days.get(days.size() - 1);
        }
    }

    /**
     * @param all   the folder of the combined feeds, relative ({@code all/})
     * @param today the day that divides upcoming from past, in the reader's zone
     * @param base  where the page is served, for one-click subscribe links (calendar apps need an absolute URL);
     *              null for a static export without one: then the links are relative, to copy
     */
    public static String render(List<Entry> entries, String all, LocalDate today, dev.confcal.web.feed.BaseUrl base) {
        List<Entry> upcoming = entries.stream().filter(e -> !e.lastDay().isBefore(today))
                .sorted(java.util.Comparator.comparing(FrontPage::firstDay)).toList();
        List<Entry> past = entries.stream().filter(e -> e.lastDay().isBefore(today))
                .sorted(java.util.Comparator.comparing(FrontPage::firstDay).reversed()).toList();
        var page = html(
                head(meta().withCharset("utf-8"),
                        meta().withName("viewport").withContent("width=device-width, initial-scale=1"),
                        meta().withName("color-scheme").withContent("light dark"),
                        title("Conferences — confcal"),
                        link().withRel("stylesheet").withHref("static/app.css")),
                body(header(h1("Conferences")),
                        main(
                                section(h2("Every conference in one calendar"),
                                        p(text("Subscribe once: each conference's sessions arrive in its own time"
                                                + " zone, and later edits arrive as updates.")),
                                        ul(li(feed("All sessions", all + "calendar.ics", "All conferences", base)),
                                                li(feed("Must-see sessions only", all + "starred.ics",
                                                        "All conferences (must-see)", base))),
                                        iff(base == null, p("Right-click a link and copy its address to subscribe"
                                                + " to it in your calendar app."))),
                                section(h2("Upcoming"), upcoming.isEmpty() ? p("None in these notes.")
                                        : ul(each(upcoming, entry -> item(entry, base)))),
                                iff(!past.isEmpty(), section(details(summary("Past conferences (" + past.size() + ")"),
                                        ul(each(past, entry -> item(entry, base))))))),
                        footer(p("Made by confcal from a folder of notes.")))
        ).attr("lang", "en");
        return "<!DOCTYPE html>\n" + page.render();
    }

    private static LocalDate firstDay(Entry entry) {
        List<LocalDate> days = entry.schedule().days();
        return days.isEmpty() ? LocalDate.MAX : days.get(0);
    }

    /** A feed's link, and with a base URL its one-click subscribe links (Apple/Outlook app, Google Calendar). */
    private static DomContent feed(String label, String path, String name, dev.confcal.web.feed.BaseUrl base) {
        if (base == null) {
            return a(label + " (" + path + ")").withHref(path);
        }
        String url = base.resolve("/" + path);
        return j2html.TagCreator.span(a(label).withHref(path), text(" · "),
                a("Subscribe").withHref(FeedLinks.Button.SUBSCRIBE.href(url, url, name)), text(" · "),
                a("Google Calendar").withHref(FeedLinks.Button.GOOGLE.href(url, url, name)));
    }

    private static DomContent item(Entry entry, dev.confcal.web.feed.BaseUrl base) {
        Schedule schedule = entry.schedule();
        List<LocalDate> days = schedule.days();
        String when = days.isEmpty() ? "no sessions yet" : days.get(0) + (days.size() > 1
                ? " – " + days.get(days.size() - 1) : "");
        long starred = schedule.sessions().stream().filter(Session::starred).count();
        return li(a(schedule.title()).withHref(entry.path()),
                text(" · " + when + " · " + schedule.zone().getId() + " · " + schedule.sessions().size()
                        + " sessions, " + starred + " starred · "),
                feed("calendar", entry.path() + "calendar.ics", schedule.title(), base), text(" · "),
                feed("must-see", entry.path() + "starred.ics", schedule.title() + " (must-see)", base));
    }

    private FrontPage() {
    }
}
