package dev.confcal.web;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Refuses query strings that do not decode cleanly: a malformed %-escape or %-escaped bytes that are not
 * UTF-8 would otherwise be decoded leniently into something the client never meant.
 */
final class QueryStrings {

    private QueryStrings() {
    }

    static void validate(String raw) {
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
}
