package dev.confcal.web.feed;

/** A client's mistake: answered 400 with this message as plain text, naming the parameter. */
public final class InvalidRequestException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The query parameter at fault, or null when the mistake is not one parameter's. */
    private final String parameter;

    InvalidRequestException(String message) {
        this(null, message);
    }

    InvalidRequestException(String parameter, String message) {
        super(message, null, false, false);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
