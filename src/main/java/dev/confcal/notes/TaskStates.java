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

    /** Roam's task boxes, {@code {{[[TODO]]}}}, {@code {{DONE}}}. */
    private static final java.util.regex.Pattern ROAM = java.util.regex.Pattern.compile(
            "\\{\\{(?:\\[\\[)?(TODO|DONE)(?:\\]\\])?\\}\\}");

    private TaskStates() {
    }

    /**
     * The notes with Roam's task boxes written as the plain states the recognisers read, padded to the same
     * length so that every offset and line stays where it was.
     */
    static String plainRoam(String text) {
        if (text.indexOf("{{") < 0) {
            return text;
        }
        java.util.regex.Matcher m = ROAM.matcher(text);
        return m.replaceAll(r -> r.group(1) + " ".repeat(r.group().length() - r.group(1).length()));
    }
}
