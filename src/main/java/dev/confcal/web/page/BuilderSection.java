package dev.confcal.web.page;

import static j2html.TagCreator.a;
import static j2html.TagCreator.aside;
import static j2html.TagCreator.button;
import static j2html.TagCreator.details;
import static j2html.TagCreator.div;
import static j2html.TagCreator.each;
import static j2html.TagCreator.fieldset;
import static j2html.TagCreator.form;
import static j2html.TagCreator.h2;
import static j2html.TagCreator.h3;
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
import static j2html.TagCreator.strong;
import static j2html.TagCreator.summary;
import static j2html.TagCreator.text;

import dev.confcal.calendar.FeedOptions;
import dev.confcal.schedule.Filter;
import dev.confcal.schedule.Language;
import dev.confcal.schedule.Schedule;
import dev.confcal.web.FeedParameter;
import dev.confcal.web.FeedQuery;
import dev.confcal.web.TrackFiles;
import j2html.tags.ContainerTag;
import j2html.tags.DomContent;
import j2html.tags.specialized.InputTag;
import j2html.tags.specialized.OptionTag;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The page's "Subscribe" part: the feed builder (a form whose fields are the feed's parameters, sent to the
 * server without JavaScript), how many sessions the feed holds, its URL, a button per calendar app saying which
 * app it is for, and what people need to know before they subscribe: that a private address cannot be reached by
 * calendar services, that Google ignores reminders in subscribed calendars, and what to do when Google's button
 * fails. A static export has no form; it lists the feeds it wrote.
 */
final class BuilderSection {

    private BuilderSection() {
    }

    /** On a phone: how many sessions, and the way to the builder, always at hand while scrolling the schedule. */
    static ContainerTag<?> quickBar(PageModel model) {
        Labels t = model.labels();
        // a landmark of its own, so that a screen reader's landmark list finds it and nothing is outside one
        return aside(span(t.count("count", model.selected().size())).withId("quick-count"),
                a(t.get("builder.title")).withHref("#subscribe").withClass("button subscribe").withId("quick-subscribe"))
                .withClass("quickbar").withId("quickbar").attr("aria-label", t.get("quickbar"));
    }

    static DomContent builder(Page page) {
        PageModel model = page.model();
        Labels t = page.labels();
        Schedule schedule = model.schedule();
        Filter filter = model.selection().filter();
        FeedOptions options = model.selection().options();
        Map<String, String> errors = model.request().errors();
        int count = model.selected().size();
        ContainerTag<?> form = form(
                iff(model.request().labelsAsked(), input().withType("hidden").withName(PageRequest.HL)
                        .withValue(t.code)),
                label(input().withType("checkbox").withName(FeedParameter.STARRED.key).withValue("true")
                        .withCondChecked(filter.starredOnly()), span(" ★ ").attr("aria-hidden", "true"),
                        text(t.get("builder.starred"))).withClass("check"),
                label(span(t.get("builder.keywords")), words(FeedParameter.Q, model.request().field(FeedParameter.Q, filter.keywords()), t.get("builder.keywords.example"))
                        .attr("aria-describedby", "words-hint")),
                label(span(t.get("builder.exclude")), words(FeedParameter.EXCLUDE, model.request().field(FeedParameter.EXCLUDE, filter.exclude()), "keynote")
                        .attr("aria-describedby", "words-hint")),
                small(t.get("builder.words.hint")).withId("words-hint").withClass("hint"),
                fieldset(legend(t.get("builder.days")), each(schedule.days(), day ->
                        label(input().withType("checkbox").withName(FeedParameter.DAY.key).withValue(day.toString())
                                .withCondChecked(filter.days().contains(day)), text(" " + t.day(day)))
                                .withClass("check"))),
                iff(!schedule.trackNames().isEmpty(), label(span(t.get("builder.track")), select(
                        option(t.get("builder.track.any")).withValue(""),
                        each(schedule.trackNames(), track -> trackOption(schedule.trackTitle(track),
                                        TextLanguage.of(schedule.trackTitle(track)), t).withValue(track)
                                .withCondSelected(track.equals(filter.track()))))
                        .withName(FeedParameter.TRACK.key))),
                label(span(t.get("builder.alarm")), alarm(options, errors.containsKey(FeedParameter.ALARM.key), t),
                        text(" " + t.get("builder.alarm.after"))),
                label(span(t.get("builder.titles")), select(
                        option(t.get("builder.titles.both")).withValue(""),
                        option("中文").withValue("zh").attr("lang", "zh-Hans")
                                .withCondSelected(options.language() == Language.ZH),
                        option("English").withValue("en").attr("lang", "en")
                                .withCondSelected(options.language() == Language.EN))
                        .withName(FeedParameter.LANG.key)),
                button(t.get("builder.update")).withType("submit").withId("update"))
                .withMethod("get").withAction(model.local("/")).withId("builder")
                .withData("base", model.base().toString())
                .withData("json", model.local(FeedQuery.JSON_PATH))
                .withData("count", model.local(FeedQuery.COUNT_PATH))
                .withData("page", model.local("/"))
                .withData("name", schedule.title())
                .withData("words", FeedQuery.FORM_WORD);
        return page.own(section(details(
                summary(h2(t.get("builder.title")).withId("subscribe-title")),
                form,
                div(each(errors.entrySet().stream().toList(), error -> fieldError(page, error.getKey(), error.getValue())))
                        .withId("form-errors").withClass("field-errors").attr("aria-live", "polite")
                        .withData("request", t.get("error.request")),
                around(p().withClass("count").attr("aria-live", "polite"), t.get("builder.count"),
                        span(t.count("count", count)).withId("feed-count")
                                .withData("one", t.get("count.one")).withData("many", t.get("count.many"))),
                label(t.get("builder.url")).attr("for", "feed-url").withClass("url-label"),
                input().withType("text").isReadonly().withId("feed-url").withValue(model.feedUrl()),
                warnings(page, model.feedUrl(), model.downloadUrl(), true),
                notes(page, options.alarmMinutes() != null))
                .withId("builder-box").attr("open", ""))
                .withId("subscribe").attr("aria-labelledby", "subscribe-title"));
    }

    /** A static export cannot filter: it offers the feeds it wrote. */
    static DomContent staticFeeds(Page page) {
        PageModel model = page.model();
        Labels t = page.labels();
        Map<String, FeedQuery> feeds = new LinkedHashMap<>();
        feeds.put(t.get("static.all"), FeedQuery.calendar());
        feeds.put(t.get("static.starred"), FeedQuery.starred());
        TrackFiles.exported(model.schedule())
                .forEach(track -> feeds.put(t.get("static.track", model.schedule().trackTitle(track)), FeedQuery.track(track)));
        List<Map.Entry<String, FeedQuery>> list = feeds.entrySet().stream().toList();
        return page.own(section(details(summary(h2(t.get("builder.title")).withId("subscribe-title")),
                privateWarning(page),
                each(list, feed -> div(h3(feed.getKey()),
                        buttons(page, model.link(feed.getValue()), model.link(feed.getValue()), false))
                        .withClass("feed")),
                notes(page, false))
                .withId("builder-box").attr("open", ""))
                .withId("subscribe").attr("aria-labelledby", "subscribe-title"));
    }

    /** A track's option, marked with its language where it is not that of the labels around it. */
    private static OptionTag trackOption(String title, String language, Labels t) {
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

    private static InputTag words(FeedParameter parameter, String value, String example) {
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

    /** The warning about a private address, then the buttons. */
    private static DomContent warnings(Page page, String feedUrl, String downloadUrl, boolean withIds) {
        return fragment(privateWarning(page), buttons(page, feedUrl, downloadUrl, withIds));
    }

    /**
     * Said when calendar services cannot reach the feeds' address; on a static export whose address only the
     * browser knows, app.js shows it when the page is opened from a file or a private address.
     */
    private static DomContent privateWarning(Page page) {
        PageModel model = page.model();
        boolean known = model.base() != null;
        if (known && !model.privateAddress()) {
            return null;
        }
        String host = known ? model.base().host() : "";
        var warning = around(p(strong(page.labels().get("warning.private.title")), text(" ")),
                page.labels().get("warning.private"), j2html.TagCreator.code(host).withId("private-host"))
                .withClass("warning").withId("private-warning");
        return known ? warning : warning.isHidden().withData("check", "browser");
    }

    private static DomContent buttons(Page page, String url, String downloadUrl, boolean withIds) {
        Labels t = page.labels();
        String name = page.model().schedule().title();
        return p(
                each(List.of(FeedLinks.Button.values()), button -> {
                    var link = a(strong(t.get("button." + button.kind)), text(" "),
                            small(t.get("button." + button.kind + ".for")))
                            .withHref(button.href(url, downloadUrl, name))
                            .withClass("button " + button.kind)
                            .withData("kind", button.kind).withData("template", button.template)
                            .withData("feed", url).withData("download", downloadUrl);
                    if (button == FeedLinks.Button.DOWNLOAD) {
                        link.attr("download", "");
                    }
                    return withIds ? link.withId(button.kind + "-link") : link;
                }),
                iff(withIds, button(t.get("builder.copy")).withType("button").withId("copy").isHidden()
                        .withData("done", t.get("builder.copied"))))
                .withClass("buttons");
    }

    /** Google's fallback, and (when a reminder is chosen) that Google drops it. */
    private static DomContent notes(Page page, boolean reminder) {
        Labels t = page.labels();
        return fragment(
                p(t.get("note.reminder")).withClass("note").withId("reminder-note").withCondHidden(!reminder),
                around(p().withClass("note").withId("google-help"), t.get("note.google"),
                        a(t.get("note.google.link")).withHref(FeedLinks.GOOGLE_ADD_BY_URL).attr("rel", "noopener")
                                .withId("google-settings")));
    }

    /** Elements side by side (j2html's {@code join} would drop the space before a full stop in them). */
    private static DomContent fragment(DomContent... parts) {
        return each(Arrays.stream(parts).filter(Objects::nonNull).toList(), part -> part);
    }

    /** {@code container} holding the label's text with {@code inner} in place of its {@code {0}}. */
    static ContainerTag<?> around(ContainerTag<?> container, String label, DomContent inner) {
        int at = label.indexOf("{0}");
        if (at < 0) {
            return container.with(text(label), text(" "), inner);
        }
        return container.with(text(label.substring(0, at)), inner, text(label.substring(at + 3)));
    }
}
