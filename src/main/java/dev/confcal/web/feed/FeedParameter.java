package dev.confcal.web.feed;

/** The query parameters; their names are the form fields of the landing page. */
public enum FeedParameter {
    STARRED("starred", false), Q("q", true), EXCLUDE("exclude", true), DAY("day", true),
    TRACK("track", false), ALARM("alarm", false), LANG("lang", false), DOWNLOAD("download", false);

    public final String key;
    final boolean repeatable;

    FeedParameter(String key, boolean repeatable) {
        this.key = key;
        this.repeatable = repeatable;
    }

    static FeedParameter of(String key) {
        for (FeedParameter parameter : values()) {
            if (parameter.key.equals(key)) {
                return parameter;
            }
        }
        return null;
    }

    static String known() {
        return String.join(", ", java.util.Arrays.stream(values()).map(p -> p.key).toList());
    }
}
