package dev.confcal.notes;

import dev.confcal.schedule.ProblemCode;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Where the walk through the notes stands in time: the current day heading and time slot, and which slots come
 * after midnight. Within one day heading, a time six hours or more earlier than the one before it is read as
 * after midnight, on the next date (a late-night schedule), and said so.
 */
final class Timeline {

    private static final int MIDNIGHT_GAP_SECONDS = 6 * 3600;

    private final Problems problems;
    private LocalDate day;
    private boolean sawDay;
    private int dayLevel;
    private TimeHeading slot;
    private LocalDate slotDate;
    private int slotLine;
    private int slotLevel;
    private boolean sawSlot;
    /** Whether the current slot has no session yet: the first plain line under a bare time is its session. */
    private boolean freshSlot;
    private LocalTime previous;
    private int daysAfter;

    Timeline(Problems problems) {
        this.problems = problems;
    }

    /** A day heading: null when its date could not be read (its sessions then wait for a readable one). */
    void day(LocalDate date, int level) {
        day = date;
        sawDay = true;
        dayLevel = level;
        slot = null;
        freshSlot = false;
        sawSlot = false;
        slotLevel = 0;
        previous = null;
        daysAfter = 0;
    }

    void slot(TimeHeading heading, String text, int line, int level) {
        sawSlot = true;
        freshSlot = true;
        slotLevel = level;
        slot = heading;
        slotLine = line;
        slotDate = day == null ? null : dateOf(heading.time().start(), "time heading \"" + text + "\"", line);
    }

    /** A time written as a list item or a line of its own: a slot that does not change the heading levels. */
    void itemSlot(TimeHeading heading, String text, int line) {
        slot(heading, text, line, slotLevel);
    }

    /** A day written as a list item or a line of its own. */
    void itemDay(LocalDate date) {
        int level = dayLevel;
        int slots = slotLevel;
        day(date, level);
        slotLevel = slots;
    }

    boolean freshSlot() {
        return freshSlot && slot != null && slotDate != null;
    }

    void slotUsed() {
        freshSlot = false;
    }

    /** A time heading that could not be read: its sessions wait for a readable one. */
    void brokenSlot(int level) {
        sawSlot = true;
        freshSlot = false;
        slotLevel = level;
        slot = null;
    }

    /**
     * {@code 1:40} after {@code 12:25} under one day heading is 13:40, not a night: a clock without am/pm that
     * reads as the afternoon after the time above it is taken so, and said.
     */
    WrittenTime afterNoon(WrittenTime time, String what, int line) {
        LocalTime start = time.start();
        if (previous == null || start.getHour() < 1 || start.getHour() > 11) {
            return time;
        }
        int gap = previous.toSecondOfDay() - start.toSecondOfDay();
        LocalTime pm = start.plusHours(12);
        if (gap < MIDNIGHT_GAP_SECONDS || !pm.isAfter(previous)) {
            return time;
        }
        problems.add(ProblemCode.TIME_AFTER_NOON, line, what, previous, pm);
        LocalTime end = time.end() == null ? null : time.end().getHour() < 12 ? time.end().plusHours(12) : time.end();
        return new WrittenTime(pm, end);
    }

    /** The date a time under the current day heading falls on, after midnight or not. */
    LocalDate dateOf(LocalTime start, String what, int line) {
        if (previous != null && previous.toSecondOfDay() - start.toSecondOfDay() >= MIDNIGHT_GAP_SECONDS) {
            daysAfter++;
            problems.add(ProblemCode.SLOT_AFTER_MIDNIGHT, line, what, previous, day.plusDays(daysAfter));
        }
        previous = start;
        return day.plusDays(daysAfter);
    }

    LocalDate day() {
        return day;
    }

    boolean sawDay() {
        return sawDay;
    }

    TimeHeading slot() {
        return slot;
    }

    LocalDate slotDate() {
        return slotDate;
    }

    int slotLine() {
        return slotLine;
    }

    boolean sawSlot() {
        return sawSlot;
    }

    /** How deep a heading must be to be part of a session's notes rather than a new section. */
    int sectionLevel() {
        return Math.max(dayLevel, slotLevel);
    }
}
