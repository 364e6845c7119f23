package dev.confcal.notes;

/**
 * What the notes ask of the conference's official schedule: front matter {@code schedule:} (where its export is;
 * checked where it is used) and {@code prefer:}, and whether the notes name the conference themselves.
 *
 * @param schedule    {@code auto}, a URL or a path as written, or null when the notes ask for none
 * @param line        where {@code schedule:} is written, for problems
 * @param preferNotes {@code prefer: notes}: keep the notes' times when the official ones differ
 * @param titleGiven  the front matter's {@code title:} or a title heading names the conference
 */
public record ScheduleRequest(String schedule, int line, boolean preferNotes, boolean titleGiven) {

    public static final ScheduleRequest NONE = new ScheduleRequest(null, 0, false, false);
}
