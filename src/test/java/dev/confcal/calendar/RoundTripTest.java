package dev.confcal.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import net.fortuna.ical4j.util.Strings;
import org.junit.jupiter.api.Test;

/** The reading RoundTrip holds feeds to, where ical4j's own is wrong. */
class RoundTripTest {

    /** Escaped as a feed writes it → what RFC 5545 says it means. */
    private static final Map<String, String> AN_ESCAPED_BACKSLASH_BEFORE_A_LINE_BREAK = Map.of(
            "a\\\\\\nb", "a\\\nb",
            "a\\\\\\Nb", "a\\\nb");

    /** When this fails, ical4j reads these right and {@link RoundTrip#ICAL4J_MISREADS} can go. */
    @Test
    void ical4jMisreadsAnEscapedBackslashBeforeALineBreakAndRoundTripReadsItAsTheRfcSays() {
        AN_ESCAPED_BACKSLASH_BEFORE_A_LINE_BREAK.forEach((escaped, meant) -> {
            assertThat(RoundTrip.ICAL4J_MISREADS.matcher(escaped).find()).as(escaped).isTrue();
            assertThat(RoundTrip.unescape(escaped)).as(escaped).isEqualTo(meant);
            assertThat(Strings.unescape(escaped)).as("ical4j on " + escaped).isNotEqualTo(meant);
        });
    }

    @Test
    void unescapesInOnePassAsRfc5545Says() {
        assertThat(RoundTrip.unescape("plain")).isEqualTo("plain");
        assertThat(RoundTrip.unescape("a\\nb")).isEqualTo("a\nb");
        assertThat(RoundTrip.unescape("a\\Nb")).isEqualTo("a\nb");
        assertThat(RoundTrip.unescape("a\\\\nb")).isEqualTo("a\\nb");
        assertThat(RoundTrip.unescape("C:\\\\")).isEqualTo("C:\\");
        assertThat(RoundTrip.unescape("x\\,y\\;z")).isEqualTo("x,y;z");
        assertThat(RoundTrip.unescape("a\\xb")).as("not an escape: kept").isEqualTo("a\\xb");
        assertThat(RoundTrip.ICAL4J_MISREADS.matcher("a\\\\nb").find()).as("ical4j reads this one right").isFalse();
        assertThat(RoundTrip.ICAL4J_MISREADS.matcher("a\\\\\\,b").find()).as("and this one").isFalse();
        assertThat(Strings.unescape("a\\\\\\,b")).isEqualTo(RoundTrip.unescape("a\\\\\\,b"));
    }
}
