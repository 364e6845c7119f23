package dev.confcal.cli;

import dev.confcal.notes.ParseResult;
import dev.confcal.notes.ProblemCode;
import dev.confcal.official.ExportFetcher;
import dev.confcal.publish.NotesSource;
import dev.confcal.publish.ParseDeadline;
import dev.confcal.publish.UnreadableNotesException;
import dev.confcal.publish.folder.NotesFolder;
import dev.confcal.publish.following.ExportRefresher;
import dev.confcal.publish.following.ScheduleFollowing;
import dev.confcal.publish.ledger.LedgerYear;
import dev.confcal.publish.ledger.StatePaths;
import dev.confcal.publish.ledger.UnusableLedgerException;
import dev.confcal.schedule.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A notes folder read for {@code check} and {@code export}: which files are conferences (they hold a session, or
 * their front matter sets something for confcal), each parsed, and the others with why they were skipped — a file
 * skipped although a line in it looks like a session says where, so no conference is dropped in silence.
 */
final class FolderNotes {

    /** A conference's notes, read. @param ledger where its ledger is kept */
    record Read(NotesFolder.NotesFile file, Path shown, String text, ParseResult result, Path ledger) {
        String slug() {
            return file.slug();
        }
    }

    /** A file not read as a conference. @param hint a line that looks like a session, or null */
    record Skip(String shown, String why, Problem hint) {
    }

    record Folder(Path dir, Path stateDir, List<Read> conferences, List<Skip> skipped) {
    }

    /** Front matter keys only confcal reads: a file that sets one is a conference even before it has sessions. */
    private static final Pattern CONFCAL_KEY = Pattern.compile(
            "(?m)^(timezone|schedule|start|tracks|star-markers|session-links|prefer)\\s*:");
    /** What every file without a place or a year says: no sign that it was meant as conference notes. */
    private static final Set<String> NO_SIGN = Set.of(ProblemCode.ZONE_ASSUMED.code(), ProblemCode.YEAR_ASSUMED.code(),
            ProblemCode.NO_SESSIONS.code());

    private FolderNotes() {
    }

    static Folder read(Path dir, NotesOptions options, Clock clock) throws IOException {
        NotesFolder.Scan scan = NotesFolder.scan(dir);
        Path stateDir = StatePaths.stateDir(dir, options.stateDir);
        List<Read> conferences = new ArrayList<>();
        List<Skip> skipped = new ArrayList<>();
        for (NotesFolder.Skipped skip : scan.skipped()) {
            skipped.add(new Skip(dir.resolve(skip.relative()).toString(), skip.why(), null));
        }
        for (NotesFolder.NotesFile file : scan.files()) {
            Path shown = dir.resolve(file.relative());
            Path ledger = stateDir.resolve(file.slug() + ".json");
            String text;
            try {
                text = NotesSource.of(shown).read();
            } catch (UnreadableNotesException e) {
                skipped.add(new Skip(shown.toString(), e.getMessage(),
                        Problem.error(shown.toString(), 0, "unreadable-notes", e.getMessage())));
                continue;
            }
            Integer year = ledgerYear(Files.exists(ledger) ? ledger : StatePaths.formerlyBesideNotes(shown));
            ParseResult result = ParseDeadline.DEFAULT.parse(shown.toString(), text, () -> options.parser(clock, year));
            if (result.schedule().sessions().isEmpty() && !declaresConfcal(text)) {
                Problem hint = result.problems().stream().filter(p -> !NO_SIGN.contains(p.code())).findFirst()
                        .orElse(null);
                skipped.add(new Skip(shown.toString(), "no session in it (no link to a schedule page, no timed line)"
                        + " and no front matter for confcal (timezone:, schedule:, start:)", hint));
                continue;
            }
            conferences.add(new Read(file, shown, text, result, ledger));
        }
        return new Folder(dir, stateDir, conferences, skipped);
    }

    /** The official schedule a conference's front matter names, fetched once; its copy kept beside {@code ledger}. */
    static ScheduleFollowing following(Read read, Clock clock, Path ledger) {
        return new ScheduleFollowing(null, read.shown().toAbsolutePath().getParent(),
                new ExportFetcher(ExportFetcher.Limits.DEFAULT), ledger, clock, ExportRefresher.DEFAULT_REFRESH,
                ScheduleFollowing.Mode.ONCE).forTheOperator();
    }

    static boolean declaresConfcal(String text) {
        if (!text.startsWith("---")) {
            return false;
        }
        int end = text.indexOf("\n---", 3);
        return end > 0 && CONFCAL_KEY.matcher(text.substring(0, end)).find();
    }

    private static Integer ledgerYear(Path ledger) {
        try {
            return Files.exists(ledger) ? LedgerYear.read(ledger).orElse(null) : null;
        } catch (UnusableLedgerException e) {
            return null; // export opens it and says why; check uses the clock, as for one file
        }
    }
}
