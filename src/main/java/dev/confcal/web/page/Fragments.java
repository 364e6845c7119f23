package dev.confcal.web.page;

import static j2html.TagCreator.each;
import static j2html.TagCreator.text;

import j2html.tags.ContainerTag;
import j2html.tags.DomContent;
import java.util.Arrays;
import java.util.Objects;

/** Small helpers for putting the page's own words and elements together. */
final class Fragments {

    private Fragments() {
    }

    /** Elements side by side, nulls left out (j2html's {@code join} would drop the space before a full stop). */
    static DomContent of(DomContent... parts) {
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
