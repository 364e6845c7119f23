package dev.confcal.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneOffsetTransitionRule.TimeDefinition;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** java.time's onset rules in the RRULE form Outlook imports, or none. */
class YearlyRuleTest {

    private static final ZoneOffset STANDARD = ZoneOffset.ofHours(-5);
    private static final ZoneOffset DAYLIGHT = ZoneOffset.ofHours(-4);

    /** A spring-forward rule in a -05/-04 zone: {@code day} ≥ 1 is "on or after", ≤ -1 "on or before the last − n". */
    private static Optional<YearlyRule> rule(Month month, int day, DayOfWeek weekday, LocalTime time, boolean endOfDay,
                                             TimeDefinition definition) {
        return YearlyRule.of(ZoneOffsetTransitionRule.of(month, day, weekday, time, endOfDay, definition, STANDARD,
                STANDARD, DAYLIGHT), 2024);
    }

    @ParameterizedTest(name = "{0} {1} {2} → {3}")
    @CsvSource({
            "MARCH,     8,  SUNDAY,   FREQ=YEARLY;BYMONTH=3;BYDAY=2SU",
            "NOVEMBER,  1,  SUNDAY,   FREQ=YEARLY;BYMONTH=11;BYDAY=1SU",
            "MARCH,     15, SUNDAY,   FREQ=YEARLY;BYMONTH=3;BYDAY=3SU",
            "OCTOBER,   22, FRIDAY,   FREQ=YEARLY;BYMONTH=10;BYDAY=4FR",
            "MARCH,     -1, SUNDAY,   FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
            "FEBRUARY,  -1, SATURDAY, FREQ=YEARLY;BYMONTH=2;BYDAY=-1SA",
            "MARCH,     25, SUNDAY,   FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    })
    void aWeekdayThatIsAnOrdinalOfItsMonthHasAnRrule(Month month, int day, DayOfWeek weekday, String rrule) {
        assertThat(rule(month, day, weekday, LocalTime.of(2, 0), false, TimeDefinition.WALL))
                .map(YearlyRule::rrule).contains(rrule);
    }

    @Test
    void theOnsetIsLocalTimeInTheOffsetItReplaces() {
        YearlyRule rule = rule(Month.MARCH, 8, DayOfWeek.SUNDAY, LocalTime.of(7, 0), false, TimeDefinition.UTC)
                .orElseThrow();
        assertThat(rule.time()).isEqualTo(LocalTime.of(2, 0));
        assertThat(rule.onset(2026)).hasToString("2026-03-08T02:00");
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource({
            "MARCH,     16, SUNDAY",   // the 16th to the 22nd: no ordinal of March
            "MARCH,     2,  SUNDAY",   // the 2nd to the 8th
            "MARCH,     29, SUNDAY",   // a fifth Sunday March may not have
            "FEBRUARY,  23, SUNDAY",   // the 23rd to 1 March in a common year
            "MARCH,     -8, SUNDAY",   // on or before the 24th: the 18th to the 24th
    })
    void aWeekdayThatIsNoOrdinalHasNone(Month month, int day, DayOfWeek weekday) {
        assertThat(rule(month, day, weekday, LocalTime.of(2, 0), false, TimeDefinition.WALL)).isEmpty();
    }

    @Test
    void aFixedDayOfTheMonthHasNone() {
        assertThat(rule(Month.MARCH, 21, null, LocalTime.of(0, 0), false, TimeDefinition.WALL)).isEmpty();
    }

    /** Midnight at the end of a day is the next day's start: a Saturday ≥ 7th at 24:00 is the second Sunday. */
    @Test
    void aRuleAt24HoursCountsFromTheNextDay() {
        assertThat(rule(Month.MARCH, 7, DayOfWeek.SATURDAY, LocalTime.MIDNIGHT, true, TimeDefinition.WALL))
                .map(YearlyRule::rrule).contains("FREQ=YEARLY;BYMONTH=3;BYDAY=2SU");
        assertThat(rule(Month.MARCH, 8, DayOfWeek.SATURDAY, LocalTime.MIDNIGHT, true, TimeDefinition.WALL)).isEmpty();
    }

    /** 01:00 UTC on the last Sunday of March is 23:00 on the Saturday before in a -02 zone (Nuuk's shape). */
    @Test
    void aUtcTimeThatFallsOnTheDayBeforeHasNone() {
        ZoneOffset nuuk = ZoneOffset.ofHours(-2);
        assertThat(YearlyRule.of(ZoneOffsetTransitionRule.of(Month.MARCH, -1, DayOfWeek.SUNDAY, LocalTime.of(1, 0),
                false, TimeDefinition.UTC, nuuk, nuuk, ZoneOffset.ofHours(-1)), 2024)).isEmpty();
    }
}
