package dev.confcal.web.feed;

import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads query strings, refusing those that do not decode cleanly: a malformed %-escape or %-escaped bytes that are not
 * UTF-8 would otherwise be decoded leniently into something the client never meant.
 */
public final class QueryStrings {

    private QueryStrings() {
    }

    /**
     * The parameters of a raw query string, each name with its values in order: split on {@code &} and
     * {@code =}, then percent-decoded ({@code +} is a space). One parser for every route, so a feed answers the
     * same whichever way its request was served.
     *
     * @throws InvalidRequestException when it does not decode cleanly ({@link #validate})
     */
    public static Map<String, List<String>> parse(String raw) {
        validate(raw);
        return split(raw);
    }

    private static Map<String, List<String>> split(String raw) {
        if (raw == null || raw.isEmpty()) {
            return Map.of();
        }
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (String pair : raw.split("&")) {
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            parameters.computeIfAbsent(name, n -> new ArrayList<>(1)).add(value);
        }
        return parameters;
    }

    /**
     * A feed's parameters ({@link #parse}), after refusing what a typo makes and would otherwise give the whole feed
     * silently, as an unknown parameter would not: a value without a name ({@code ?=1}) and a known parameter
     * without a value ({@code ?q}). An empty pair ({@code ?&}, a trailing {@code &}) asks nothing and is fine.
     */
    public static Map<String, List<String>> parseFeed(String raw) {
        validate(raw);
        if (raw != null && !raw.isEmpty()) {
            for (String pair : raw.split("&")) {
                if (pair.startsWith("=")) {
                    throw new InvalidRequestException("query string: a value without a parameter name (\""
                            + printable(decode(pair)) + "\")");
                }
                FeedParameter bare = pair.isEmpty() || pair.indexOf('=') >= 0 ? null
                        : FeedParameter.of(decode(pair));
                if (bare != null) {
                    throw new InvalidRequestException(bare.key, "parameter \"" + bare.key + "\" has no value: write "
                            + bare.key + "=…, or leave it out");
                }
            }
        }
        return split(raw);
    }

    private static String decode(String text) {
        return text.indexOf('%') < 0 && text.indexOf('+') < 0 ? text : URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    /** Refuses a query string that does not decode cleanly; every route's, whether it reads its query or not. */
    public static void validate(String raw) {
        if (raw == null || raw.indexOf('%') < 0) {
            return;
        }
        byte[] bytes = new byte[raw.length()];
        int length = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length() || Character.digit(raw.charAt(i + 1), 16) < 0
                        || Character.digit(raw.charAt(i + 2), 16) < 0) {
                    throw new InvalidRequestException("query string: malformed %-escape at character " + (i + 1));
                }
                bytes[length++] = (byte) Integer.parseInt(raw.substring(i + 1, i + 3), 16);
                i += 2;
            } else {
                bytes[length++] = (byte) (c < 0x80 ? c : '?');
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, 0, length));
        } catch (CharacterCodingException e) {
            throw new InvalidRequestException("query string: %-escaped bytes that are not UTF-8");
        }
    }

    /** Echoes a client's value safely: short, and no control characters. */
    static String printable(String value) {
        String clean = value.codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return clean.length() <= 40 ? clean : clean.substring(0, 40) + "…";
    }
}
