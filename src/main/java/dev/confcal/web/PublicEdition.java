package dev.confcal.web;

import dev.confcal.calendar.Edition;

/**
 * An edition as the public gets it: feeds say which notes they come from ({@code X-WR-CALDESC}) by the file's name,
 * never the folder it is in on the server.
 */
final class PublicEdition {

    private PublicEdition() {
    }

    static Edition of(Edition edition) {
        String source = edition.schedule().source();
        int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
        if (slash < 0) {
            return edition;
        }
        return new Edition(edition.schedule().withSource(source.substring(slash + 1)), edition.revisions(),
                edition.cancelled(), edition.version());
    }
}
