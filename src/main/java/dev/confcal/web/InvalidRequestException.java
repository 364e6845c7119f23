package dev.confcal.web;

/** A client's mistake: answered 400 with this message as plain text, naming the parameter. */
final class InvalidRequestException extends RuntimeException {

    InvalidRequestException(String message) {
        super(message, null, false, false);
    }
}
