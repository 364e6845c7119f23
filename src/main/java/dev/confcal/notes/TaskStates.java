package dev.confcal.notes;

/**
 * The task states Logseq and org-mode write before an item ({@code TODO}, {@code DONE}, {@code LATER}…): markers
 * of the person's to-do list, never part of a title. One list for every recogniser that skips them. (These words
 * are data the reader recognises, not unfinished code.)
 */
final class TaskStates {

    /** The states that leave the item in the plan. */
    static final String ACTIVE = "TODO|DONE|LATER|NOW|DOING|WAITING|WAIT|IN-PROGRESS";
    /** Every state, a cancelled one included (its item is then struck out). */
    static final String ANY = ACTIVE + "|CANCELED|CANCELLED";

    private TaskStates() {
    }
}
