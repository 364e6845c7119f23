package dev.confcal.web;

/** The media types confcal answers with, each as its Content-Type header says it, byte for byte. */
final class MediaTypes {

    static final String CALENDAR = "text/calendar; charset=utf-8";
    static final String JSON = "application/json;charset=utf-8";
    static final String HTML = "text/html;charset=utf-8";
    static final String TEXT = "text/plain;charset=utf-8";
    static final String CSS = "text/css;charset=utf-8";
    static final String JAVASCRIPT = "text/javascript;charset=utf-8";

    private MediaTypes() {
    }
}
