package dev.confcal.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ZoneSuffixTest {

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            " CEST       | Europe/Paris",
            " (JST)      | Asia/Tokyo",
            " EDT        | America/New_York",
            " UTC+2      | Etc/GMT-2",
            " (UTC+9)    | Etc/GMT-9",
            " GMT -5     | Etc/GMT+5",
            " +09:00     | Etc/GMT-9",
            " UTC        | Etc/UTC",
            " UTC+5:30   | -",
    })
    void aSuffixNamesAZone(String text, String zone) {
        ZoneSuffix suffix = ZoneSuffix.leading(text).orElseThrow().suffix();
        assertThat(suffix.zone().map(ZoneId::getId).orElse(null)).isEqualTo(zone);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {" Room A", " (UB5.132)", " AB", " Janson", " (Saal 1)"})
    void roomsAndOtherTextAreNotZones(String text) {
        assertThat(ZoneSuffix.leading(text)).isEmpty();
    }

    @Test
    void cstAndIstAreAmbiguous() {
        assertThat(ZoneSuffix.leading(" CST").orElseThrow().suffix().ambiguous()).isTrue();
        assertThat(ZoneSuffix.leading(" IST").orElseThrow().suffix().ambiguous()).isTrue();
    }

    @Test
    void aSuffixFitsItsZoneAndTheDaylightSavingSiblingButNotAnotherOffset() {
        ZoneSuffix cet = ZoneSuffix.leading(" CET").orElseThrow().suffix();
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        assertThat(cet.fits(berlin, LocalDateTime.of(2024, 1, 10, 10, 0))).isTrue();
        assertThat(cet.fits(berlin, LocalDateTime.of(2024, 7, 10, 10, 0))).isTrue(); // CET written in summer
        assertThat(cet.fits(ZoneId.of("Asia/Tokyo"), LocalDateTime.of(2024, 7, 10, 10, 0))).isFalse();
        ZoneSuffix plusTwo = ZoneSuffix.leading(" UTC+2").orElseThrow().suffix();
        assertThat(plusTwo.fits(berlin, LocalDateTime.of(2024, 7, 10, 10, 0))).isTrue();
        assertThat(plusTwo.fits(berlin, LocalDateTime.of(2024, 1, 10, 10, 0))).isFalse();
    }
}
