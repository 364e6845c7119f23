package dev.confcal.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WrittenDateTest {

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "9 月 27 日 周三           | -    | 9  | 27 | WEDNESDAY",
            "9月27日                   | -    | 9  | 27 | -",
            "2023年9月27日 星期三       | 2023 | 9  | 27 | WEDNESDAY",
            "9月28日（礼拜四）          | -    | 9  | 28 | THURSDAY",
            "Wednesday, April 19       | -    | 4  | 19 | WEDNESDAY",
            "Sept 27 (Wed)             | -    | 9  | 27 | WEDNESDAY",
            "April 19, 2023            | 2023 | 4  | 19 | -",
            "Thursday, April 20, 2023  | 2023 | 4  | 20 | THURSDAY",
            "2023-09-27                | 2023 | 9  | 27 | -",
            "2023-09-27 Wed            | 2023 | 9  | 27 | WEDNESDAY",
            "Day 2 — Thu 28 September  | -    | 9  | 28 | THURSDAY",
            "Mar. 5                    | -    | 3  | 5  | -",
            "dec 31st                  | -    | 12 | 31 | -",
            "Mittwoch, 20. März 2024   | 2024 | 3  | 20 | WEDNESDAY",
            "Mi., 20.03.2024           | 2024 | 3  | 20 | WEDNESDAY",
            "20.03.                    | -    | 3  | 20 | -",
            "mercredi 20 mars 2024     | 2024 | 3  | 20 | WEDNESDAY",
            "1er mars                  | -    | 3  | 1  | -",
            "miércoles 20 de marzo de 2024 | 2024 | 3 | 20 | WEDNESDAY",
            "6月17日(火)                | -    | 6  | 17 | TUESDAY",
            "2025年6月17日 火曜日        | 2025 | 6  | 17 | TUESDAY",
            "2025년 6월 17일 화요일       | 2025 | 6  | 17 | TUESDAY",
            "２０２５年６月１７日          | 2025 | 6  | 17 | -",
            "2023/9/27                 | 2023 | 9  | 27 | -",
            "9/27                      | -    | 9  | 27 | -",
            "27/9/2023                 | 2023 | 9  | 27 | -",
    })
    void readsTheDayHeadingFormats(String heading, Integer year, int month, int day, DayOfWeek weekday) {
        assertThat(WrittenDate.find(heading.strip())).contains(new WrittenDate(year, month, day, weekday));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"Keynotes", "11:00am", "Room 3", "Notes on May Day", "2023", "Session 12", "v1.2.3",
            "Release 1.2"})
    void otherHeadingsAreNotDays(String heading) {
        assertThat(WrittenDate.find(heading)).isEmpty();
    }
}
