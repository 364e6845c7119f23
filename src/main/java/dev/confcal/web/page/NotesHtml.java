package dev.confcal.web.page;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;

/**
 * A session's notes (the person's Markdown) as HTML that is safe to put in the page: raw HTML in the notes is
 * escaped, never passed through, and only http(s) and mailto links survive as links.
 */
final class NotesHtml {

    private static final MutableDataSet OPTIONS = new MutableDataSet()
            .set(HtmlRenderer.ESCAPE_HTML, true)
            .set(HtmlRenderer.SUPPRESSED_LINKS, "(?i)(?!https?://|mailto:).*")
            .set(HtmlRenderer.SOFT_BREAK, "<br>\n");
    private static final Parser PARSER = Parser.builder(OPTIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder(OPTIONS).build();

    private NotesHtml() {
    }

    static String render(String markdown) {
        return RENDERER.render(PARSER.parse(markdown));
    }
}
