package dev.confcal.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ZoneCitiesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "RAI Amsterdam, Europaplein 24                 | Europe/Amsterdam",
            "McCormick Place, Chicago                      | America/Chicago",
            "Salt Lake City, Utah                          | America/Denver",
            "Fira Gran Via, Barcelona                      | Europe/Madrid",
            "上海世博中心                                    | Asia/Shanghai",
            "東京国際フォーラム                               | Asia/Tokyo",
            "São Paulo Expo                                | America/Sao_Paulo",
            "Shanghai Convention Center                    | Asia/Shanghai",
    })
    void aPlaceNamesTheZoneOfItsCity(String place, String zone) {
        assertThat(ZoneCities.of(place).orElseThrow().zone()).isEqualTo(ZoneId.of(zone));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Online", "Convention Center", "Paris or London", "Easter Island resort",
            "the Christmas party venue", "Hall B"})
    void aPlaceWithNoCityOrTwoZonesNamesNone(String place) {
        assertThat(ZoneCities.of(place)).isEmpty();
    }
}
