package dev.confcal.official;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.data.ContentHandler;

/**
 * What confcal uses of an export, collected as ical4j's parser tokenizes it: the calendar's name and zone, and for
 * each VEVENT its URL, start, end, title, room and tracks. Nothing is built into ical4j's model: a VTIMEZONE is
 * skipped unread, so its rules are never expanded (one that repeats every second took the whole heap when ical4j
 * registered it), and so are other components and the properties of components inside an event (an alarm's).
 * Bounded: the number of events, and the length of every value kept.
 */
final class ExportEvents implements ContentHandler {

    /** A longer URL is no session page. */
    static final int MAX_URL = 2_000;
    /** Values longer than this are cut before they are kept (titles and rooms are bounded further later). */
    private static final int MAX_KEPT = 10_000;

    /** A date or date-time as written: its value, the TZID parameter, and whether it is a whole day. */
    record Time(String value, String tzid, boolean date) {
    }

    /** One VEVENT's parts confcal uses; any of them may be null. */
    record Event(String url, Time start, Time end, String title, String room, List<String> tracks) {
    }

    /** Components nest no deeper in any export (a VALARM in a VEVENT); ical4j's parser recurses per level. */
    static final int MAX_DEPTH = 8;

    /** More than confcal reads (events, or levels of components): the export is refused as a whole. */
    static final class TooMuch extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooMuch(String what) {
            super(what, null, false, false);
        }
    }

    private final int maxEvents;
    private final List<Event> events = new ArrayList<>();
    private final List<String> components = new ArrayList<>();
    private String calendarName;
    private String name;
    private String floatingZone;

    private String property;
    private String value;
    private String tzid;
    private boolean date;

    private String url;
    private Time start;
    private Time end;
    private String title;
    private String room;
    private List<String> tracks = new ArrayList<>();

    ExportEvents(int maxEvents) {
        this.maxEvents = maxEvents;
    }

    List<Event> events() {
        return events;
    }

    /** X-WR-CALNAME, else NAME, unescaped; or null. */
    String calendarName() {
        return calendarName != null ? calendarName : name;
    }

    /** X-WR-TIMEZONE: the zone of floating times; or null. */
    String floatingZone() {
        return floatingZone;
    }

    @Override
    public void startCalendar() {
        components.clear();
    }

    @Override
    public void endCalendar() {
        // every calendar of the stream adds its events
    }

    @Override
    public void startComponent(String component) {
        if (components.size() >= MAX_DEPTH) {
            throw new TooMuch("has components nested more than " + MAX_DEPTH + " deep");
        }
        components.add(component.toUpperCase(Locale.ROOT));
        if (inEvent()) {
            url = null;
            start = null;
            end = null;
            title = null;
            room = null;
            tracks = new ArrayList<>();
        }
    }

    @Override
    public void endComponent(String component) {
        if (inEvent()) {
            if (events.size() >= maxEvents) {
                throw new TooMuch("has more than " + maxEvents + " events, more than confcal reads");
            }
            events.add(new Event(url, start, end, title, room, List.copyOf(tracks)));
        }
        if (!components.isEmpty()) {
            components.remove(components.size() - 1);
        }
    }

    @Override
    public void startProperty(String name) {
        property = name.toUpperCase(Locale.ROOT);
        value = null;
        tzid = null;
        date = false;
    }

    @Override
    public void parameter(String name, String parameterValue) {
        String clean = unquoted(parameterValue);
        if (name.equalsIgnoreCase("TZID")) {
            tzid = cut(clean);
        } else if (name.equalsIgnoreCase("VALUE")) {
            date = clean.equalsIgnoreCase("DATE");
        }
    }

    @Override
    public void propertyValue(String propertyValue) {
        value = propertyValue;
    }

    @Override
    public void endProperty(String name) {
        if (value == null || property == null) {
            return;
        }
        if (components.isEmpty()) {
            switch (property) {
                case "X-WR-CALNAME" -> calendarName = unescape(cut(value));
                case "NAME" -> this.name = unescape(cut(value));
                case "X-WR-TIMEZONE" -> floatingZone = cut(value).strip();
                default -> { }
            }
        } else if (inEvent()) {
            switch (property) {
                case "URL" -> url = value.length() > MAX_URL ? null : value.strip();
                case "DTSTART" -> start = new Time(cut(value).strip(), tzid, date);
                case "DTEND" -> end = new Time(cut(value).strip(), tzid, date);
                case "SUMMARY" -> title = unescape(cut(value));
                case "LOCATION" -> room = unescape(cut(value));
                case "CATEGORIES" -> list(cut(value)).stream().limit(100L - tracks.size()).forEach(tracks::add);
                default -> { }
            }
        }
    }

    /** Properties count only directly inside a VEVENT that is directly inside the calendar. */
    private boolean inEvent() {
        return components.size() == 1 && components.get(0).equals("VEVENT");
    }

    /** A TEXT list (CATEGORIES): split on commas that are not escaped, each value unescaped; at most 100. */
    static List<String> list(String text) {
        List<String> values = new ArrayList<>();
        StringBuilder one = new StringBuilder();
        for (int i = 0; i < text.length() && values.size() < 100; i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                one.append(c).append(text.charAt(++i));
            } else if (c == ',') {
                values.add(unescape(one.toString()));
                one.setLength(0);
            } else {
                one.append(c);
            }
        }
        if (values.size() < 100) {
            values.add(unescape(one.toString()));
        }
        return values;
    }

    /** RFC 5545 §3.3.11, read in one pass: {@code \\}, {@code \;}, {@code \,}, {@code \n} and {@code \N}. */
    static String unescape(String text) {
        if (text.indexOf('\\') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                out.append(next == 'n' || next == 'N' ? '\n' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String unquoted(String text) {
        return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")
                ? text.substring(1, text.length() - 1) : text;
    }

    private static String cut(String text) {
        return text.length() > MAX_KEPT ? text.substring(0, MAX_KEPT) : text;
    }
}
