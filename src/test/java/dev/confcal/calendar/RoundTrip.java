package dev.confcal.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
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
        List<Event> fromIcal4j = ical4j(ics);
        List<Event> fromBiweekly = biweekly(ics);
        assertThat(fromBiweekly).as("biweekly reads what ical4j reads").isEqualTo(fromIcal4j);
        return fromIcal4j;
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
