package dev.confcal.notes;

import dev.confcal.schedule.ProblemCode;
import dev.confcal.schedule.Session;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the sessions read from the notes into {@link Session}s once the time zone is known: instants, the end of
 * a range (the next day when it ends after midnight), the default durations, titles and speakers, and the notes
 * as plain text and Markdown.
 */
final class SessionAssembler {

    /** A range that "ends" this much or more before it starts is a typo, not a late night. */
    private static final Duration LONGEST_NIGHT = Duration.ofHours(12);

    private final FrontMatter frontMatter;
    private final NotesText notesText;
    private final LineIndex lines;
    private final Problems problems;
    private final Set<Integer> rangesReported = new HashSet<>();

    SessionAssembler(FrontMatter frontMatter, NotesText notesText, LineIndex lines, Problems problems) {
        this.frontMatter = frontMatter;
        this.notesText = notesText;
        this.lines = lines;
        this.problems = problems;
    }

    List<Session> sessions(List<Draft> drafts, ZoneId zone) {
        List<Session> sessions = new ArrayList<>(drafts.size());
        for (Draft draft : drafts) {
            sessions.add(session(draft, zone));
        }
        return sessions;
    }

    private Session session(Draft draft, ZoneId zone) {
        LinkText text = draft.text;
        ZonedDateTime start = ZonedDateTime.of(draft.date, draft.time.start(), zone);
        ZonedDateTime end = end(draft, start, zone);
        if (end == null) {
            end = start.plusMinutes(text.tutorial() ? frontMatter.tutorialDuration() : frontMatter.duration());
        }
        NotesText.Written notes = notesText.write(draft.notes);
        String plain = notes.plain();
        String markdown = notes.markdown();
        if (notes.depth() > Nesting.MAX_NOTES_DEPTH) {
            problems.add(ProblemCode.NOTES_TOO_DEEP, firstLine(draft), notes.depth());
            plain = markdown;
            markdown = asCodeBlock(markdown);
        }
        return new Session(draft.link.id(), draft.link.uid(), draft.link.url(), text.titles(), text.speakers(),
                draft.starred, text.tutorial(), start, end, draft.location, plain, markdown, draft.line);
    }

    /** The end of a written range, or null for the default duration. */
    private ZonedDateTime end(Draft draft, ZonedDateTime start, ZoneId zone) {
        LocalTime to = draft.time.end();
        if (to == null) {
            return null;
        }
        if (to.isAfter(draft.time.start())) {
            ZonedDateTime end = ZonedDateTime.of(draft.date, to, zone);
            return end.isAfter(start) ? end : null;
        }
        Duration overnight = Duration.between(draft.time.start(), to).plusDays(1);
        boolean first = rangesReported.add(draft.timeLine);
        if (overnight.compareTo(LONGEST_NIGHT) > 0 || overnight.isZero()) {
            if (first) {
                problems.add(ProblemCode.RANGE_ENDS_BEFORE_START, draft.timeLine, draft.time.start(), to);
            }
            return null;
        }
        if (first) {
            problems.add(ProblemCode.RANGE_PAST_MIDNIGHT, draft.timeLine, draft.time.start(), to,
                    draft.date.plusDays(1));
        }
        return ZonedDateTime.of(draft.date.plusDays(1), to, zone);
    }

    private int firstLine(Draft draft) {
        NotesText.Fragment first = draft.notes.get(0);
        if (first instanceof NotesText.Block block) {
            return lines.line(block.node().getStartOffset());
        }
        if (first instanceof NotesText.Item item) {
            return lines.line(item.item().getStartOffset());
        }
        if (first instanceof NotesText.Lines part) {
            return lines.line(part.from());
        }
        return draft.line;
    }

    /** Markdown shown verbatim: a fence longer than any run of backticks inside. */
    private static String asCodeBlock(String text) {
        int longest = 0;
        Matcher runs = Pattern.compile("`+").matcher(text);
        while (runs.find()) {
            longest = Math.max(longest, runs.group().length());
        }
        String fence = "`".repeat(Math.max(3, longest + 1));
        return fence + "\n" + text + "\n" + fence;
    }
}
