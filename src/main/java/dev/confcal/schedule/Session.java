package dev.confcal.schedule;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * One session picked in the notes.
 *
 * @param id        the schedule's id ({@code 1PTJt}), or a stable hash of the URL for other links
 * @param uid       the iCalendar UID, {@code id@host}
 * @param url       the cleaned schedule link ({@code https://host/event/ID/slug}, no query), or null for a session
 *                  the notes name without a link ({@code - 11:45 Gateway API — Rob Scott})
 * @param titles    one title, or two when the notes are bilingual ({@code 中文 | English})
 * @param location  where this session is, when the notes say (a room from its time heading), or null; the
 *                  schedule's location applies to every session
 * @param notes     the person's notes as readable plain text (may be empty)
 * @param notesMarkdown the same notes as the Markdown source, for rendering as HTML
 * @param line      where the session's link stands in the notes file
 */
public record Session(
        String id,
        String uid,
        String url,
        List<String> titles,
        List<Speaker> speakers,
        boolean starred,
        boolean tutorial,
        ZonedDateTime start,
        ZonedDateTime end,
        String location,
        String notes,
        String notesMarkdown,
        int line) {

    public Session {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        titles = List.copyOf(titles);
        speakers = List.copyOf(speakers);
        location = location == null || location.isBlank() ? null : location.strip();
        notes = notes == null ? "" : notes;
        notesMarkdown = notesMarkdown == null ? "" : notesMarkdown;
        if (titles.isEmpty()) {
            throw new IllegalArgumentException("session " + id + " has no title");
        }
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("session " + id + " ends (" + end + ") before it starts (" + start + ")");
        }
    }

    /** The same session at other times (the official schedule moved it). */
    public Session withTimes(ZonedDateTime newStart, ZonedDateTime newEnd) {
        return new Session(id, uid, url, titles, speakers, starred, tutorial, newStart, newEnd, location, notes,
                notesMarkdown, line);
    }

    /** The same session under other titles and speakers (a bare link, named as the schedule names it). */
    public Session withTitles(List<String> newTitles, List<Speaker> newSpeakers) {
        return new Session(id, uid, url, newTitles, newSpeakers, starred, tutorial, start, end, location, notes,
                notesMarkdown, line);
    }

    /** The same wall-clock times read in {@code zone}: other instants. */
    public Session inZoneSameLocal(ZoneId zone) {
        return withTimes(start.withZoneSameLocal(zone), end.withZoneSameLocal(zone));
    }

    /** The same instants shown in {@code zone}. */
    public Session inZoneSameInstant(ZoneId zone) {
        return withTimes(start.withZoneSameInstant(zone), end.withZoneSameInstant(zone));
    }

    public LocalDate day() {
        return start.toLocalDate();
    }

    /** Both titles as the notes wrote them: {@code 中文 | English}. */
    public String fullTitle() {
        return String.join(" | ", titles);
    }

    /** The title in one language: {@code zh} picks the one with CJK characters, {@code en} the other. */
    public String title(Language language) {
        if (language == null || titles.size() == 1) {
            return fullTitle();
        }
        for (String title : titles) {
            if (Language.isChinese(title) == (language == Language.ZH)) {
                return title;
            }
        }
        return fullTitle();
    }

    /** The text a keyword filter searches: both titles, speakers, companies and notes. */
    public String searchableText() {
        StringBuilder text = new StringBuilder(fullTitle());
        for (Speaker speaker : speakers) {
            text.append('\n').append(speaker.name());
            if (speaker.company() != null) {
                text.append('\n').append(speaker.company());
            }
        }
        return text.append('\n').append(notes).toString();
    }
}
