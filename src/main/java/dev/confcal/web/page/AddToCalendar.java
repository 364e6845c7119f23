package dev.confcal.web.page;

import static j2html.TagCreator.a;
import static j2html.TagCreator.button;
import static j2html.TagCreator.details;
import static j2html.TagCreator.div;
import static j2html.TagCreator.each;
import static j2html.TagCreator.input;
import static j2html.TagCreator.label;
import static j2html.TagCreator.li;
import static j2html.TagCreator.p;
import static j2html.TagCreator.small;
import static j2html.TagCreator.span;
import static j2html.TagCreator.strong;
import static j2html.TagCreator.summary;
import static j2html.TagCreator.text;
import static j2html.TagCreator.ul;

import j2html.tags.ContainerTag;
import j2html.tags.DomContent;
import java.util.List;

/**
 * The one "Add to calendar" control: a menu (a {@code details}, so it opens without JavaScript) of the ways to add
 * the feed of what the list shows — the Apple Calendar and Outlook apps ({@code webcal://}), Google Calendar,
 * Outlook.com, Microsoft 365, a download, and the link to copy. Where calendar services cannot reach the feeds'
 * address, their three items are disabled buttons described by one line saying why; the operator's fix is in the
 * log and {@code /healthz}, not on the page. With nothing listed, the control is hidden and a line says so.
 */
final class AddToCalendar {

    /** The items that a calendar service on the internet fetches: disabled at a private address. */
    private static final List<FeedLinks.Button> SERVICES = List.of(FeedLinks.Button.GOOGLE, FeedLinks.Button.OUTLOOK,
            FeedLinks.Button.MICROSOFT365);

    private AddToCalendar() {
    }

    /**
     * @param count       how many sessions the feed holds: none, and the control is hidden
     * @param unreachable the host calendar services cannot reach, or null; {@code ""} when only the browser can tell
     *                    (a static export: app.js says it)
     * @param also        more for the menu's end (a static export's other feeds), or null
     */
    static DomContent render(Page page, int count, String feedUrl, String downloadUrl, String unreachable,
                             boolean reminder, DomContent also) {
        Labels t = page.labels();
        boolean disabled = unreachable != null && !unreachable.isEmpty();
        var menu = details(
                summary(t.get("add.title")).withClass("button primary").withId("add-button"),
                div(p(t.count("add.what", count)).withClass("add-what").withId("add-what")
                                .withData("one", t.get("add.what.one")).withData("many", t.get("add.what.many")),
                        ul(each(List.of(FeedLinks.Button.values()), button ->
                                li(disabled && SERVICES.contains(button) ? off(t, button)
                                        : item(page, button, feedUrl, downloadUrl))),
                                li(label(t.get("add.url")).attr("for", "feed-url").withClass("url-label"),
                                        div(input().withType("text").isReadonly().withId("feed-url").withValue(feedUrl),
                                                button(t.get("button.copy")).withType("button").withId("copy").isHidden()
                                                        .withData("done", t.get("button.copied"))).withClass("copy-row"))
                                        .withClass("copy")).withClass("items"),
                        unreachable == null ? null : reason(t, unreachable),
                        also,
                        p(t.get("note.reminder")).withClass("note").withId("reminder-note").withCondHidden(!reminder),
                        disabled ? null : Fragments.around(p().withClass("note").withId("google-help"),
                                t.get("note.google"), a(t.get("note.google.link")).withHref(FeedLinks.GOOGLE_ADD_BY_URL)
                                        .attr("rel", "noopener").withId("google-settings")))
                        .withClass("menu").withId("add-menu"))
                .withClass("add").withId("add");
        if (count == 0) {
            menu.isHidden();
        }
        return Fragments.of(menu, p(t.get("add.none")).withClass("add-none").withId("add-none")
                .withCondHidden(count != 0));
    }

    private static ContainerTag<?> item(Page page, FeedLinks.Button button, String feedUrl, String downloadUrl) {
        Labels t = page.labels();
        var link = a(strong(t.get("button." + button.kind)), text(" "), small(t.get("button." + button.kind + ".for")))
                .withHref(button.href(feedUrl, downloadUrl, page.model().schedule().title()))
                .withClass("item " + button.kind).withId(button.kind + "-link")
                .withData("kind", button.kind).withData("template", button.template)
                .withData("feed", feedUrl).withData("download", downloadUrl);
        if (button == FeedLinks.Button.DOWNLOAD) {
            link.attr("download", "");
        }
        return link;
    }

    /** A calendar service that cannot reach the feed: a disabled button, described by the reason. */
    private static ContainerTag<?> off(Labels t, FeedLinks.Button button) {
        return button(strong(t.get("button." + button.kind)), text(" "), small(t.get("button." + button.kind + ".for")))
                .withType("button").withClass("item " + button.kind).withId(button.kind + "-link").isDisabled()
                .attr("aria-describedby", "unreachable");
    }

    private static ContainerTag<?> reason(Labels t, String host) {
        var line = Fragments.around(p().withClass("unreachable").withId("unreachable"), t.get("unreachable"),
                span(host).withId("private-host").withClass("host"));
        return host.isEmpty() ? line.isHidden().withData("check", "browser") : line;
    }
}
