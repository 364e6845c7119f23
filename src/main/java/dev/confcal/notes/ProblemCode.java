package dev.confcal.notes;

import dev.confcal.schedule.Problem;
import dev.confcal.schedule.Problem.Severity;
import java.util.Locale;

/**
 * Every problem the notes reader reports: a stable code for scripts and tests, what it means for publishing, and
 * its message, which says what to write instead. The one catalogue of problem codes (an {@code official} reader
 * adds its own here). Severity is the publisher's contract: an {@link Severity#ERROR} means sessions may be
 * missing, misplaced or mis-timed, so such a text is never published over a good one; a
 * {@link Severity#WARNING} was read with a fallback and never blocks publishing; a {@link Severity#NOTICE} says
 * what confcal assumed where the notes are silent.
 */
public enum ProblemCode {

    // The file as a whole
    NO_SESSIONS(Severity.ERROR, "no sessions found: a session is a link to its schedule page on a line of its own"
            + " or in a list item, such as [Title - Speaker, Company](https://x.sched.com/event/ID)"),
    TOO_DEEPLY_NESTED(Severity.ERROR, "nests more than %d levels or is indented more than %d columns%s;"
            + " the deeper part is kept as text"),
    TOO_DEEP_TO_READ(Severity.ERROR,
            "the notes nest too deeply to be read (thousands of levels of lists, quotes or emphasis)"),
    UNCLOSED_COMMENT(Severity.ERROR, "an HTML comment opens here and never closes, so it hides the rest of the"
            + " notes (%d session links); close it with -->"),
    UNCLOSED_COMMENT_NOTES(Severity.WARNING, "an HTML comment opens here and never closes, so it hides the rest of"
            + " the notes; close it with -->"),
    UNCLOSED_OBSIDIAN_COMMENT(Severity.ERROR, "an Obsidian comment (%%%%) opens here and never closes, so it hides"
            + " the rest of the notes (%d session links); close it with %%%%"),
    UNCLOSED_OBSIDIAN_COMMENT_NOTES(Severity.WARNING, "an Obsidian comment (%%%%) opens here and never closes, so it"
            + " hides the rest of the notes%.0s; close it with %%%%"),
    STAR_FROM_LEGEND(Severity.NOTICE, "sessions marked %s are the starred ones, as the legend here says (\"%s\");"
            + " star-markers: in the front matter says otherwise"),
    TOO_MANY_LINKS(Severity.ERROR, "more than %d links in one paragraph%s, which is then kept as text: put blank"
            + " lines between them, or make them list items"),
    TOO_LONG_PARAGRAPH(Severity.ERROR, "a paragraph of more than %d lines%s: the rest of it is left out; put blank"
            + " lines between its parts"),

    // Front matter
    FRONT_MATTER_YAML(Severity.ERROR, "front matter is not valid YAML: %s"),
    FRONT_MATTER_NOT_KEYS(Severity.ERROR, "front matter must be a set of `key: value` lines"),
    UNCLOSED_FRONT_MATTER_COMMENT(Severity.WARNING, "an HTML comment opens here and never closes, so it hides the"
            + " rest of the front matter; close it with -->"),
    UNKNOWN_TIMEZONE(Severity.ERROR, "timezone \"%s\" is not an IANA time zone (such as Asia/Shanghai)"),
    UNWRITABLE_TIMEZONE(Severity.ERROR, "timezone \"%s\" has no iCalendar definition that calendars can read;"
            + " name the place instead, such as %s"),
    TIMEZONE_MAPPED(Severity.NOTICE, "timezone \"%s\" is written as %s, the iCalendar name of the same fixed"
            + " offset (no daylight saving time)"),
    BAD_YEAR(Severity.ERROR, "year \"%s\" is not a four-digit year"),
    BAD_START(Severity.ERROR, "start \"%s\" is not a date such as 2024-03-20"),
    BAD_DURATION(Severity.WARNING, "%s \"%s\" is not a number of minutes between 1 and 1440; using %d"),
    BAD_TRACKS(Severity.WARNING, "tracks must map each track name to a list of keywords"),
    BAD_TRACK_NAME(Severity.WARNING, "track name \"%s\" must be letters, digits, '-' or '_' (it becomes a URL)"),
    EMPTY_TRACK(Severity.WARNING, "track \"%s\" has no keywords"),
    BAD_SESSION_LINKS(Severity.ERROR, "session-links \"%s\" is not a valid regular expression: %s"),
    BAD_PREFER(Severity.WARNING, "prefer \"%s\" must be notes or schedule; using schedule (the official times"
            + " win)"),
    BAD_SCHEDULE(Severity.WARNING, "%s; the notes alone are served"),
    BAD_STAR_MARKERS(Severity.WARNING, "star-markers must be a list of markers such as [\"⭐\", \"(must see)\"];"
            + " using the default markers"),

    // Days
    UNREADABLE_DAY(Severity.ERROR, "day heading \"%s\" is not a date: %s"),
    WEEKDAY_MISMATCH(Severity.ERROR, "day heading \"%s\": %s"),
    UNDATED_DAY(Severity.ERROR, "day heading \"%s\" has no date, and no dated day heading before it nor the front"
            + " matter's start: gives one; write the date (\"## %s — 2024-03-21\") or set start: YYYY-MM-DD"),
    DAY_FROM_CONTEXT(Severity.NOTICE, "day heading \"%s\" is read as %s (%s)"),
    NUMERIC_DATE_ORDER(Severity.NOTICE, "day heading \"%s\" is read as %s (%s); write the month's name if you"
            + " mean the other order"),
    YEAR_FROM_NOTES(Severity.NOTICE, "day heading \"%s\" names no year: %d, the year %s names; set year: in the"
            + " front matter if that is wrong"),
    YEAR_FROM_WEEKDAY(Severity.WARNING, "day heading \"%s\" names no year: %d is the nearest year in which it is"
            + " a %s; set year: in the front matter if that is wrong"),
    YEAR_ASSUMED(Severity.WARNING, "no year in the notes, the options or the session links: assumed %d; set year:"
            + " in the front matter"),

    // Times
    TIME_BEFORE_DAY(Severity.ERROR, "time heading \"%s\" comes before any day heading (such as \"## 9月27日 周三\""
            + " or \"## Wednesday, April 19\")"),
    UNREADABLE_TIME(Severity.ERROR, "time heading \"%s\" is not a time (expected 11:00am, 13:55, 下午1:55 or a range"
            + " like 15:25 - 16:00)"),
    RANGE_ENDS_BEFORE_START(Severity.WARNING, "time range %s–%s ends before it starts; using the default duration"),
    RANGE_PAST_MIDNIGHT(Severity.NOTICE, "time range %s–%s ends after midnight, on %s"),
    TIME_AFTER_NOON(Severity.NOTICE, "%s comes after %s under the same day heading, so it is read as %s, in the"
            + " afternoon; write pm (or 24-hour times) if that is wrong"),
    SLOT_AFTER_MIDNIGHT(Severity.NOTICE, "%s comes after %s under the same day heading, so it is read as after"
            + " midnight, on %s"),
    ZONE_ASSUMED(Severity.WARNING, "no time zone in the notes (no city, venue or zone they name): times are read"
            + " in %s; set timezone: in the front matter (an IANA id such as Europe/Berlin) or location: the city"),
    ZONE_FROM_LANGUAGE(Severity.WARNING, "no city, venue or zone named: times are read in %s, the zone of %s, where"
            + " the %s these notes are written in is most spoken; set timezone: in the front matter (an IANA id such"
            + " as Europe/Berlin) or location: the city"),
    ZONE_FROM_PLACE(Severity.NOTICE, "time zone %s, the zone of the place %s names; set timezone: in the front"
            + " matter to choose another"),
    ZONE_DEFAULT_AGREES(Severity.NOTICE, "no time zone named: assumed %s (evidence: %s); set timezone: in the"
            + " front matter"),
    ZONE_EVIDENCE_DISAGREES(Severity.WARNING, "%s names %s (%s), but %s was taken from %s; set timezone: in the"
            + " front matter"),
    ZONE_FROM_NOTES(Severity.NOTICE, "time zone %s taken from %s; set timezone: in the front matter to choose"
            + " another"),
    ZONE_MISMATCH(Severity.ERROR, "time \"%s\" says %s, but in the notes' time zone %s it is UTC%s on %s; set"
            + " timezone: to the conference's zone, or correct the time"),
    AMBIGUOUS_ZONE_IN_NOTES(Severity.WARNING, "the notes say their times are %s, which names several time zones"
            + " (%s), and no place they name says which: set timezone: in the front matter"),
    AMBIGUOUS_ZONE(Severity.ERROR, "time \"%s\": %s names several time zones (%s); set timezone: in the front"
            + " matter"),

    // Sessions
    SESSION_BEFORE_DAY(Severity.ERROR, "%s comes before any day heading"),
    SESSION_WITHOUT_TIME(Severity.ERROR, "%s has no time: put it under a time heading such as \"### 11:00am\", or"
            + " start its line with the time (\"10:30 [Title](…)\")"),
    UNREADABLE_SESSION_LINK(Severity.ERROR, "session link \"%s\" is not a valid schedule URL (expected %s)"),
    UNBALANCED_BRACKETS(Severity.ERROR, "the link to %s has an unbalanced \"[\" or \"]\" around it, so its title"
            + " cannot be read: write [Title - Speaker, Company](%s), or escape a bracket in a title as \\["),
    SESSION_LINK_IN_TEXT(Severity.WARNING, "the link to %s comes after other text (\"%s\"), so it is read as part"
            + " of the notes, not as a session; to make it a session, start the line with the link (a time or a"
            + " star may come first)"),
    DUPLICATE_SESSION(Severity.WARNING, "duplicate %s (%s is already at line %d); this copy is ignored"),
    TITLE_FROM_URL(Severity.NOTICE, "session %s has no title: \"%s\" is taken from its link; write [Title -"
            + " Speaker, Company](…) to set one"),
    CROSSED_OUT(Severity.NOTICE, "\"%s\" is struck out, so it is not in the calendar; remove the ~~ to add it"),
    BREAK(Severity.NOTICE, "\"%s\" at %s is read as a break, not a session; link it to its schedule page to add"
            + " it"),
    UNREAD_TIMED_LINE(Severity.WARNING, "this line %s but was read as no session, day or break"
            + " (\"%s\"): if it is a session, write its time first and its title after it, under its day"
            + " (\"10:30 Title\", or \"10:30 [Title](link)\")"),
    TIMED_LINE_IN_NOTES(Severity.WARNING, "this line starts with a time (%s) but is read as notes of the session at"
            + " line %d; to make it a session of its own, start it at the left margin or as a list item of its own"),
    NOTES_TOO_DEEP(Severity.WARNING, "notes nest %d levels deep (lists or quotes); they are kept as plain text"),

    // The conference's official schedule (read by the official package, merged when publishing)
    SCHEDULE_SUGGESTED(Severity.NOTICE, "the notes link to %s: add schedule: auto to the front matter to take rooms,"
            + " exact times and tracks from its official schedule"),
    SCHEDULE_UNUSABLE(Severity.WARNING, "the official schedule %s; it is not used"),
    SCHEDULE_EVENTS_SKIPPED(Severity.NOTICE, "skipped %d events without a session page (URL), %d without a usable"
            + " start and end time (all-day, in an unknown zone, longer than a day or outside 1970–9998) and %d"
            + " repeated ones"),
    SCHEDULE_UNREACHABLE(Severity.WARNING, "the official schedule could not be fetched: %s; %s"),
    SCHEDULE_MISSING(Severity.WARNING, "%s: not in the official schedule (a typo in the link? cancelled?)"),
    SCHEDULE_MOVED(Severity.NOTICE, "%s: notes say %s, the schedule says %s%s"),
    SCHEDULE_FAR_OFF(Severity.WARNING, "%s: the schedule says %s, more than %d days from the notes' %s; keeping the"
            + " notes' time (another year's schedule?)"),
    ZONE_FROM_SCHEDULE(Severity.NOTICE, "the notes name no time zone and their times fit the official schedule in"
            + " %s (UTC%s), not the assumed %s; using %s (write timezone: in the front matter to name it yourself)"),
    ZONE_CONFIRMED(Severity.NOTICE, "no time zone in the notes: %s, which the official schedule's times confirm;"
            + " set timezone: in the front matter to say so"),
    ZONE_UNSETTLED(Severity.WARNING, "the notes name no time zone, and %s; times are read in the assumed %s — write"
            + " timezone: in the front matter");

    private final String code;
    private final Severity severity;
    private final String template;

    ProblemCode(Severity severity, String template) {
        this.code = name().toLowerCase(Locale.ROOT).replace('_', '-');
        this.severity = severity;
        this.template = template;
    }

    /** The stable, machine-readable code, such as {@code unreadable-time}. */
    public String code() {
        return code;
    }

    public Severity severity() {
        return severity;
    }

    /** The message, with {@code %s}/{@code %d} where the details go. */
    public String template() {
        return template;
    }

    /** The problem at a line (1-based; 0 for the file as a whole), its message filled in with the details. */
    public Problem at(String source, int line, Object... details) {
        return new Problem(source, line, code, severity, String.format(Locale.ROOT, template, details));
    }
}
