package dev.confcal.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WrittenTimeTest {

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "11:00am          | 11:00 | -",
            "11:00 am         | 11:00 | -",
            "1:55pm           | 13:55 | -",
            "2:00 PM          | 14:00 | -",
            "12:30pm          | 12:30 | -",
            "12:15am          | 00:15 | -",
            "13:55            | 13:55 | -",
            "9:30             | 09:30 | -",
            "上午11:00        | 11:00 | -",
            "下午1:55         | 13:55 | -",
            "下午 2：45        | 14:45 | -",
            "11am             | 11:00 | -",
            "9:00 a.m.        | 09:00 | -",
            "15:25 - 16:00    | 15:25 | 16:00",
            "1:55pm–3:10pm    | 13:55 | 15:10",
            "1:55–3:10pm      | 13:55 | 15:10",
            "11:30–12:30pm    | 11:30 | 12:30",
            "10:00 to 10:45   | 10:00 | 10:45",
            "11h15            | 11:15 | -",
            "11 h 15          | 11:15 | -",
            "14h              | 14:00 | -",
            "11:15 Uhr        | 11:15 | -",
            "9 Uhr            | 09:00 | -",
            "午前10:00        | 10:00 | -",
            "午後2時30分       | 14:30 | -",
            "10時             | 10:00 | -",
            "下午2点30分       | 14:30 | -",
            "오후 2:00        | 14:00 | -",
            "10시 30분        | 10:30 | -",
            "１０：００〜１０：３０ | 10:00 | 10:30",
            "11:00〜11:30     | 11:00 | 11:30",
            "10:00 bis 11:00  | 10:00 | 11:00",
            "10 to 11am       | 10:00 | 11:00",
            "下午3:25 - 4:00   | 15:25 | 16:00",
            "11:30am - 12:30  | 11:30 | 12:30",
            "10:30-11:00      | 10:30 | 11:00",
            "12:00-14:00      | 12:00 | 14:00",
            "11:00－11:35     | 11:00 | 11:35",
            "de 16:00 a 16:35 | 16:00 | 16:35",
            "11h às 11h35     | 11:00 | 11:35",
            "11am to 11:40am  | 11:00 | 11:40",
            "von 10 bis 11 Uhr | 10:00 | 11:00",
            "from 9:30 until 10:15 | 09:30 | 10:15",
            "dalle 10:00 alle 10:40 | 10:00 | 10:40",
            "van 14.00 tot 14.45 | 14:00 | 14:45",
            "od 9:00 do 9:45  | 09:00 | 09:45",
            "14:00から14:40   | 14:00 | 14:40",
            "10-10:45         | 10:00 | 10:45",
    })
    void readsTheTimeHeadingFormats(String heading, LocalTime start, LocalTime end) {
        assertThat(WrittenTime.parse(heading.strip())).contains(new WrittenTime(start, end));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"25:00", "11:75", "13:00pm", "0:30am", "9:30 - 26:00"})
    void brokenTimesLookLikeTimesButAreNot(String heading) {
        assertThat(WrittenTime.parse(heading)).isEmpty();
        assertThat(WrittenTime.looksLikeTime(heading)).isTrue();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"Keynotes", "9 月 27 日 周三", "2023-09-27", "Day 2", "April 19", "3点建议", "3 h"})
    void otherHeadingsAreNotTimes(String heading) {
        assertThat(WrittenTime.parse(heading)).isEmpty();
        assertThat(WrittenTime.looksLikeTime(heading)).isFalse();
    }
}
