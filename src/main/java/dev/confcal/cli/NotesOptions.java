package dev.confcal.cli;

import dev.confcal.notes.NotesParser;
import dev.confcal.publish.NotesSource;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options every command shares: which notes, and what to assume where the notes say nothing. */
final class NotesOptions {

    @Parameters(index = "0", arity = "0..1", paramLabel = "NOTES.md",
            description = "The notes file (default: the bundled KubeCon China 2023 notes).")
    Path notes;

    @Option(names = "--year", paramLabel = "YEAR",
            description = "The conference's year, when neither the notes' front matter nor their headings say.")
    Integer year;

    @Option(names = "--timezone", paramLabel = "ZONE", converter = ZoneConverter.class,
            description = "IANA time zone, when the notes' front matter does not set one (default: Asia/Shanghai).")
    ZoneId zone;

    NotesSource source() {
        return notes == null ? NotesSource.bundled() : NotesSource.of(notes);
    }

    NotesParser parser(Clock clock) {
        return parser(clock, null);
    }

    /** @param fallbackYear the year to assume instead of the clock's when nothing names one (from the ledger) */
    NotesParser parser(Clock clock, Integer fallbackYear) {
        return NotesParser.builder().year(year).zone(zone).clock(clock).fallbackYear(fallbackYear).build();
    }

    static final class ZoneConverter implements picocli.CommandLine.ITypeConverter<ZoneId> {
        @Override
        public ZoneId convert(String value) {
            try {
                return ZoneId.of(value);
            } catch (java.time.DateTimeException e) {
                throw new picocli.CommandLine.TypeConversionException(
                        "\"" + value + "\" is not an IANA time zone (such as Asia/Shanghai or Europe/Amsterdam)");
            }
        }
    }
}
