package dev.confcal.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /**
     * When this fails, biweekly reads the days clocks change right and {@code RoundTrip}'s holding of such events to
     * ical4j's instants can go.
     */
    @Test
    void biweeklyReadsSomeTimesOnTheDayClocksChangeAnHourOff() throws Exception {
        for (String golden : List.of("devopsdays-chicago-2026", "cloud-summit-sydney-2026")) {
            byte[] ics = Files.readAllBytes(Path.of("src/test/resources/golden", golden + ".ics"));
            Set<String> changeDay = RoundTrip.changeDayEvents(ics);
            List<RoundTrip.Event> ical4j = RoundTrip.ical4j(ics);
            List<RoundTrip.Event> biweekly = RoundTrip.biweekly(ics);
            List<String> misread = new ArrayList<>();
            for (int i = 0; i < ical4j.size(); i++) {
                if (!ical4j.get(i).start().equals(biweekly.get(i).start())) {
                    misread.add(ical4j.get(i).uid());
                    assertThat(Duration.between(biweekly.get(i).start(), ical4j.get(i).start()).abs())
                            .isEqualTo(Duration.ofHours(1));
                }
            }
            assertThat(misread).as(golden).isNotEmpty();
            assertThat(changeDay).as(golden).containsAll(misread);
        }
    }

    @Test
    void theDaysClocksChangeAreTheZonesOwn() {
        assertThat(RoundTrip.clocksChange(ZoneId.of("America/Chicago"), LocalDate.of(2026, 3, 8))).isTrue();
        assertThat(RoundTrip.clocksChange(ZoneId.of("America/Chicago"), LocalDate.of(2026, 3, 9))).isFalse();
        assertThat(RoundTrip.clocksChange(ZoneId.of("Australia/Sydney"), LocalDate.of(2026, 4, 5))).isTrue();
        assertThat(RoundTrip.clocksChange(ZoneId.of("Asia/Shanghai"), LocalDate.of(2026, 3, 8))).isFalse();
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
