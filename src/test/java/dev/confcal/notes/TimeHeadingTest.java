package dev.confcal.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimeHeadingTest {

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "11:00 – 11:25 (UB5.132) | 11:00 | 11:25 | -    | UB5.132",
            "11:00 Room A            | 11:00 | -     | -    | Room A",
            "10:00 CEST              | 10:00 | -     | CEST | -",
            "9:00 AM CST – Hall 3    | 09:00 | -     | CST  | Hall 3",
            "10:00 - 10:30 (UTC+2)   | 10:00 | 10:30 | (UTC+2) | -",
            "14h30 · Amphi A         | 14:30 | -     | -    | Amphi A",
    })
    void aTimeHeadingsParts(String heading, LocalTime start, LocalTime end, String zone, String location) {
        TimeHeading read = TimeHeading.read(heading).orElseThrow();
        assertThat(read.time()).isEqualTo(new WrittenTime(start, end));
        assertThat(read.suffix() == null ? null : read.suffix().text()).isEqualTo(zone);
        assertThat(read.location()).isEqualTo(location);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"21.03.2024", "9/27", "2023-09-27", "Keynotes", "3 takeaways", "10 Things", "2024"})
    void datesAndOtherHeadingsAreNotTimes(String heading) {
        assertThat(TimeHeading.read(heading)).isEmpty();
    }
}
