package dev.confcal.calendar;

import dev.confcal.schedule.Language;

/**
 * How a feed is written, beyond which sessions it holds.
 *
 * @param language     SUMMARY in one language of a bilingual title, or null for both
 * @param alarmMinutes a reminder this many minutes before each event (0–1440), or null for none
 */
public record FeedOptions(Language language, Integer alarmMinutes) {

    public static final FeedOptions DEFAULT = new FeedOptions(null, null);
    public static final int MAX_ALARM_MINUTES = 24 * 60;

    public FeedOptions {
        if (alarmMinutes != null && (alarmMinutes < 0 || alarmMinutes > MAX_ALARM_MINUTES)) {
            throw new IllegalArgumentException("alarm must be 0 to " + MAX_ALARM_MINUTES + " minutes, not "
                    + alarmMinutes);
        }
    }
}
