package dev.confcal.web.page;

import static j2html.TagCreator.a;
import static j2html.TagCreator.button;
import static j2html.TagCreator.details;
import static j2html.TagCreator.div;
import static j2html.TagCreator.each;
import static j2html.TagCreator.fieldset;
import static j2html.TagCreator.form;
import static j2html.TagCreator.iff;
import static j2html.TagCreator.input;
import static j2html.TagCreator.label;
import static j2html.TagCreator.legend;
import static j2html.TagCreator.option;
import static j2html.TagCreator.p;
import static j2html.TagCreator.section;
import static j2html.TagCreator.select;
import static j2html.TagCreator.small;
import static j2html.TagCreator.span;
import static j2html.TagCreator.summary;
import static j2html.TagCreator.text;

import dev.confcal.calendar.FeedOptions;
import dev.confcal.schedule.Filter;
import dev.confcal.schedule.Language;
import dev.confcal.schedule.Schedule;
import dev.confcal.schedule.Synonyms;
import dev.confcal.web.feed.FeedParameter;
import dev.confcal.web.feed.FeedQuery;
import j2html.tags.ContainerTag;
import j2html.tags.DomContent;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The top of the server's page: what finds sessions and what adds them to a calendar, in one form whose fields are
 * the feed's parameters (sent to the server without JavaScript; {@code app.js} only saves the round trip). The
 * search box with the count beside it and {@link AddToCalendar}, the day tabs and "must-see only", topic chips
 * ({@link TopicChips}), the synonyms a keyword also finds, and the rarer fields folded under "More options".
 */
final class Finder {

    private Finder() {
    }

    static DomContent render(Page page) {
        PageModel model = page.model();
        Labels t = page.labels();
        Schedule schedule = model.schedule();
        Filter filter = model.selection().filter();
        FeedOptions options = model.selection().options();
        Map<String, String> errors = model.request().errors();
        int count = model.selected().size();
        boolean optionsSet = !filter.exclude().isEmpty() || filter.track() != null || options.alarmMinutes() != null
                || options.language() != null || !errors.isEmpty();
        ContainerTag<?> form = form(
                iff(model.request().labelsAsked(), input().withType("hidden").withName(PageRequest.HL).withValue(t.code)),
                div(label(span(t.get("search.label")).withClass("sr-only"),
                                words(FeedParameter.Q, model.request().field(FeedParameter.Q, filter.keywords()),
                                        t.get("search.placeholder")).withId("q").attr("aria-describedby", "words-hint"))
                                .withClass("search"),
                        button(t.get("search.submit")).withType("submit").withId("update"),
                        p(span(t.count("count", count)).withId("feed-count")
                                .withData("one", t.get("count.one")).withData("many", t.get("count.many")))
                                .withClass("count").attr("aria-live", "polite"),
                        AddToCalendar.render(page, count, model.feedUrl(), model.downloadUrl(),
                                model.privateAddress() ? model.base().host() : null, options.alarmMinutes() != null,
                                null))
                        .withClass("search-row"),
                div(dayTabs(t, schedule.days(), filter.days()),
                        label(input().withType("checkbox").withName(FeedParameter.STARRED.key).withValue("true")
                                        .withCondChecked(filter.starredOnly()),
                                span(span("★ ").attr("aria-hidden", "true"), text(t.get("starred.only"))))
                                .withClass("tab toggle"))
                        .withClass("tabs-row"),
                topics(page, filter),
                synonyms(t, filter.keywords()),
                div(each(errors.entrySet().stream().toList(), error -> fieldError(page, error.getKey(), error.getValue())))
                        .withId("form-errors").withClass("field-errors").attr("aria-live", "polite")
                        .withData("request", t.get("error.request")),
                moreOptions(page, optionsSet, errors.containsKey(FeedParameter.ALARM.key)))
                .withMethod("get").withAction(model.local("/")).withId("builder")
                .withData("base", model.base().toString())
                .withData("count", model.local(FeedQuery.COUNT_PATH))
                .withData("page", model.local("/"))
                .withData("name", schedule.title())
                .withData("words", FeedQuery.FORM_WORD);
        return page.own(section(form).withId("finder").attr("aria-label", t.get("finder")));
    }

    /** One tab per day and "All days" (radio buttons: one day at a time); several days asked by a link: one more tab. */
    private static DomContent dayTabs(Labels t, List<LocalDate> days, List<LocalDate> chosen) {
        var tabs = fieldset(legend(t.get("days.label")).withClass("sr-only"),
                tab("", t.get("days.all"), chosen.isEmpty()),
                each(days, day -> tab(day.toString(), t.tab(day), chosen.size() == 1 && chosen.contains(day))));
        if (chosen.size() > 1) {
            tabs.with(tab(String.join(" ", chosen.stream().map(LocalDate::toString).toList()),
                    String.join(" + ", chosen.stream().map(t::tab).toList()), true));
        }
        return tabs.withClass("tabs").withId("day-tabs");
    }

    private static DomContent tab(String value, String text, boolean checked) {
        return label(input().withType("radio").withName(FeedParameter.DAY.key).withValue(value).withCondChecked(checked),
                span(text)).withClass("tab");
    }

    /** Topic chips: each a link to the page with that topic (app.js sets the field instead of leaving the page). */
    private static DomContent topics(Page page, Filter filter) {
        PageModel model = page.model();
        List<TopicChips.Chip> chips = model.chips();
        if (chips.isEmpty()) {
            return null;
        }
        return p(span(page.labels().get("topics.label")).withClass("topics-label"), each(chips, chip -> {
            Filter chosen = chip.track() != null
                    ? new Filter(filter.starredOnly(), List.of(), filter.exclude(), filter.days(), chip.track())
                    : new Filter(filter.starredOnly(), List.of(chip.keyword()), filter.exclude(), filter.days(), null);
            boolean current = chip.track() != null ? chip.track().equals(filter.track())
                    : filter.keywords().equals(List.of(chip.keyword()));
            var link = page.lang(a(chip.label()), chip.label())
                    .withHref(model.pageUrl(model.with(chosen), "")).withClass("chip");
            link = chip.track() != null ? link.withData("track", chip.track()) : link.withData("q", chip.keyword());
            return current ? link.attr("aria-current", "true") : link;
        })).withClass("topics").withId("topics");
    }

    /** Said when a keyword has synonyms: {@code “wasm” also finds “webassembly”.} */
    private static DomContent synonyms(Labels t, List<String> keywords) {
        List<String> said = new java.util.ArrayList<>();
        for (String word : keywords) {
            List<String> others = Synonyms.of(word).stream().filter(other -> !keywords.contains(other)).toList();
            if (!others.isEmpty()) {
                said.add(t.get("search.synonyms", word, String.join(t.get("crit.and"),
                        others.stream().map(other -> t.get("quote", other)).toList())));
            }
        }
        return p(String.join(" ", said)).withClass("hint synonyms").withId("synonyms").withCondHidden(said.isEmpty());
    }

    private static DomContent moreOptions(Page page, boolean open, boolean alarmInvalid) {
        PageModel model = page.model();
        Labels t = page.labels();
        Schedule schedule = model.schedule();
        Filter filter = model.selection().filter();
        FeedOptions options = model.selection().options();
        var box = details(summary(t.get("options.title")),
                div(small(t.get("search.hint")).withId("words-hint").withClass("hint"),
                        label(span(t.get("builder.exclude")), words(FeedParameter.EXCLUDE,
                                model.request().field(FeedParameter.EXCLUDE, filter.exclude()),
                                t.get("builder.exclude.example")).attr("aria-describedby", "words-hint")),
                        iff(!schedule.trackNames().isEmpty(), label(span(t.get("builder.track")), select(
                                option(t.get("builder.track.any")).withValue(""),
                                each(schedule.trackNames(), track -> trackOption(schedule.trackTitle(track),
                                                TextLanguage.of(schedule.trackTitle(track)), t).withValue(track)
                                        .withCondSelected(track.equals(filter.track()))))
                                .withName(FeedParameter.TRACK.key))),
                        label(span(t.get("builder.alarm")), alarm(options, alarmInvalid, t),
                                text(" " + t.get("builder.alarm.after"))),
                        label(span(t.get("builder.titles")), select(
                                option(t.get("builder.titles.both")).withValue(""),
                                option("中文").withValue("zh").attr("lang", "zh-Hans")
                                        .withCondSelected(options.language() == Language.ZH),
                                option("English").withValue("en").attr("lang", "en")
                                        .withCondSelected(options.language() == Language.EN))
                                .withName(FeedParameter.LANG.key)))
                        .withClass("options-body"))
                .withClass("options").withId("builder-box");
        return open ? box.attr("open", "") : box;
    }

    private static j2html.tags.specialized.OptionTag trackOption(String title, String language, Labels t) {
        var option = option(title);
        return language.equals(t.tag) ? option : option.attr("lang", language);
    }

    private static DomContent alarm(FeedOptions options, boolean invalid, Labels t) {
        var field = input().withType("number").withName(FeedParameter.ALARM.key).withMin("0")
                .withMax(String.valueOf(FeedOptions.MAX_ALARM_MINUTES)).attr("step", "1").attr("inputmode", "numeric")
                .withPlaceholder(t.get("builder.alarm.none"))
                .withValue(options.alarmMinutes() == null ? "" : options.alarmMinutes().toString())
                .withData("invalid", t.get("error.alarm"));
        return invalid ? field.attr("aria-invalid", "true") : field;
    }

    private static j2html.tags.specialized.InputTag words(FeedParameter parameter, String value, String example) {
        return input().withType("search").withName(parameter.key).withValue(value)
                .withPlaceholder(example).attr("autocomplete", "off").attr("data-words", "");
    }

    private static DomContent fieldError(Page page, String parameter, String message) {
        Labels t = page.labels();
        if (parameter.equals(FeedParameter.ALARM.key)) {
            return p(t.get("error.alarm")).withClass("field-error");
        }
        return p(text(t.get("error.field") + " "), page.english(span(message))).withClass("field-error");
    }
}
