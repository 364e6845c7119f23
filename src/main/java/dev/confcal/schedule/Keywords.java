package dev.confcal.schedule;

import java.util.Collection;
import java.util.Locale;

/** Case-insensitive keyword matching over a session's searchable text. */
final class Keywords {

    private Keywords() {
    }

    /** The lower-cased searchable text: build it once when testing several keyword sets. */
    static String text(Session session) {
        return session.searchableText().toLowerCase(Locale.ROOT);
    }

    static boolean matchesAny(String lowerCaseText, Collection<String> keywords) {
        for (String keyword : keywords) {
            if (lowerCaseText.contains(keyword.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
