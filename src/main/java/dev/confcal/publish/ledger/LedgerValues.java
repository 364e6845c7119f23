package dev.confcal.publish.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** The values a ledger holds, read within bounds: what is out of them is null, for the reader to report. */
final class LedgerValues {

    private static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    private LedgerValues() {
    }

    /** A SEQUENCE: a whole number from 0 to 2,147,483,647, or null. */
    static Integer sequence(JsonNode node) {
        if (node == null || !node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < 0) {
            return null;
        }
        return node.intValue();
    }

    /** A time between 1970 and 9999 in ISO-8601, or null. */
    static Instant instant(JsonNode node) {
        if (node == null || !node.isTextual()) {
            return null;
        }
        try {
            Instant instant = Instant.parse(node.textValue());
            return instant.isBefore(EARLIEST) || instant.isAfter(LATEST) ? null : instant;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static Instant latest(Instant a, Instant... others) {
        Instant latest = a;
        for (Instant other : others) {
            if (other != null && other.isAfter(latest)) {
                latest = other;
            }
        }
        return latest;
    }

    static boolean validUid(String uid) {
        return !uid.isEmpty() && uid.length() <= 1024 && uid.chars().noneMatch(Character::isISOControl);
    }

    static String shorten(String text) {
        String clean = text.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 80 ? clean.substring(0, 80) + "…" : clean;
    }
}
