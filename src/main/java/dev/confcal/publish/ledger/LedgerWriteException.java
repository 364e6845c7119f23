package dev.confcal.publish.ledger;

/**
 * The ledger could not be saved (a full disk, a lost lock): nothing was published, and the last saved state is
 * still what the ledger holds, so no SEQUENCE a client saw can go back after a restart.
 */
public final class LedgerWriteException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    LedgerWriteException(String message, Throwable cause) {
        super(message, cause);
    }
}
