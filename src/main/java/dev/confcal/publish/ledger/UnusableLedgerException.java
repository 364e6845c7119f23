package dev.confcal.publish.ledger;

/**
 * The ledger cannot be used, and confcal must not start over it: the path holds something else, another confcal
 * holds it, it is far too large, or it cannot be written. The message says which and what to do.
 */
public final class UnusableLedgerException extends Exception {
    private static final long serialVersionUID = 1L;

    private final boolean unwritable;

    UnusableLedgerException(String message, boolean unwritable) {
        super(message);
        this.unwritable = unwritable;
    }

    UnusableLedgerException(String message) {
        this(message, false);
    }

    /** Only that its folder cannot be written (a read-only volume): the ledger could be kept in memory instead. */
    public boolean unwritable() {
        return unwritable;
    }
}
