package dev.confcal.cli;

import dev.confcal.notes.NotesParser;
import dev.confcal.notes.WritableZone;
import dev.confcal.official.ExportFetcher;
import dev.confcal.publish.NotesSource;
import dev.confcal.publish.following.ScheduleFollowing;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options every command shares: which notes, and what to assume where the notes say nothing. */
final class NotesOptions {

    @Parameters(index = "0", arity = "0..1", paramLabel = "NOTES.md|DIR",
            description = "The notes file, or a folder of notes files, one conference each (default: the bundled"
                    + " notes of KubeCon China 2023).")
    Path notes;

    @Option(names = "--state-dir", paramLabel = "DIR",
            description = "Where confcal keeps its state (the ledger of what was published, its lock, the last good"
                    + " notes, the official schedule's copy): default .confcal/ in the notes' folder, hidden from"
                    + " note-taking apps; commit it to keep SEQUENCE across runs of a repository's workflow.")
    Path stateDir;

    @Option(names = "--year", paramLabel = "YEAR", converter = Values.Year.class,
            description = "The conference's year, when neither the notes' front matter, their day headings nor their"
                    + " session links say (" + Values.FIRST_YEAR + "–" + Values.LAST_YEAR + ").")
    Integer year;

    @Option(names = "--timezone", paramLabel = "ZONE", converter = ZoneConverter.class,
            description = "The conference's IANA time zone, such as Europe/Berlin, when the notes' front matter sets"
                    + " none (default: the zone the notes state, else the official schedule's, else Asia/Shanghai).")
    ZoneId zone;

    @Option(names = "--schedule", paramLabel = "auto|URL|FILE",
            description = "The conference's official schedule, for rooms, exact times and official tracks: auto (the"
                    + " all.ics export of the sched site the notes link to), the URL of an iCalendar export, or a"
                    + " file (default: the front matter's schedule:, else none; nothing is fetched unless one is"
                    + " named).")
    String schedule;

    /**
     * The official schedule as the notes or {@code --schedule} name it.
     *
     * @param ledgerFile where its last good copy is kept beside (null: nowhere)
     */
    ScheduleFollowing following(Clock clock, Path ledgerFile, ScheduleFollowing.Mode mode, Duration refresh) {
        Path dir = notes == null ? Path.of("").toAbsolutePath() : notes.toAbsolutePath().getParent();
        return new ScheduleFollowing(schedule, dir, new ExportFetcher(ExportFetcher.Limits.DEFAULT), ledgerFile, clock,
                refresh, mode);
    }

    /** Whether the notes named are a folder of notes files, one conference each. */
    boolean isFolder() {
        return notes != null && java.nio.file.Files.isDirectory(notes);
    }

    /**
     * What a folder cannot take: {@code --schedule} names one conference's schedule (in a folder each file's front
     * matter names its own), {@code --state} one ledger (a folder keeps one per conference).
     */
    void refuseForFolder(Path state) {
        if (state != null) {
            throw CommandFailure.unusable("--state names one ledger; a folder of notes keeps one per conference in"
                    + " its state folder: give --state-dir DIR instead");
        }
        if (schedule != null) {
            throw CommandFailure.unusable("--schedule names one conference's official schedule; in a folder of notes,"
                    + " give each conference's in its front matter (schedule: auto, a URL or a file)");
        }
    }

    NotesSource source() {
        return notes == null ? NotesSource.bundled() : NotesSource.of(notes);
    }

    /** @param fallbackYear the year to assume instead of the clock's when nothing names one (from the ledger) */
    NotesParser parser(Clock clock, Integer fallbackYear) {
        return NotesParser.builder().year(year).zone(zone).clock(clock).fallbackYear(fallbackYear).build();
    }

    /**
     * A zone the feeds can be written in: an id calendars have no definition for is refused here, unless it is a
     * fixed offset, which the notes reader writes as the matching Etc zone and says so.
     */
    static final class ZoneConverter implements picocli.CommandLine.ITypeConverter<ZoneId> {
        @Override
        public ZoneId convert(String value) {
            WritableZone zone = WritableZone.read(value);
            if (zone.zone() == null) { // the notes' message, "timezone \"X\" is not …", after the option and value
                String prefix = "timezone \"" + value.strip() + "\" ";
                String error = zone.error();
                throw new picocli.CommandLine.TypeConversionException(error.startsWith(prefix)
                        ? error.substring(prefix.length()) : error);
            }
            return ZoneId.of(value.strip());
        }
    }
}
