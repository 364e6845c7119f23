package dev.confcal.cli;

import dev.confcal.publish.ledger.LedgerYear;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;

/**
 * Option values checked as they are read, each with a message that says what would do instead; {@link UsageErrors}
 * puts the option's name and the value in front: {@code --port 99999 is not a port: give 0–65535 …}.
 */
final class Values {

    /**
     * The years a conference may be given: iCalendar writes four-digit years, and calendar apps (and the ledger of
     * what confcal published) count time from 1970.
     */
    static final int FIRST_YEAR = LedgerYear.FIRST;
    static final int LAST_YEAR = LedgerYear.LAST;

    private Values() {
    }

    static boolean bool(String value) {
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new TypeConversionException("is not true or false");
        };
    }

    static long whole(String value) {
        String text = value.strip();
        if (!text.matches("[+-]?\\d{1,18}")) {
            throw new TypeConversionException("is not a whole number");
        }
        return Long.parseLong(text);
    }

    /** Any whole number; the range is each option's own ({@link #require}). */
    static final class WholeNumber implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            return whole(value);
        }
    }

    /**
     * @param range what to give instead, such as {@code "50 ms to a day"}
     * @throws ParameterException naming the option and its value when the value is outside min–max
     */
    static void require(CommandSpec spec, String option, long value, long min, long max, String range) {
        if (value < min || value > max) {
            throw new ParameterException(spec.commandLine(), option + " " + value + " is out of range: give " + range);
        }
    }

    static final class Port implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            long port = whole(value);
            if (port < 0 || port > 65535) {
                throw new TypeConversionException("is not a port: give 0–65535 (0 picks a free one)");
            }
            return (int) port;
        }
    }

    static final class Year implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            long year = whole(value);
            if (year < FIRST_YEAR || year > LAST_YEAR) {
                throw new TypeConversionException("is not a year calendars take: give " + FIRST_YEAR + "–" + LAST_YEAR
                        + " (iCalendar writes four-digit years; calendar apps and confcal's ledger count time from "
                        + FIRST_YEAR + ")");
            }
            return (int) year;
        }
    }
}
