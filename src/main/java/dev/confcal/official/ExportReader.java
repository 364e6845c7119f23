package dev.confcal.official;

import dev.confcal.notes.ProblemCode;
import dev.confcal.schedule.Problem;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.data.UnfoldingReader;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.DateProperty;

/**
 * Reads a schedule export (RFC 5545 bytes from a platform we do not control) into an {@link OfficialSchedule}.
 * The text is untrusted: its size, the number of events and every value's length are bounded, and an export that
 * is not whole — not UTF-8, not iCalendar, cut off before {@code END:VCALENDAR}, without a single usable event —
 * is refused as a whole, so it can never replace a good copy. Single events that cannot be used (no session page,
 * no time) are skipped and counted.
 */
public final class ExportReader {

    public static final int MAX_BYTES = 32 << 20;
    public static final int MAX_EVENTS = 50_000;
    static final int MAX_TITLE = 1_000;
    static final int MAX_ROOM = 200;
    static final int MAX_TRACKS = 20;
    static final int MAX_TRACK = 100;

    /**
     * What a read gives: the schedule (null when the export is unusable) and what went wrong, each problem
     * located at the export's name (and line, where ical4j says).
     */
    public record Reading(OfficialSchedule schedule, List<Problem> problems) {
        public Reading {
            problems = List.copyOf(problems);
        }

        public boolean usable() {
            return schedule != null;
        }
    }

    private ExportReader() {
    }

    /** @param source how the export is named in problems: its URL or file */
    public static Reading read(String source, byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            return refused(source, "is larger than " + (MAX_BYTES >> 20) + " MB");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return refused(source, "is not UTF-8 text");
        }
        String trimmed = text.replaceFirst("^\uFEFF", "").strip();
        if (!trimmed.regionMatches(true, 0, "BEGIN:VCALENDAR", 0, "BEGIN:VCALENDAR".length())) {
            return refused(source, "is not an iCalendar file (it starts with \"" + printable(trimmed, 30) + "\")");
        }
        if (!trimmed.regionMatches(true, trimmed.length() - "END:VCALENDAR".length(), "END:VCALENDAR", 0,
                "END:VCALENDAR".length())) {
            return refused(source, "is cut off: it does not end with END:VCALENDAR");
        }
        Calendar calendar;
        try {
            calendar = new CalendarBuilder().build(new UnfoldingReader(new StringReader(trimmed), true));
        } catch (ParserException e) {
            return refused(source, "is not valid iCalendar near line " + e.getLineNo() + " ("
                    + printable(String.valueOf(e.getMessage()), 80) + ")");
        } catch (IOException | RuntimeException e) {
            return refused(source, "cannot be read as iCalendar (" + printable(String.valueOf(e.getMessage()), 80) + ")");
        }
        return events(source, calendar);
    }

    private static Reading events(String source, Calendar calendar) {
        List<VEvent> events = new ArrayList<>();
        for (CalendarComponent component : calendar.getComponents()) {
            if (component instanceof VEvent event) {
                events.add(event);
            }
        }
        if (events.size() > MAX_EVENTS) {
            return refused(source, "has " + events.size() + " events, more than the " + MAX_EVENTS + " confcal reads");
        }
        ZoneId floatingZone = zone(value(calendar.getProperty("X-WR-TIMEZONE")));
        List<OfficialSession> sessions = new ArrayList<>();
        Set<String> urls = new LinkedHashSet<>();
        int withoutPage = 0;
        int withoutTime = 0;
        int duplicates = 0;
        for (VEvent event : events) {
            String url = value(event.getProperty(Property.URL));
            if (url == null || !url.matches("(?i)https?://\\S+")) {
                withoutPage++;
                continue;
            }
            Instant start = instant(event.getProperty(Property.DTSTART), floatingZone);
            Instant end = instant(event.getProperty(Property.DTEND), floatingZone);
            if (start == null || end == null || end.isBefore(start)) {
                withoutTime++;
                continue;
            }
            if (!urls.add(url)) {
                duplicates++;
                continue;
            }
            String title = bounded(value(event.getProperty(Property.SUMMARY)), MAX_TITLE);
            sessions.add(new OfficialSession(url, start, end, title == null ? "" : title,
                    bounded(value(event.getProperty(Property.LOCATION)), MAX_ROOM), tracks(event)));
        }
        List<Problem> problems = new ArrayList<>();
        if (sessions.isEmpty()) {
            return refused(source, "has no events with a session page (URL) and a time");
        }
        if (withoutPage + withoutTime + duplicates > 0) {
            problems.add(ProblemCode.SCHEDULE_EVENTS_SKIPPED.at(source, 0, withoutPage, withoutTime, duplicates));
        }
        String name = value(calendar.getProperty("X-WR-CALNAME"));
        if (name == null) {
            name = value(calendar.getProperty("NAME"));
        }
        return new Reading(new OfficialSchedule(bounded(name, MAX_TITLE), sessions), problems);
    }

    private static List<String> tracks(VEvent event) {
        Set<String> tracks = new LinkedHashSet<>();
        for (Property property : event.getProperties(Property.CATEGORIES)) {
            if (property instanceof Categories categories) {
                for (String track : categories.getCategories().getTexts()) {
                    String clean = bounded(track, MAX_TRACK);
                    if (clean != null && tracks.size() < MAX_TRACKS) {
                        tracks.add(clean);
                    }
                }
            }
        }
        return List.copyOf(tracks);
    }

    /** A date-time as an instant: UTC and zoned values as they are, floating ones in the export's zone. */
    private static Instant instant(Optional<Property> property, ZoneId floatingZone) {
        if (property.isEmpty() || !(property.get() instanceof DateProperty<?> date)) {
            return null;
        }
        try {
            Temporal value = date.getDate();
            if (value instanceof LocalDate || value == null) {
                return null; // an all-day entry is not a session
            }
            if (value instanceof LocalDateTime local) {
                return floatingZone == null ? null : local.atZone(floatingZone).toInstant();
            }
            return Instant.from(value);
        } catch (DateTimeException | IllegalArgumentException e) {
            return null;
        }
    }

    private static ZoneId zone(String id) {
        try {
            return id == null ? null : ZoneId.of(id);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String value(Optional<? extends Property> property) {
        return property.map(Property::getValue).filter(v -> !v.isBlank()).map(String::strip).orElse(null);
    }

    /** Control characters out (the writer would drop them too), white space collapsed, length bounded. */
    static String bounded(String text, int max) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), max));
        text.codePoints().map(c -> Character.isISOControl(c) || Character.isWhitespace(c) ? ' ' : c)
                .forEach(out::appendCodePoint);
        String clean = out.toString().replaceAll(" {2,}", " ").strip();
        if (clean.isEmpty()) {
            return null;
        }
        if (clean.codePointCount(0, clean.length()) <= max) {
            return clean;
        }
        return clean.substring(0, clean.offsetByCodePoints(0, max - 1)).strip() + "…";
    }

    private static Reading refused(String source, String why) {
        return new Reading(null, List.of(ProblemCode.SCHEDULE_UNUSABLE.at(source, 0, why)));
    }

    private static String printable(String text, int max) {
        String clean = bounded(text, max);
        return clean == null ? "" : clean;
    }
}
