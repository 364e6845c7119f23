package dev.confcal.web.feed;

import static dev.confcal.web.feed.QueryStrings.printable;

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

/** Reads and validates a feed's query parameters, for a {@link FeedQuery}; every refusal names the parameter. */
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

    /** What a query asks: the filter, the options and whether to answer as a file to save. */
    record Read(Filter filter, FeedOptions options, boolean download) {
    }

    /** @param pathNamesTrack the path is a track's feed, so the query may not name one */
    static Read read(boolean pathNamesTrack, Map<String, List<String>> query, Schedule schedule, boolean form) {
        for (Map.Entry<String, List<String>> entry : query.entrySet()) {
            if (entry.getKey().isEmpty()) {
                continue; // "?&" or a trailing "&": nothing asked
            }
            FeedParameter parameter = FeedParameter.of(entry.getKey());
            if (parameter == null) {
                throw new InvalidRequestException(entry.getKey(), "unknown parameter \"" + printable(entry.getKey())
                        + "\"; known: " + FeedParameter.known());
            }
            if (!parameter.repeatable && entry.getValue().size() > 1) {
                throw new InvalidRequestException(parameter.key, "parameter \"" + parameter.key
                        + "\" is given more than once");
            }
        }
        QueryParameters read = new QueryParameters(query, form);
        String track = read.single(FeedParameter.TRACK);
        if (track != null && pathNamesTrack) {
            throw new InvalidRequestException(FeedParameter.TRACK.key,
                    "parameter \"track\": the path already names the track");
        }
        if (track != null && !schedule.hasTrack(track)) {
            throw new InvalidRequestException(FeedParameter.TRACK.key, "parameter \"track\": unknown track \""
                    + printable(track) + "\""
                    + (schedule.trackNames().isEmpty() ? "; these notes define no tracks"
                    : "; known: " + String.join(", ", schedule.trackNames())));
        }
        Filter filter = new Filter(read.flag(FeedParameter.STARRED), read.words(FeedParameter.Q),
                read.words(FeedParameter.EXCLUDE), read.days(), track);
        FeedOptions options = new FeedOptions(read.language(), read.alarm());
        return new Read(filter, options, read.flag(FeedParameter.DOWNLOAD));
    }

    private String single(FeedParameter parameter) {
        List<String> values = query.get(parameter.key);
        return values == null || values.isEmpty() || values.get(0).isBlank() ? null : values.get(0).strip();
    }

    private boolean flag(FeedParameter parameter) {
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

    /** Keywords, one per parameter; the page's form types them in one field ({@link FormWords}). */
    private List<String> words(FeedParameter parameter) {
        List<String> words = new ArrayList<>();
        for (String value : query.getOrDefault(parameter.key, List.of())) {
            for (String word : form ? FormWords.split(value) : List.of(value)) {
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
        List<String> values = query.getOrDefault(FeedParameter.DAY.key, List.of());
        if (values.size() > MAX_DAYS) {
            throw new InvalidRequestException(FeedParameter.DAY.key, "parameter \"day\": at most " + MAX_DAYS
                    + " days");
        }
        List<LocalDate> days = new ArrayList<>();
        // the page's day tabs send several days as one value when a link asked for several
        List<String> each = form ? values.stream().flatMap(value -> FormWords.split(value).stream()).toList() : values;
        if (each.size() > MAX_DAYS) {
            throw new InvalidRequestException(FeedParameter.DAY.key, "parameter \"day\": at most " + MAX_DAYS
                    + " days");
        }
        for (String value : each) {
            if (value.isBlank()) {
                continue;
            }
            try {
                days.add(LocalDate.parse(value.strip()));
            } catch (DateTimeParseException e) {
                throw new InvalidRequestException(FeedParameter.DAY.key, "parameter \"day\": \"" + printable(value)
                        + "\" is not a date like 2023-09-27");
            }
        }
        return days;
    }

    private Integer alarm() {
        String value = single(FeedParameter.ALARM);
        if (value == null) {
            return null;
        }
        if (!value.matches("\\d{1,4}") || Integer.parseInt(value) > FeedOptions.MAX_ALARM_MINUTES) {
            throw new InvalidRequestException(FeedParameter.ALARM.key, "parameter \"alarm\": \"" + printable(value)
                    + "\" is not a number of minutes from 0 to " + FeedOptions.MAX_ALARM_MINUTES);
        }
        return Integer.valueOf(value);
    }

    private Language language() {
        String value = single(FeedParameter.LANG);
        try {
            return value == null ? null : Language.parse(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(FeedParameter.LANG.key, "parameter \"lang\": must be "
                    + languages() + ", not \"" + printable(value) + "\"");
        }
    }

    /** For messages: {@code zh or en}. */
    static String languages() {
        return String.join(" or ", java.util.Arrays.stream(Language.values()).map(Language::code).toList());
    }
}
