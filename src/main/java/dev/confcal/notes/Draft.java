package dev.confcal.notes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A session being read: where and when it is, and its notes, which grow until the next session or heading. */
final class Draft {

    final SessionLink link;
    /** The link's text read as titles and speakers. */
    final LinkText text;
    final boolean starred;
    final int line;
    final LocalDate date;
    final WrittenTime time;
    /** Where its time is written: its own line, or its time heading. */
    final int timeLine;
    final ZoneSuffix suffix;
    final String location;
    /** The heading level of a session written as a heading, else 0. */
    final int level;
    final List<NotesText.Fragment> notes = new ArrayList<>();

    Draft(SessionLink link, LinkText text, boolean starred, int line, LocalDate date, WrittenTime time, int timeLine,
          ZoneSuffix suffix, String location, int level) {
        this.link = link;
        this.text = text;
        this.starred = starred;
        this.line = line;
        this.date = date;
        this.time = time;
        this.timeLine = timeLine;
        this.suffix = suffix;
        this.location = location;
        this.level = level;
    }
}
