package dev.confcal.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DayNumberTest {

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', value = {"Day 2|2", "day two|2", "Day 1 — Tuesday, June 17|1", "Tag 3|3",
            "2. Tag|2", "Jour 2|2", "Día 3|3", "第二天|2", "第十二天|12", "第3天|3", "2日目|2", "初日|1", "3일차|3"})
    void aCountedDay(String heading, int number) {
        assertThat(DayNumber.find(heading)).contains(number);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"Keynotes", "2023-09-27", "Days of future past", "Today", "Session 2"})
    void notACountedDay(String heading) {
        assertThat(DayNumber.find(heading)).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', value = {"Sunday|SUNDAY", "Sonntag|SUNDAY", "dimanche|SUNDAY", "Domingo|SUNDAY",
            "日曜日|SUNDAY", "星期日|SUNDAY", "周六|SATURDAY", "토요일|SATURDAY", "**Friday**|FRIDAY", "Sat.|SATURDAY"})
    void aWeekdayAlone(String heading, DayOfWeek day) {
        assertThat(Weekdays.only(heading)).contains(day);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"Sunday brunch", "Keynotes", "Monday, April 3", "Sun Microsystems"})
    void notAWeekdayAlone(String heading) {
        assertThat(Weekdays.only(heading)).isEmpty();
    }
}
