package dev.confcal.web.page;

import static j2html.TagCreator.a;
import static j2html.TagCreator.div;
import static j2html.TagCreator.each;
import static j2html.TagCreator.h2;
import static j2html.TagCreator.h3;
import static j2html.TagCreator.h4;
import static j2html.TagCreator.li;
import static j2html.TagCreator.p;
import static j2html.TagCreator.rawHtml;
import static j2html.TagCreator.section;
import static j2html.TagCreator.strong;
import static j2html.TagCreator.text;
import static j2html.TagCreator.ul;

import dev.confcal.schedule.Filter;
import dev.confcal.schedule.Schedule;
import dev.confcal.schedule.Session;
import dev.confcal.schedule.Synonyms;
import dev.confcal.web.feed.FeedQuery;
import j2html.tags.DomContent;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The schedule the finder selects, by day ({@code h3}) and time slot ({@code h4}), each session's title one level
 * below ({@code h5}), one line a session on a wide screen ({@link SessionArticles}); the day's and the slot's
 * headings stay in sight while their sessions scroll by; the matches of its keywords (and their synonyms) marked. When the selection is filtered, a line says what it
 * shows and links back to everything; when it is empty, {@link EmptySelection} says why and offers the nearest
 * selections that find something. A long selection lists its first day in full and folds the others into a
 * heading and a count, each unfolded on request ({@code show=DAY}): a page of 1,000 sessions stays small.
 */
final class ScheduleSection {

    /** Above this many sessions, days after the first are folded. */
    static final int FOLD_ABOVE = 100;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private ScheduleSection() {
    }

    static DomContent render(Page page) {
        PageModel model = page.model();
        Labels t = page.labels();
        List<Session> selected = model.selected();
        Filter filter = model.selection().filter();
        int all = model.schedule().sessions().size();
        Map<LocalDate, Map<LocalTime, List<Session>>> days = new LinkedHashMap<>();
        for (Session session : selected) {
            days.computeIfAbsent(session.day(), d -> new LinkedHashMap<>())
                    .computeIfAbsent(session.start().toLocalTime(), time -> new ArrayList<>()).add(session);
        }
        LocalDate first = days.isEmpty() ? null : days.keySet().iterator().next();
        boolean fold = !model.isStatic() && selected.size() > FOLD_ABOVE && days.size() > 1; // a file cannot unfold
        Map<ZonedDateTime, Integer> conflicts = model.conflicts();
        return section(
                page.own(h2(t.get("schedule.title")).withId("schedule-title").withClass("sr-only")),
                filter.isAll() ? null : shown(page, selected.size(), all),
                selected.isEmpty() && !filter.isAll() ? empty(page, all) : null,
                each(days.entrySet().stream().toList(), day -> fold && !day.getKey().equals(first)
                        && !model.request().show().contains(day.getKey())
                        ? folded(page, day.getKey(), day.getValue().values().stream().mapToInt(List::size).sum())
                        : day(page, day.getKey(), day.getValue(), conflicts, Synonyms.expand(filter.keywords()))))
                .withId("schedule").attr("aria-labelledby", "schedule-title");
    }

    private static DomContent day(Page page, LocalDate day, Map<LocalTime, List<Session>> slots,
                                  Map<ZonedDateTime, Integer> conflicts, List<String> keywords) {
        Labels t = page.labels();
        SessionArticles articles = page.model().articles();
        return div(page.own(h3(t.day(day))).withClass("day"),
                each(slots.entrySet().stream().toList(), slot -> {
                    ZonedDateTime start = slot.getValue().get(0).start();
                    return div(h4(CLOCK.format(slot.getKey())).withClass("slot-time"),
                            div(conflicts.containsKey(start) ? page.own(p(t.get("schedule.conflict",
                                    conflicts.get(start), CLOCK.format(slot.getKey()))).withClass("conflict")) : null,
                                    each(slot.getValue(), session -> rawHtml(articles.of(session, keywords))))
                                    .withClass("slot-sessions"))
                            .withClass("slot");
                }))
                .withClass("schedule-day").withId("day-" + day);
    }

    /** A day of a long selection: its heading, how many sessions, and a link that lists them. */
    private static DomContent folded(Page page, LocalDate day, int count) {
        Labels t = page.labels();
        PageModel model = page.model();
        String show = model.request().show().stream().map(d -> "&" + PageRequest.SHOW + "=" + d)
                .collect(Collectors.joining()) + "&" + PageRequest.SHOW + "=" + day;
        return page.own(div(h3(t.day(day)).withClass("day").withId("title-" + day),
                p(text(t.count("schedule.folded", count) + " "),
                        a(t.get("schedule.unfold")).withHref(model.pageUrl(model.selection(), show) + "#day-" + day)
                                .withClass("unfold").withData("show", day.toString()).withId("unfold-" + day)
                                .attr("aria-labelledby", "unfold-" + day + " title-" + day))
                        .withClass("fold")))
                .withClass("schedule-day folded").withId("day-" + day);
    }

    /** {@code 2 of 34 sessions: ★ starred · "wasm"} and the way back to everything. */
    private static DomContent shown(Page page, int count, int all) {
        Labels t = page.labels();
        PageModel model = page.model();
        return page.own(p(text(t.get("schedule.shown", count, all, describe(model.selection().filter(), t,
                        model.schedule())) + " "),
                a(t.count("schedule.all", all)).withHref(model.pageUrl(FeedQuery.calendar(), ""))
                        .withClass("refilter").withId("show-all"))
                .withClass("shown").withId("shown"));
    }

    private static DomContent empty(Page page, int all) {
        Labels t = page.labels();
        PageModel model = page.model();
        Schedule schedule = model.schedule();
        EmptySelection.Hint hint = EmptySelection.of(schedule, model.selection().filter());
        List<DomContent> why = new ArrayList<>();
        why.add(p(strong(t.get("empty.title"))));
        hint.unknown().forEach(word -> why.add(p(t.get("empty.unknown", quote(word, t)))));
        if (hint.parts().size() > 1) {
            why.add(p(t.get("empty.parts", String.join(" · ", hint.parts().stream().map(part ->
                    t.get("empty.part", criterion(part.criterion(), model.selection().filter(), t, schedule),
                            t.count("count", part.alone()))).toList()))));
        }
        List<DomContent> offers = new ArrayList<>();
        for (EmptySelection.Offer offer : hint.offers()) {
            String label = offer.replaced() != null
                    ? t.get("empty.instead", quote(offer.by(), t), quote(offer.replaced(), t))
                    : t.get("empty.without", criterion(offer.dropped(), model.selection().filter(), t, schedule));
            offers.add(li(a(label).withHref(model.pageUrl(with(model.selection(), offer.filter()), ""))
                    .withClass("refilter"), text(" — " + t.count("count", offer.count()))));
        }
        offers.add(li(a(t.count("schedule.all", all)).withHref(model.pageUrl(FeedQuery.calendar(), ""))
                .withClass("refilter")));
        why.add(p(t.get("empty.offers")));
        why.add(ul(offers.toArray(DomContent[]::new)));
        return page.own(div(why.toArray(DomContent[]::new)).withClass("empty").withId("empty")
                .attr("role", "status"));
    }

    private static FeedQuery with(FeedQuery selection, Filter filter) {
        return PageModel.with(selection, filter);
    }

    /** The selection in words: {@code ★ starred only · "wasm" or "istio" · Wed 27 Sep 2023}. */
    static String describe(Filter filter, Labels t, Schedule schedule) {
        List<String> parts = new ArrayList<>();
        for (EmptySelection.Criterion criterion : EmptySelection.Criterion.values()) {
            String text = criterion(criterion, filter, t, schedule);
            if (text != null) {
                parts.add(text);
            }
        }
        return String.join(" · ", parts);
    }

    private static String criterion(EmptySelection.Criterion criterion, Filter filter, Labels t, Schedule schedule) {
        return switch (criterion) {
            case STARRED -> filter.starredOnly() ? t.get("crit.starred") : null;
            case KEYWORDS -> filter.keywords().isEmpty() ? null : t.get("crit.keywords", words(filter.keywords(), t));
            case EXCLUDE -> filter.exclude().isEmpty() ? null : t.get("crit.exclude", words(filter.exclude(), t));
            case DAYS -> filter.days().isEmpty() ? null
                    : String.join(", ", filter.days().stream().map(t::shortDate).toList());
            case TRACK -> filter.track() == null ? null : t.get("crit.track", schedule.trackTitle(filter.track()));
        };
    }

    private static String words(List<String> words, Labels t) {
        return String.join(t.get("crit.or"), words.stream().map(word -> quote(word, t)).toList());
    }

    private static String quote(String word, Labels t) {
        return t.get("quote", word);
    }
}
