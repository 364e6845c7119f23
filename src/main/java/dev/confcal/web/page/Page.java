package dev.confcal.web.page;

import j2html.tags.ContainerTag;

/** The page being built: its model and how it marks languages. */
record Page(PageModel model) {

    Labels labels() {
        return model.labels();
    }

    /** Marks an element holding the page's own words with their language, where it is not the page's. */
    <T extends ContainerTag<?>> T own(T element) {
        return model.articles().own(element);
    }

    /** Marks an element holding the notes' text with that text's language, where it is not the page's. */
    <T extends ContainerTag<?>> T lang(T element, String text) {
        return model.articles().lang(element, text);
    }

    /** Marks an element holding confcal's own English messages (problems). */
    <T extends ContainerTag<?>> T english(T element) {
        if (!TextLanguage.ENGLISH.equals(model.articles().pageLanguage())) {
            element.attr("lang", TextLanguage.ENGLISH);
        }
        return element;
    }
}
