package dev.confcal.testing;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;

/**
 * Reads a feed back with two independent parsers, ical4j and biweekly, and checks the bytes the way strict
 * clients do. Every feed a test makes should go through {@link #events}.
 */
public final class RoundTrip {

    /** An event as both parsers agree it is. */
    public record Event(String uid, Instant start, Instant end, String summary, String description, String status,
                        int sequence, String location, List<String> categories) {
    }

    private RoundTrip() {
    }

    public static List<Event> events(byte[] ics) {
        assertWellFormed(ics);
        List<Event> fromIcal4j = ical4jAsTheRfcReads(ics);
        List<Event> fromBiweekly = ical4jsTimesOnChangeDays(biweekly(ics), fromIcal4j, changeDayEvents(ics));
        assertThat(fromBiweekly).as("biweekly reads what ical4j reads").isEqualTo(fromIcal4j);
        return fromIcal4j;
    }

    /**
     * biweekly 0.6.8 reads some local times on the day a zone's clocks change an hour off (01:00 in Chicago before the
     * spring-forward, 09:30 in Sydney after the fall-back), whatever the VTIMEZONE's shape (see {@code RoundTripTest}).
     * An event that starts or ends on such a day is held to ical4j's instants, which the tests compare with
     * java.time's, and to the consumers' readers in the consumers profile; every other field, and every other day,
     * biweekly must read as ical4j does.
     */
    private static List<Event> ical4jsTimesOnChangeDays(List<Event> biweekly, List<Event> ical4j, Set<String> uids) {
        Map<String, Event> byUid = new HashMap<>();
        ical4j.forEach(event -> byUid.put(event.uid(), event));
        List<Event> held = new ArrayList<>();
        for (Event event : biweekly) {
            Event other = byUid.get(event.uid());
            held.add(!uids.contains(event.uid()) || other == null ? event : new Event(event.uid(), other.start(),
                    other.end(), event.summary(), event.description(), event.status(), event.sequence(),
                    event.location(), event.categories()));
        }
        return held;
    }

    private static final Pattern ZONED =
            Pattern.compile("(?m)^(?:UID:(.+)|DT(?:START|END);TZID=([^:;]+):(\\d{8})T\\d{6})$");

    /** The UIDs of the events that start or end, in their TZID's local time, on a day that zone's clocks change. */
    public static Set<String> changeDayEvents(byte[] ics) {
        Set<String> uids = new HashSet<>();
        String uid = null;
        String unfolded = new String(ics, StandardCharsets.UTF_8).replace("\r\n ", "").replace("\r\n", "\n");
        Matcher line = ZONED.matcher(unfolded);
        while (line.find()) {
            if (line.group(1) != null) {
                uid = line.group(1);
            } else if (uid != null && clocksChange(ZoneId.of(line.group(2)),
                    LocalDate.parse(line.group(3), DateTimeFormatter.BASIC_ISO_DATE))) {
                uids.add(uid);
            }
        }
        return uids;
    }

    public static boolean clocksChange(ZoneId zone, LocalDate day) {
        ZoneRules rules = zone.getRules();
        return !rules.getOffset(day.atStartOfDay()).equals(rules.getOffset(day.plusDays(1).atStartOfDay()));
    }

    /**
     * ical4j 4.4.0 unescapes TEXT in several passes, so an escaped backslash right before another escape comes back
     * wrong ({@code \\\n}, a backslash then a line break, reads as a backslash, a backslash and "n"; only before
     * {@code n}/{@code N}: {@code \\\,} and {@code \\\;} it reads right; see
     * {@code RoundTripTest}). A value that holds that sequence is taken as RFC 5545 reads it, in one pass, from the
     * feed's own line, and biweekly must read exactly that; every other value is ical4j's own reading.
     */
    public static final Pattern ICAL4J_MISREADS = Pattern.compile("\\\\\\\\\\\\[nN]");
    private static final List<String> TEXTS = List.of("SUMMARY", "DESCRIPTION", "LOCATION");

    private static List<Event> ical4jAsTheRfcReads(byte[] ics) {
        Map<String, Map<String, String>> raw = rawTexts(new String(ics, StandardCharsets.UTF_8).replace("\r\n ", ""));
        List<Event> events = new ArrayList<>();
        for (Event event : ical4j(ics)) {
            Map<String, String> texts = raw.getOrDefault(event.uid(), Map.of());
            events.add(new Event(event.uid(), event.start(), event.end(),
                    rfcWhereIcal4jMisreads(event.summary(), texts.get("SUMMARY")),
                    rfcWhereIcal4jMisreads(event.description(), texts.get("DESCRIPTION")), event.status(),
                    event.sequence(), rfcWhereIcal4jMisreads(event.location(), texts.get("LOCATION")),
                    event.categories()));
        }
        return events;
    }

    private static String rfcWhereIcal4jMisreads(String ical4jValue, String escaped) {
        return escaped != null && ICAL4J_MISREADS.matcher(escaped).find() ? unescape(escaped) : ical4jValue;
    }

    /** Each VEVENT's own SUMMARY, DESCRIPTION and LOCATION as written (still escaped; not its VALARM's), by UID. */
    private static Map<String, Map<String, String>> rawTexts(String unfolded) {
        Map<String, Map<String, String>> byUid = new HashMap<>();
        Map<String, String> current = null;
        String uid = null;
        int nested = 0;
        for (String line : unfolded.split("\r\n")) {
            if (line.equals("BEGIN:VEVENT")) {
                current = new HashMap<>();
                uid = null;
            } else if (line.equals("END:VEVENT") && current != null) {
                byUid.put(uid, current);
                current = null;
            } else if (current != null && line.startsWith("BEGIN:")) {
                nested++;
            } else if (current != null && line.startsWith("END:")) {
                nested--;
            } else if (current != null && nested == 0 && line.startsWith("UID:")) {
                uid = line.substring(4);
            } else if (current != null && nested == 0) {
                for (String name : TEXTS) {
                    if (line.startsWith(name + ":") || line.startsWith(name + ";")) {
                        current.put(name, line.substring(valueStart(line)));
                    }
                }
            }
        }
        return byUid;
    }

    /** After the first colon outside a quoted parameter value. */
    private static int valueStart(String line) {
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ':' && !quoted) {
                return i + 1;
            }
        }
        return line.length();
    }

    /** RFC 5545 3.3.11 in one left-to-right pass: each escape is read once. */
    public static String unescape(String escaped) {
        StringBuilder text = new StringBuilder(escaped.length());
        for (int i = 0; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            if (c == '\\' && i + 1 < escaped.length()) {
                char next = escaped.charAt(++i);
                if (next == 'n' || next == 'N') {
                    text.append('\n');
                } else if (next == '\\' || next == ',' || next == ';') {
                    text.append(next);
                } else {
                    text.append('\\').append(next); // not an escape: kept as written
                }
            } else {
                text.append(c);
            }
        }
        return text.toString();
    }

    /**
     * CRLF only, every line at most 75 octets, no character split across a fold, a VTIMEZONE for every TZID
     * used, and DTSTAMP in every event.
     */
    public static void assertWellFormed(byte[] ics) {
        String text = new String(ics, StandardCharsets.UTF_8);
        String unfolded = text.replace("\r\n ", "");
        java.util.Set<String> defined = new java.util.HashSet<>();
        java.util.regex.Matcher tzid = java.util.regex.Pattern.compile("(?m)^TZID:([^\r\n]+)").matcher(unfolded);
        while (tzid.find()) {
            defined.add(tzid.group(1));
        }
        java.util.regex.Matcher used = java.util.regex.Pattern.compile(";TZID=([^:;]+)[:;]").matcher(unfolded);
        while (used.find()) {
            assertThat(defined).as("VTIMEZONE for TZID=%s", used.group(1)).contains(used.group(1));
        }
        List<String> lines = List.of(unfolded.split("\r\n"));
        assertThat(lines.stream().filter(line -> line.startsWith("DTSTAMP:")).count()).as("every VEVENT has a DTSTAMP")
                .isEqualTo(lines.stream().filter(line -> line.equals("BEGIN:VEVENT")).count());
        assertThat(text.getBytes(StandardCharsets.UTF_8)).as("valid UTF-8").isEqualTo(ics);
        assertThat(text).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        int lineStart = 0;
        for (int i = 0; i < ics.length; i++) {
            if (ics[i] == '\n') {
                assertThat(i).as("LF at byte %d is preceded by CR", i).isGreaterThan(0);
                assertThat(ics[i - 1]).as("LF at byte %d is preceded by CR", i).isEqualTo((byte) '\r');
                assertThat(i - 1 - lineStart).as("octets in line at byte %d", lineStart).isLessThanOrEqualTo(75);
                lineStart = i + 1;
                if (lineStart < ics.length) {
                    assertThat(ics[lineStart] & 0xC0).as("line at byte %d starts inside a character", lineStart)
                            .isNotEqualTo(0x80);
                }
            } else if (ics[i] == '\r') {
                assertThat(i + 1 < ics.length && ics[i + 1] == '\n').as("CR at byte %d is followed by LF", i).isTrue();
            }
        }
    }

    public static List<Event> ical4j(byte[] ics) {
        try {
            Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(ics));
            List<Event> events = new ArrayList<>();
            for (net.fortuna.ical4j.model.component.VEvent event : calendar.<net.fortuna.ical4j.model.component.VEvent>getComponents("VEVENT")) {
                events.add(new Event(
                        event.getUid().orElseThrow().getValue(),
                        Instant.from(event.<ZonedDateTime>getDateTimeStart().getDate()),
                        Instant.from(event.<ZonedDateTime>getDateTimeEnd().getDate()),
                        value(event, Property.SUMMARY),
                        value(event, Property.DESCRIPTION),
                        value(event, Property.STATUS),
                        Integer.parseInt(value(event, Property.SEQUENCE)),
                        value(event, Property.LOCATION),
                        event.getProperty(Property.CATEGORIES)
                                .map(p -> List.copyOf(((net.fortuna.ical4j.model.property.Categories) p)
                                        .getCategories().getTexts()))
                                .orElse(List.of())));
            }
            return events;
        } catch (IOException | ParserException e) {
            throw new AssertionError("ical4j cannot read the feed: " + e.getMessage(), e);
        }
    }

    private static String value(net.fortuna.ical4j.model.Component component, String name) {
        return component.getProperty(name).map(Property::getValue).orElse(null);
    }

    public static List<Event> biweekly(byte[] ics) {
        List<ICalendar> calendars = Biweekly.parse(new String(ics, StandardCharsets.UTF_8)).all();
        assertThat(calendars).hasSize(1);
        List<Event> events = new ArrayList<>();
        for (VEvent event : calendars.get(0).getEvents()) {
            events.add(new Event(
                    event.getUid().getValue(),
                    event.getDateStart().getValue().toInstant(),
                    event.getDateEnd().getValue().toInstant(),
                    event.getSummary().getValue(),
                    event.getDescription() == null ? null : event.getDescription().getValue(),
                    event.getStatus() == null ? null : event.getStatus().getValue(),
                    event.getSequence().getValue(),
                    event.getLocation() == null ? null : event.getLocation().getValue(),
                    event.getCategories().isEmpty() ? List.of() : List.copyOf(event.getCategories().get(0).getValues())));
        }
        return events;
    }
}
