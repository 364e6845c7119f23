package dev.confcal.schedule;

import java.util.Collection;
import java.util.Locale;

/** Case-insensitive keyword matching over a session's searchable text. */
final class Keywords {

    private Keywords() {
    }

    static boolean matchesAny(Session session, Collection<String> keywords) {
        if (keywords.isEmpty()) {
            return false;
        }
        String text = session.searchableText().toLowerCase(Locale.ROOT);
        return keywords.stream().anyMatch(keyword -> text.contains(keyword.toLowerCase(Locale.ROOT)));
    }
}
