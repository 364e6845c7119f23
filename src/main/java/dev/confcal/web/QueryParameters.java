package dev.confcal.web;

import static dev.confcal.web.FeedQuery.printable;

import dev.confcal.calendar.FeedOptions;
import dev.confcal.schedule.Filter;
import dev.confcal.schedule.Language;
import dev.confcal.schedule.Schedule;
import dev.confcal.web.FeedQuery.Feed;
import dev.confcal.web.FeedQuery.Parameter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads and validates a feed's query parameters into a {@link FeedQuery}; every refusal names the parameter. */
final class QueryParameters {

    static final int MAX_WORDS = 20;
    static final int MAX_WORD_LENGTH = 100;
    static final int MAX_DAYS = 31;

    private final Map<String, List<String>> query;
    private final boolean form;

    private QueryParameters(Map<String, List<String>> query, boolean form) {
        this.query = query;
        this.form = form;
    }

    static FeedQuery read(Feed feed, String name, Map<String, List<String>> query, Schedule schedule, boolean form) {
        for (Map.Entry<String, List<String>> entry : query.entrySet()) {
            if (entry.getKey().isEmpty()) {
                continue; // "?&" or a trailing "&": nothing asked
            }
            Parameter parameter = Parameter.of(entry.getKey());
            if (parameter == null) {
                throw new InvalidRequestException(entry.getKey(), "unknown parameter \"" + printable(entry.getKey())
                        + "\"; known: " + Parameter.known());
            }
            if (!parameter.repeatable && entry.getValue().size() > 1) {
                throw new InvalidRequestException(parameter.key, "parameter \"" + parameter.key
                        + "\" is given more than once");
            }
        }
        QueryParameters read = new QueryParameters(query, form);
        String track = read.single(Parameter.TRACK);
        if (track != null && feed == Feed.TRACK) {
            throw new InvalidRequestException(Parameter.TRACK.key, "parameter \"track\": the path already names the track");
        }
        if (track != null && !schedule.hasTrack(track)) {
            throw new InvalidRequestException(Parameter.TRACK.key, "parameter \"track\": unknown track \""
                    + printable(track) + "\""
                    + (schedule.trackNames().isEmpty() ? "; these notes define no tracks"
                    : "; known: " + String.join(", ", schedule.trackNames())));
        }
        Filter filter = new Filter(read.flag(Parameter.STARRED), read.words(Parameter.Q), read.words(Parameter.EXCLUDE),
                read.days(), track);
        FeedOptions options = new FeedOptions(read.language(), read.alarm());
        return new FeedQuery(feed, name, filter, options, read.flag(Parameter.DOWNLOAD));
    }

    private String single(Parameter parameter) {
        List<String> values = query.get(parameter.key);
        return values == null || values.isEmpty() || values.get(0).isBlank() ? null : values.get(0).strip();
    }

    private boolean flag(Parameter parameter) {
        String value = single(parameter);
        if (value == null) {
            return false;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes", "on" -> true;
            case "false", "0", "no", "off" -> false;
            default -> throw new InvalidRequestException(parameter.key, "parameter \"" + parameter.key
                    + "\": must be true or false, not \"" + printable(value) + "\"");
        };
    }

    /** Keywords, one per parameter; the page's form types them in one field ({@link FeedQuery#formWords}). */
    private List<String> words(Parameter parameter) {
        List<String> words = new ArrayList<>();
        for (String value : query.getOrDefault(parameter.key, List.of())) {
            for (String word : form ? FeedQuery.formWords(value) : List.of(value)) {
                if (word.isBlank()) {
                    continue;
                }
                if (word.length() > MAX_WORD_LENGTH) {
                    throw new InvalidRequestException(parameter.key, "parameter \"" + parameter.key
                            + "\": a keyword may have at most " + MAX_WORD_LENGTH + " characters");
                }
                words.add(word.strip());
            }
        }
        if (words.size() > MAX_WORDS) {
            throw new InvalidRequestException(parameter.key, "parameter \"" + parameter.key + "\": at most " + MAX_WORDS
                    + " keywords");
        }
        return words;
    }

    private List<LocalDate> days() {
        List<String> values = query.getOrDefault(Parameter.DAY.key, List.of());
        if (values.size() > MAX_DAYS) {
            throw new InvalidRequestException(Parameter.DAY.key, "parameter \"day\": at most " + MAX_DAYS + " days");
        }
        List<LocalDate> days = new ArrayList<>();
        for (String value : values) {
            if (value.isBlank()) {
                continue;
            }
            try {
                days.add(LocalDate.parse(value.strip()));
            } catch (DateTimeParseException e) {
                throw new InvalidRequestException(Parameter.DAY.key, "parameter \"day\": \"" + printable(value)
                        + "\" is not a date like 2023-09-27");
            }
        }
        return days;
    }

    private Integer alarm() {
        String value = single(Parameter.ALARM);
        if (value == null) {
            return null;
        }
        if (!value.matches("\\d{1,4}") || Integer.parseInt(value) > FeedOptions.MAX_ALARM_MINUTES) {
            throw new InvalidRequestException(Parameter.ALARM.key, "parameter \"alarm\": \"" + printable(value)
                    + "\" is not a number of minutes from 0 to " + FeedOptions.MAX_ALARM_MINUTES);
        }
        return Integer.valueOf(value);
    }

    private Language language() {
        String value = single(Parameter.LANG);
        try {
            return value == null ? null : Language.parse(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(Parameter.LANG.key, "parameter \"lang\": must be "
                    + FeedQuery.languages() + ", not \"" + printable(value) + "\"");
        }
    }
}
