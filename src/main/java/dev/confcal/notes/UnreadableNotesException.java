package dev.confcal.notes;

/** The notes cannot be read at all (missing, not a file, not UTF-8): the message says which and where. */
public final class UnreadableNotesException extends Exception {

    public UnreadableNotesException(String message) {
        super(message);
    }
}
