package dev.confcal.notes;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a language writes a date with the month's name, one recogniser each: English ({@code Wednesday, April 19},
 * {@code 19 April 2023}), German ({@code Mittwoch, 20. März 2024}), French ({@code mercredi 20 mars 2024},
 * {@code 1er mars}) and Spanish ({@code miércoles 20 de marzo de 2024}); and the language's weekday names.
 */
enum DateLanguage {

    GERMAN(List.of("jan(?:uar)?|jänner", "feb(?:ruar)?", "m(?:ä|ae)rz|mär|mrz", "apr(?:il)?", "mai", "jun[i]?",
            "jul[i]?", "aug(?:ust)?", "sep(?:t(?:ember)?)?", "okt(?:ober)?", "nov(?:ember)?", "dez(?:ember)?"),
            List.of("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag|sonnabend", "sonntag"),
            "(?<![\\d.])(\\d{1,2})\\.\\s*(MONTH)\\.?(?:\\s+(\\d{4}))?(?![\\p{L}])", false),
    SPANISH(List.of("ene(?:ro)?", "feb(?:rero)?", "mar(?:zo)?", "abr(?:il)?", "may(?:o)?", "jun(?:io)?",
            "jul(?:io)?", "ago(?:sto)?", "sep(?:tiembre)?|set(?:iembre)?", "oct(?:ubre)?", "nov(?:iembre)?",
            "dic(?:iembre)?"),
            List.of("lunes", "martes", "mi[ée]rcoles", "jueves", "viernes", "s[áa]bado", "domingo"),
            "(?<!\\d)(\\d{1,2})\\s+de\\s+(MONTH)(?:\\s+del?\\s+(\\d{4}))?(?![\\p{L}])", false),
    FRENCH(List.of("janv(?:ier)?", "f[ée]vr(?:ier)?", "mars", "avr(?:il)?", "mai", "juin", "juil(?:let)?",
            "ao[ûu]t", "sept(?:embre)?", "oct(?:obre)?", "nov(?:embre)?", "d[ée]c(?:embre)?"),
            List.of("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
            "(?<!\\d)(\\d{1,2})(?:er)?\\s+(MONTH)\\.?(?:\\s+(\\d{4}))?(?![\\p{L}])", false),
    ENGLISH(List.of("jan(?:uary)?", "feb(?:ruary)?", "mar(?:ch)?", "apr(?:il)?", "may", "june?", "july?",
            "aug(?:ust)?", "sep(?:t(?:ember)?)?", "oct(?:ober)?", "nov(?:ember)?", "dec(?:ember)?"),
            List.of("mon(?:day)?", "tue(?:s(?:day)?)?", "wed(?:nesday)?", "thu(?:r(?:s(?:day)?)?)?", "fri(?:day)?",
                    "sat(?:urday)?", "sun(?:day)?"),
            "(?<![\\d:])\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(MONTH)\\b\\.?(?:,?\\s+(\\d{4})\\b)?", true);

    private final List<Pattern> months;
    private final List<Pattern> weekdays;
    private final Pattern dayFirst;
    private final Pattern monthFirst;

    DateLanguage(List<String> months, List<String> weekdays, String dayFirst, boolean alsoMonthFirst) {
        int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        this.months = months.stream().map(m -> Pattern.compile("(?:" + m + ")", flags)).toList();
        this.weekdays = weekdays.stream().map(w -> Pattern.compile("(?<![\\p{L}])(?:" + w + ")(?![\\p{L}])", flags))
                .toList();
        String anyMonth = String.join("|", months);
        this.dayFirst = Pattern.compile(dayFirst.replace("MONTH", anyMonth), flags);
        this.monthFirst = alsoMonthFirst ? Pattern.compile(
                "\\b(" + anyMonth + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?", flags) : null;
    }

    /** The date a text writes with this language's month names, if it writes one. */
    Optional<WrittenDate> find(String text) {
        if (monthFirst != null) {
            Matcher m = monthFirst.matcher(text);
            if (m.find()) {
                return Optional.of(date(m.group(3), month(m.group(1)), m.group(2), text));
            }
        }
        Matcher m = dayFirst.matcher(text);
        if (m.find()) {
            return Optional.of(date(m.group(3), month(m.group(2)), m.group(1), text));
        }
        return Optional.empty();
    }

    /** The first weekday this language names in the text. */
    Optional<DayOfWeek> weekday(String text) {
        int best = Integer.MAX_VALUE;
        DayOfWeek found = null;
        for (int i = 0; i < 7; i++) {
            Matcher m = weekdays.get(i).matcher(text);
            if (m.find() && m.start() < best) {
                best = m.start();
                found = DayOfWeek.of(i + 1);
            }
        }
        return Optional.ofNullable(found);
    }

    /** Whether the whole text is one of this language's weekday names. */
    Optional<DayOfWeek> weekdayOnly(String text) {
        for (int i = 0; i < 7; i++) {
            if (weekdays.get(i).matcher(text).matches()) {
                return Optional.of(DayOfWeek.of(i + 1));
            }
        }
        return Optional.empty();
    }

    private int month(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (int i = 0; i < 12; i++) {
            if (months.get(i).matcher(lower).matches()) {
                return i + 1;
            }
        }
        throw new IllegalStateException("a matched month name matches no month: " + name);
    }

    private static WrittenDate date(String year, int month, String day, String text) {
        return new WrittenDate(year == null ? null : Integer.valueOf(year), month, Integer.parseInt(day),
                Weekdays.find(text).orElse(null));
    }
}
