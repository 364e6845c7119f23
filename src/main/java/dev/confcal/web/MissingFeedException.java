package dev.confcal.web;

/** A feed path that names no track or session of the edition served: a 404, with the message as its body. */
final class MissingFeedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    MissingFeedException(String message) {
        super(message, null, false, false);
    }
}
