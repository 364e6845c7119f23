package dev.confcal.notes;

import dev.confcal.schedule.Speaker;
import java.util.List;
import java.util.Optional;

/** The session-link recognisers, for other stages that meet session page URLs (an official schedule's events). */
public final class SessionLinks {

    private SessionLinks() {
    }

    /** A link text's titles and speakers, as the notes reader reads them. */
    public record Title(List<String> titles, List<Speaker> speakers) {
    }

    /** {@code 中文 | English - Speaker, Company & Other, Company} as the notes reader reads a link's text. */
    public static Title title(String text) {
        LinkText read = LinkText.parse(text);
        return new Title(read.titles(), read.speakers());
    }

    /** The UID the notes reader gives a session linking to {@code url}, or empty for a URL of no known platform. */
    public static Optional<String> uidOf(String url) {
        return SchedulePlatform.session(url).map(SessionLink::uid);
    }
}
