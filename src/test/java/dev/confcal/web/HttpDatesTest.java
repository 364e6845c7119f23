package dev.confcal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** RFC 9110 §5.6.7: a recipient reads all three date forms. */
class HttpDatesTest {

    private static final Instant NOW = Instant.parse("2026-11-25T08:00:00Z");

    @ParameterizedTest
    @ValueSource(strings = {"Sun, 06 Nov 1994 08:49:37 GMT", "Sunday, 06-Nov-94 08:49:37 GMT",
            "Sun Nov  6 08:49:37 1994", "sun, 06 nov 1994 08:49:37 GMT"})
    void readsImfFixdateRfc850AndAsctime(String date) {
        assertThat(HttpDates.parse(date, NOW)).isEqualTo(Instant.parse("1994-11-06T08:49:37Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "", "Mon, 06 Nov 1994 08:49:37 GMT", "Sun, 06 Nov 1994 08:49:37 CET",
            "Monday, 06-Nov-94 08:49:37 GMT", "Sun Nov 6 08:49:37 1994 extra"})
    void ignoresWhatIsNotAnHttpDate(String date) {
        assertThat(HttpDates.parse(date, NOW)).isNull();
    }

    @org.junit.jupiter.api.Test
    void aTwoDigitYearMoreThanFiftyYearsAheadIsInTheLastCentury() {
        assertThat(HttpDates.parse("Saturday, 01-Jan-77 00:00:00 GMT", NOW)).isEqualTo(Instant.parse("1977-01-01T00:00:00Z"));
        assertThat(HttpDates.parse("Tuesday, 01-Jan-30 00:00:00 GMT", NOW)).isEqualTo(Instant.parse("2030-01-01T00:00:00Z"));
        assertThat(HttpDates.parse("Saturday, 01-Jan-94 00:00:00 GMT", NOW)).isEqualTo(Instant.parse("1994-01-01T00:00:00Z"));
    }
}
