package dev.confcal.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.confcal.testing.RoundTrip;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContentLinesTest {

    private static String folded(String line) {
        return new String(new ContentLines(256).line(line).bytes(), StandardCharsets.UTF_8);
    }

    @Test
    void aShortLineIsLeftAlone() {
        assertThat(folded("SUMMARY:short")).isEqualTo("SUMMARY:short\r\n");
    }

    @Test
    void asciiFoldsAtExactly75Octets() {
        String line = "DESCRIPTION:" + "x".repeat(200);
        String out = folded(line);
        String[] lines = out.split("\r\n");
        assertThat(lines[0]).hasSize(75);
        assertThat(lines[1]).startsWith(" ").hasSize(75);
        assertThat(out.replace("\r\n ", "")).isEqualTo(line + "\r\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"中", "★", "é", "😀", "a中"})
    void multiByteCharactersAreNeverSplit(String unit) {
        String line = "SUMMARY:" + unit.repeat(120);
        byte[] bytes = new ContentLines(256).line(line).bytes();
        RoundTrip.assertWellFormed(("BEGIN:VCALENDAR\r\n" + new String(bytes, StandardCharsets.UTF_8)
                + "END:VCALENDAR\r\n").getBytes(StandardCharsets.UTF_8));
        String unfolded = new String(bytes, StandardCharsets.UTF_8).replace("\r\n ", "");
        assertThat(unfolded).isEqualTo(line + "\r\n");
    }

    @Test
    void chineseLinesCarryAtMost25CharactersPerLine() {
        String out = folded("SUMMARY:" + "中".repeat(100));
        for (String line : out.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        assertThat(out.split("\r\n")[1]).isEqualTo(" " + "中".repeat(24));
    }

    @Test
    void cleanTurnsEveryLineBreakIntoLfAndDropsControlCharacters() {
        assertThat(ContentLines.clean("a\r\nb\rc\nd\u0000e\u0007f\tg\u007fh")).isEqualTo("a\nb\nc\nde\u0066\tgh");
    }
}
