package dev.confcal.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Day headings in the languages of the JDK's CLDR data ({@link DateLanguage}), read through {@link WrittenDate}. */
class DateLanguageTest {

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "terça-feira, 14 de maio de 2024         | 2024 | 5  | 14 | TUESDAY",
            "terca feira, 14 de maio                 | -    | 5  | 14 | TUESDAY",
            "martedì 14 maggio 2024                  | 2024 | 5  | 14 | TUESDAY",
            "woensdag 12 juni 2024                   | 2024 | 6  | 12 | WEDNESDAY",
            "środa, 12 czerwca 2024                  | 2024 | 6  | 12 | WEDNESDAY",
            "sroda, 12 czerwca 2024 r.               | 2024 | 6  | 12 | WEDNESDAY",
            "12 Haziran 2024 Çarşamba                | 2024 | 6  | 12 | WEDNESDAY",
            "среда, 12 июня 2024 г.                  | 2024 | 6  | 12 | WEDNESDAY",
            "середа, 12 червня 2024 р.               | 2024 | 6  | 12 | WEDNESDAY",
            "onsdag 12 juni 2024                     | 2024 | 6  | 12 | WEDNESDAY",
            "onsdag 12. juni 2024                    | 2024 | 6  | 12 | WEDNESDAY",
            "onsdag den 12. juni 2024                | 2024 | 6  | 12 | WEDNESDAY",
            "tiistai 14. toukokuuta 2024             | 2024 | 5  | 14 | TUESDAY",
            "úterý 14. května 2024                   | 2024 | 5  | 14 | TUESDAY",
            "utorok 14. mája 2024                    | 2024 | 5  | 14 | TUESDAY",
            "2024. május 14., kedd                   | 2024 | 5  | 14 | TUESDAY",
            "marți, 14 mai 2024                      | 2024 | 5  | 14 | TUESDAY",
            "Τρίτη, 14 Μαΐου 2024                    | 2024 | 5  | 14 | TUESDAY",
            "Thứ Ba, ngày 14 tháng 5 năm 2024        | 2024 | 5  | 14 | TUESDAY",
            "Selasa, 14 Mei 2024                     | 2024 | 5  | 14 | TUESDAY",
            "Rabu, 12 Jun 2024                       | 2024 | 6  | 12 | WEDNESDAY",
            "יום שלישי, 14 במאי 2024                 | 2024 | 5  | 14 | TUESDAY",
            "الثلاثاء، 14 مايو 2024                  | 2024 | 5  | 14 | TUESDAY",
            "الأربعاء، ١٢ حزيران ٢٠٢٤                | 2024 | 6  | 12 | WEDNESDAY",
            "मंगलवार, 14 मई 2024                     | 2024 | 5  | 14 | TUESDAY",
            "วันอังคารที่ 14 พฤษภาคม 2024            | 2024 | 5  | 14 | TUESDAY",
            "วันอังคารที่ 14 พฤษภาคม พ.ศ. 2567       | 2024 | 5  | 14 | TUESDAY",
            "srijeda, 12. lipnja 2024.               | 2024 | 6  | 12 | WEDNESDAY",
            "среда, 12. јун 2024.                    | 2024 | 6  | 12 | WEDNESDAY",
            "сряда, 12 юни 2024 г.                   | 2024 | 6  | 12 | WEDNESDAY",
            "2024 m. birželio 12 d., trečiadienis    | 2024 | 6  | 12 | WEDNESDAY",
            "trešdiena, 2024. gada 12. jūnijs        | 2024 | 6  | 12 | WEDNESDAY",
            "kolmapäev, 12. juuni 2024               | 2024 | 6  | 12 | WEDNESDAY",
            "dimecres, 12 de juny de 2024            | 2024 | 6  | 12 | WEDNESDAY",
            "MIÉRCOLES 12 DE JUNIO DEL 2024          | 2024 | 6  | 12 | WEDNESDAY",
            "miercoles 12 de junio                   | -    | 6  | 12 | WEDNESDAY",
            "mercredi 12 juin 2024                   | 2024 | 6  | 12 | WEDNESDAY",
            "Mittwoch, 10. Jänner 2024               | 2024 | 1  | 10 | WEDNESDAY",
            "Wednesday, June 12, 2024                | 2024 | 6  | 12 | WEDNESDAY",
            "the 12th of June 2024                   | 2024 | 6  | 12 | -",
            "Wed 12 Jun                              | -    | 6  | 12 | WEDNESDAY",
            "miðvikudagur, 12. júní 2024             | 2024 | 6  | 12 | WEDNESDAY",
            "e mërkurë, 12 qershor 2024              | 2024 | 6  | 12 | WEDNESDAY",
            "Jumatano, 12 Juni 2024                  | 2024 | 6  | 12 | WEDNESDAY",
            "Miyerkules, Hunyo 12, 2024              | 2024 | 6  | 12 | WEDNESDAY",
            "12 iyun 2024, çərşənbə                  | 2024 | 6  | 12 | WEDNESDAY",
            "Woensdag 12 Junie 2024                  | 2024 | 6  | 12 | WEDNESDAY",
            "বুধবার, 12 জুন, 2024                    | 2024 | 6  | 12 | WEDNESDAY",
            "بدھ، 12 جون، 2024                       | 2024 | 6  | 12 | WEDNESDAY",
            "mié., 12 jun. 2024                      | 2024 | 6  | 12 | WEDNESDAY",
            "śr., 12 cze 2024                        | 2024 | 6  | 12 | WEDNESDAY",
            "Çar, 12 Haz 2024                        | 2024 | 6  | 12 | WEDNESDAY",
            "ons. 12. jun. 2024                      | 2024 | 6  | 12 | WEDNESDAY",
            "14-may 2024                             | 2024 | 5  | 14 | -",
    })
    void readsDatesInManyLanguages(String heading, Integer year, int month, int day, DayOfWeek weekday) {
        if (year != null && weekday != null) {
            assertThat(LocalDate.of(year, month, day).getDayOfWeek()).as("the example's calendar").isEqualTo(weekday);
        }
        assertThat(WrittenDate.find(heading.strip())).contains(new WrittenDate(year, month, day, weekday));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', value = {"Wednesday|WEDNESDAY", "Mittwoch|WEDNESDAY", "mercredi|WEDNESDAY",
            "MIÉRCOLES|WEDNESDAY", "mercoledì|WEDNESDAY", "quarta-feira|WEDNESDAY", "woensdag|WEDNESDAY",
            "środa|WEDNESDAY", "Çarşamba|WEDNESDAY", "среда|WEDNESDAY", "середа|WEDNESDAY", "onsdag|WEDNESDAY",
            "keskiviikko|WEDNESDAY", "středa|WEDNESDAY", "szerda|WEDNESDAY", "miercuri|WEDNESDAY",
            "Τετάρτη|WEDNESDAY", "Thứ Tư|WEDNESDAY", "Rabu|WEDNESDAY", "יום רביעי|WEDNESDAY",
            "الأربعاء|WEDNESDAY", "बुधवार|WEDNESDAY", "วันพุธ|WEDNESDAY", "水曜日|WEDNESDAY", "수요일|WEDNESDAY",
            "星期三|WEDNESDAY", "## **Sábado**|SATURDAY", "mié.|WEDNESDAY", "Sat.|SATURDAY", "Sonnabend|SATURDAY"})
    void aWeekdayAloneInManyLanguages(String heading, DayOfWeek day) {
        assertThat(Weekdays.only(heading)).contains(day);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"Sat", "Do", "Mar.", "Anna", "Sunday brunch", "Minggu ini", "Keynotes"})
    void notAWeekdayAlone(String heading) {
        assertThat(Weekdays.only(heading)).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"Top 3 pro tips", "Best 2 out of 3", "2 Mac tips", "Java 21 and Kotlin 2", "Set 2 of 3",
            "Part 2 — Gen 3 hardware", "Web 3 panel", "Room 12 lunch", "14 listopada 2024", "Notes on Mar Day",
            "maio 14"})
    void wordsThatAreAbbreviationsElsewhereMakeNoDate(String heading) {
        assertThat(WrittenDate.find(heading)).isEmpty();
    }

    @Test
    void listopadIsNovemberInPolishAndOctoberInCroatianSoOnlyItsWeekdaySaysWhich() {
        assertThat(WrittenDate.find("czwartek, 14 listopada 2024"))
                .contains(new WrittenDate(2024, 11, 14, DayOfWeek.THURSDAY));
        assertThat(WrittenDate.find("ponedjeljak, 14. listopada 2024."))
                .contains(new WrittenDate(2024, 10, 14, DayOfWeek.MONDAY));
        assertThat(WrittenDate.find("14. listopadu 2024")).as("Czech's own form is November alone")
                .contains(new WrittenDate(2024, 11, 14, null));
        assertThat(WrittenDate.find("14 listopada 2024")).isEmpty();
    }

    @Test
    void spanishMarIsBothMartesAndMarzo() {
        assertThat(WrittenDate.find("mar. 5 de marzo de 2024")).contains(new WrittenDate(2024, 3, 5, DayOfWeek.TUESDAY));
        assertThat(WrittenDate.find("Mar. 5")).contains(new WrittenDate(null, 3, 5, null));
        assertThat(Weekdays.only("Mar.")).isEmpty();
    }

    @Test
    void englishSatAndSunAreWeekdaysNotHausaSeptemberOrTonganJune() {
        assertThat(WrittenDate.find("Sat 11 May 2024")).contains(new WrittenDate(2024, 5, 11, DayOfWeek.SATURDAY));
        assertThat(WrittenDate.find("Sun 12 May 2024")).contains(new WrittenDate(2024, 5, 12, DayOfWeek.SUNDAY));
    }

    @Test
    void germanSoIsSundayUnlessTheMonthIsCzech() {
        assertThat(WrittenDate.find("So., 24.03.2024")).contains(new WrittenDate(2024, 3, 24, DayOfWeek.SUNDAY));
        assertThat(WrittenDate.find("So., 24. März 2024")).contains(new WrittenDate(2024, 3, 24, DayOfWeek.SUNDAY));
        assertThat(WrittenDate.find("so, 23. března 2024")).contains(new WrittenDate(2024, 3, 23, DayOfWeek.SATURDAY));
    }

    @Test
    void norwegianOnIsNotWednesdayInEnglish() {
        assertThat(WrittenDate.find("Keynote on 14 May")).contains(new WrittenDate(null, 5, 14, null));
    }

    @Test
    void indonesianMinIsNotSundayNextToMinutes() {
        assertThat(WrittenDate.find("2024-05-14 (5 min)")).contains(new WrittenDate(2024, 5, 14, null));
    }

    @Test
    void aWeekdayAwayFromTheDateIsNotItsWeekday() {
        assertThat(WrittenDate.find("Anna's talk, 14 May 2024")).contains(new WrittenDate(2024, 5, 14, null));
    }

    @Test
    void aNumberBeforeAColonIsACountedDayNotTheDate() {
        assertThat(WrittenDate.find("Day 2: May 14")).contains(new WrittenDate(null, 5, 14, null));
        assertThat(WrittenDate.find("Day 2 — 14 May")).contains(new WrittenDate(null, 5, 14, null));
    }

    @Test
    void theNamesOfEightyLanguagesAreRead() {
        assertThat(DateLanguage.languages()).isGreaterThanOrEqualTo(75);
    }
}
