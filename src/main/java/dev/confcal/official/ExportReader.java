package dev.confcal.official;

import dev.confcal.schedule.Problem;
import dev.confcal.schedule.ProblemCode;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarParserImpl;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.data.UnfoldingReader;

/**
 * Reads a schedule export (RFC 5545 bytes from a platform we do not control) into an {@link OfficialSchedule}.
 * The text is untrusted: its size, the number of events, every value's length and the cost of reading it
 * ({@link ReadBudget}) are bounded; ical4j only tokenizes it ({@link ExportEvents}): no VTIMEZONE rule is ever
 * expanded, and times are read by confcal ({@link ExportTime}). An export that is not whole — not UTF-8, not
 * iCalendar, cut off before {@code END:VCALENDAR}, without a single usable event — is refused as a whole, so it
 * can never replace a good copy. Single events that cannot be used (no session page, no usable time) are skipped
 * and counted. Problems say what kind of problem there is, never what the export holds: they are shown on public
 * pages; the detail is for the operator's log.
 */
public final class ExportReader {

    public static final int MAX_BYTES = 32 << 20;
    /**
     * The largest export this process reads: {@link #MAX_BYTES}, or an eighth of the heap when that is less. A read
     * holds the bytes, their text and the events, about four times the size at once; a 30 MB export took a 64 MB
     * heap (and whatever thread allocated next with it).
     */
    public static final int LARGEST = (int) Math.min(MAX_BYTES, Runtime.getRuntime().maxMemory() / 8);
    public static final int MAX_EVENTS = 50_000;
    static final int MAX_TITLE = 1_000;
    static final int MAX_ROOM = 200;
    static final int MAX_TRACKS = 20;
    static final int MAX_TRACK = 100;

    /**
     * What a read gives: the schedule (null when the export is unusable), what went wrong, each problem located at
     * the export's name, and for the operator's log what exactly (the export's first characters, the parser's
     * message), or null.
     */
    public record Reading(OfficialSchedule schedule, List<Problem> problems, String detail) {
        public Reading {
            problems = List.copyOf(problems);
        }

        public boolean usable() {
            return schedule != null;
        }
    }

    private ExportReader() {
    }

    /** @param source how the export is named in problems: its URL without the query, or its file's name */
    public static Reading read(String source, byte[] bytes) {
        return read(source, bytes, ReadBudget.DEFAULT);
    }

    static Reading read(String source, byte[] bytes, ReadBudget budget) {
        if (bytes.length > LARGEST) {
            return refused(source, "is larger than " + (LARGEST >> 20) + " MB", null);
        }
        if (!isUtf8(bytes)) {
            return refused(source, "is not UTF-8 text", null);
        }
        String text = new String(bytes, StandardCharsets.UTF_8); // one copy: a 32 MB export fits a small heap
        String trimmed = (text.startsWith("\uFEFF") ? text.substring(1) : text).strip();
        if (!trimmed.regionMatches(true, 0, "BEGIN:VCALENDAR", 0, "BEGIN:VCALENDAR".length())) {
            return refused(source, "is not an iCalendar file", "it starts with \"" + printable(trimmed, 30) + "\"");
        }
        if (!trimmed.regionMatches(true, trimmed.length() - "END:VCALENDAR".length(), "END:VCALENDAR", 0,
                "END:VCALENDAR".length())) {
            return refused(source, "is cut off: it does not end with END:VCALENDAR", null);
        }
        ExportEvents events = new ExportEvents(MAX_EVENTS);
        try {
            new CalendarParserImpl().parse(new UnfoldingReader(budget.watch(new StringReader(trimmed)), true), events);
        } catch (ExportEvents.TooMuch e) {
            return refused(source, e.getMessage(), null);
        } catch (StackOverflowError e) { // a nesting the parser's recursion met before the handler could stop it
            return refused(source, "nests too deeply to be read", null);
        } catch (ReadBudget.Exceeded e) {
            return refused(source, e.getMessage(), null);
        } catch (ParserException e) {
            if (e.getCause() instanceof ExportEvents.TooMuch tooMuch) { // thrown by the handler, wrapped by ical4j
                return refused(source, tooMuch.getMessage(), null);
            }
            return refused(source, "is not valid iCalendar near line " + e.getLineNo(),
                    printable(String.valueOf(e.getMessage()), 80));
        } catch (IOException | RuntimeException e) {
            return refused(source, "cannot be read as iCalendar", printable(String.valueOf(e), 80));
        }
        return sessions(source, events);
    }

    private static Reading sessions(String source, ExportEvents events) {
        ZoneId floatingZone = events.floatingZone() == null ? null : ExportTime.zone(events.floatingZone());
        List<OfficialSession> sessions = new ArrayList<>();
        Set<String> urls = new LinkedHashSet<>();
        int withoutPage = 0;
        int withoutTime = 0;
        int duplicates = 0;
        for (ExportEvents.Event event : events.events()) {
            String url = event.url();
            if (url == null || !url.matches("(?i)https?://\\S+")) {
                withoutPage++;
                continue;
            }
            ExportTime.Span span = ExportTime.span(event.start(), event.end(), floatingZone);
            if (span == null) {
                withoutTime++;
                continue;
            }
            if (!urls.add(url)) {
                duplicates++;
                continue;
            }
            String title = bounded(event.title(), MAX_TITLE);
            sessions.add(new OfficialSession(url, span.start(), span.end(), title == null ? "" : title,
                    bounded(event.room(), MAX_ROOM), tracks(event.tracks())));
        }
        List<Problem> problems = new ArrayList<>();
        if (sessions.isEmpty()) {
            return refused(source, "has no events with a session page (URL) and a usable time", null);
        }
        if (withoutPage + withoutTime + duplicates > 0) {
            problems.add(ProblemCode.SCHEDULE_EVENTS_SKIPPED.at(source, 0, withoutPage, withoutTime, duplicates));
        }
        return new Reading(new OfficialSchedule(bounded(events.calendarName(), MAX_TITLE), sessions), problems, null);
    }

    /** Strict UTF-8, checked through a small buffer rather than by decoding it all a second time. */
    private static boolean isUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return false;
            }
            if (result.isUnderflow()) {
                return !decoder.flush(out.clear()).isError();
            }
            out.clear();
        }
    }

    private static List<String> tracks(List<String> categories) {
        Set<String> tracks = new LinkedHashSet<>();
        for (String track : categories) {
            String clean = bounded(track, MAX_TRACK);
            if (clean != null && tracks.size() < MAX_TRACKS) {
                tracks.add(clean);
            }
        }
        return List.copyOf(tracks);
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

    private static Reading refused(String source, String why, String detail) {
        return new Reading(null, List.of(ProblemCode.SCHEDULE_UNUSABLE.at(source, 0, why)), detail);
    }

    private static String printable(String text, int max) {
        String clean = bounded(text, max);
        return clean == null ? "" : clean;
    }
}
