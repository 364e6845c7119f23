package dev.confcal.web;

import dev.confcal.calendar.FeedOptions;
import dev.confcal.schedule.Filter;
import dev.confcal.schedule.Language;
import dev.confcal.schedule.Schedule;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A feed's query string, validated: {@code starred}, {@code q} and {@code exclude} (repeatable),
 * {@code day} (repeatable), {@code track}, {@code alarm}, {@code lang}, {@code download}. Anything else, or a
 * value out of range, is the client's mistake and named in the message — a typo such as {@code ?stared=true}
 * must not silently give the full feed.
 */
record FeedRequest(Filter filter, FeedOptions options, boolean download) {

    static final int MAX_WORDS = 20;
    static final int MAX_WORD_LENGTH = 100;
    static final int MAX_DAYS = 31;
    private static final Set<String> KNOWN = Set.of("starred", "q", "exclude", "day", "track", "alarm", "lang",
            "download");
    private static final Set<String> REPEATABLE = Set.of("q", "exclude", "day");

    static FeedRequest parse(Map<String, List<String>> query, Schedule schedule) {
        for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
            String name = parameter.getKey();
            if (name.isEmpty()) {
                continue; // "?&" or a trailing "&": nothing asked
            }
            if (!KNOWN.contains(name)) {
                throw new InvalidRequestException("unknown parameter \"" + printable(name) + "\"; known: "
                        + "starred, q, exclude, day, track, alarm, lang, download");
            }
            if (!REPEATABLE.contains(name) && parameter.getValue().size() > 1) {
                throw new InvalidRequestException("parameter \"" + name + "\" is given more than once");
            }
        }
        boolean starred = flag(query, "starred");
        List<String> keywords = words(query, "q");
        List<String> exclude = words(query, "exclude");
        List<LocalDate> days = days(query);
        String track = single(query, "track");
        if (track != null && !schedule.tracks().containsKey(track)) {
            throw new InvalidRequestException("parameter \"track\": unknown track \"" + printable(track) + "\""
                    + (schedule.tracks().isEmpty() ? "; these notes define no tracks"
                    : "; known: " + String.join(", ", schedule.tracks().keySet())));
        }
        Integer alarm = alarm(single(query, "alarm"));
        String lang = single(query, "lang");
        Language language;
        try {
            language = lang == null ? null : Language.parse(lang);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("parameter \"lang\": must be zh or en, not \"" + printable(lang) + "\"");
        }
        return new FeedRequest(new Filter(starred, keywords, exclude, days, track),
                new FeedOptions(language, alarm), flag(query, "download"));
    }

    private static String single(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() || values.get(0).isBlank() ? null : values.get(0).strip();
    }

    private static boolean flag(Map<String, List<String>> query, String name) {
        String value = single(query, name);
        if (value == null) {
            return false;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes", "on" -> true;
            case "false", "0", "no", "off" -> false;
            default -> throw new InvalidRequestException("parameter \"" + name + "\": must be true or false, not \""
                    + printable(value) + "\"");
        };
    }

    private static List<String> words(Map<String, List<String>> query, String name) {
        List<String> words = new ArrayList<>();
        for (String value : query.getOrDefault(name, List.of())) {
            if (value.isBlank()) {
                continue;
            }
            if (value.length() > MAX_WORD_LENGTH) {
                throw new InvalidRequestException("parameter \"" + name + "\": a keyword may have at most "
                        + MAX_WORD_LENGTH + " characters");
            }
            words.add(value.strip());
        }
        if (words.size() > MAX_WORDS) {
            throw new InvalidRequestException("parameter \"" + name + "\": at most " + MAX_WORDS + " keywords");
        }
        return words;
    }

    private static List<LocalDate> days(Map<String, List<String>> query) {
        List<String> values = query.getOrDefault("day", List.of());
        if (values.size() > MAX_DAYS) {
            throw new InvalidRequestException("parameter \"day\": at most " + MAX_DAYS + " days");
        }
        List<LocalDate> days = new ArrayList<>();
        for (String value : values) {
            try {
                days.add(LocalDate.parse(value.strip()));
            } catch (DateTimeParseException e) {
                throw new InvalidRequestException("parameter \"day\": \"" + printable(value)
                        + "\" is not a date like 2023-09-27");
            }
        }
        return days;
    }

    private static Integer alarm(String value) {
        if (value == null) {
            return null;
        }
        if (!value.matches("\\d{1,4}") || Integer.parseInt(value) > FeedOptions.MAX_ALARM_MINUTES) {
            throw new InvalidRequestException("parameter \"alarm\": \"" + printable(value)
                    + "\" is not a number of minutes from 0 to " + FeedOptions.MAX_ALARM_MINUTES);
        }
        return Integer.valueOf(value);
    }

    /** Echoes a client's value safely: short, and no control characters. */
    static String printable(String value) {
        String clean = value.codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return clean.length() <= 40 ? clean : clean.substring(0, 40) + "…";
    }
}
