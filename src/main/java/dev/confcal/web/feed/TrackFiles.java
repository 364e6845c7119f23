package dev.confcal.web.feed;

import dev.confcal.schedule.Schedule;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Which tracks a static export writes a file for ({@code tracks/<track>.ics}): those whose names are safe file
 * names on every system. The page offers those, and the export command names the others.
 */
public final class TrackFiles {

    /** A track name that is a safe file name on every system (no separators, not "." or ".."). */
    private static final Pattern SAFE_NAME = Pattern.compile("(?!\\.{1,2}$)[^/\\\\\\x00-\\x1f\\x7f:*?\"<>|]{1,100}");

    private TrackFiles() {
    }

    /** The tracks written as files: those whose names are safe file names (the others are left out). */
    public static List<String> exported(Schedule schedule) {
        return schedule.trackNames().stream().filter(TrackFiles::safeName).toList();
    }

    /** The tracks a static export leaves out, for the export command to report. */
    public static List<String> skipped(Schedule schedule) {
        return schedule.trackNames().stream().filter(track -> !safeName(track)).toList();
    }

    private static boolean safeName(String name) {
        return SAFE_NAME.matcher(name).matches() && !name.strip().isEmpty() && name.equals(name.strip());
    }
}
