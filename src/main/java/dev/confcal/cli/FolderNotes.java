package dev.confcal.cli;

import dev.confcal.notes.ParseResult;
import dev.confcal.official.ExportFetcher;
import dev.confcal.publish.NotesSource;
import dev.confcal.publish.ParseDeadline;
import dev.confcal.publish.UnreadableNotesException;
import dev.confcal.publish.folder.NotesFolder;
import dev.confcal.publish.folder.SlugRegistry;
import dev.confcal.publish.following.ExportRefresher;
import dev.confcal.publish.following.ScheduleFollowing;
import dev.confcal.publish.ledger.Ledger;
import dev.confcal.publish.ledger.LedgerUids;
import dev.confcal.publish.ledger.LedgerYear;
import dev.confcal.publish.ledger.StateFolder;
import dev.confcal.publish.ledger.StateMigration;
import dev.confcal.publish.ledger.StatePaths;
import dev.confcal.publish.ledger.UnusableLedgerException;
import dev.confcal.schedule.Problem;
import dev.confcal.schedule.ProblemCode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

    /**
     * A conference whose notes file is gone: its ledger is kept, and export holds its feeds.
     *
     * @param file the file it was last read from, as the registry says (null when the registry does not know it)
     */
    record Held(String slug, Path ledger, String file) {
    }

    /**
     * @param renamed what a renamed file took over: "new.md takes over slug/ (…)", to say
     * @param registry the slugs given, this run's included: export and serve keep it
     */
    record Folder(Path dir, Path stateDir, List<Read> conferences, List<Skip> skipped, List<Held> held,
                  List<String> renamed, SlugRegistry registry) {
    }

    /** Front matter keys only confcal reads: a file that sets one is a conference even before it has sessions. */
    private static final Pattern CONFCAL_KEY = Pattern.compile(
            "(?m)^(timezone|schedule|start|tracks|star-markers|session-links|prefer)\\s*:");
    /**
     * What a skipped file says that looks like a session that could not be read: a sign it was meant as conference
     * notes. Anything else (a README's date, a recipe's "at 10:00" in a sentence) is no such sign.
     */
    private static final Set<ProblemCode> SIGNS = Set.of(ProblemCode.UNREAD_TIMED_LINE,
            ProblemCode.UNREADABLE_SESSION_LINK, ProblemCode.UNREADABLE_TIME, ProblemCode.TIMED_LINE_IN_NOTES);

    private FolderNotes() {
    }

    static Folder read(Path dir, NotesOptions options, Clock clock) throws IOException {
        return read(dir, options, clock, file -> true);
    }

    /**
     * @param reading whether a file is to be read and parsed; one that is not (a conference already served, a note
     *                unchanged since it was last skipped) counts as present, so its ledger is not taken as held
     */
    static Folder read(Path dir, NotesOptions options, Clock clock,
                       java.util.function.Predicate<NotesFolder.NotesFile> reading) throws IOException {
        Path stateDir = StatePaths.stateDir(dir, options.stateDir);
        SlugRegistry registry = SlugRegistry.read(stateDir);
        NotesFolder.Scan scan = NotesFolder.scan(dir, registry);
        List<Read> conferences = new ArrayList<>();
        List<Skip> skipped = new ArrayList<>();
        for (NotesFolder.Skipped skip : scan.skipped()) {
            skipped.add(new Skip(dir.resolve(skip.relative()).toString(), skip.why(), null));
        }
        Set<String> present = new java.util.HashSet<>();
        for (NotesFolder.NotesFile file : scan.files()) {
            if (!reading.test(file)) {
                present.add(file.slug());
                continue;
            }
            Path shown = dir.resolve(file.relative());
            Path ledger = stateDir.resolve(file.slug() + ".json");
            String text;
            try {
                text = NotesSource.of(shown).read();
            } catch (UnreadableNotesException e) {
                skipped.add(new Skip(shown.toString(), e.getMessage(),
                        ProblemCode.UNREADABLE_NOTES.at(shown.toString(), 0, e.getMessage())));
                continue;
            }
            Integer year = ledgerYear(Files.exists(ledger) ? ledger : StatePaths.formerlyBesideNotes(shown));
            ParseResult result = ParseDeadline.DEFAULT.parse(shown.toString(), text, () -> options.parser(clock, year));
            if (result.schedule().sessions().isEmpty() && !declaresConfcal(text)) {
                Problem hint = result.problems().stream().filter(p -> SIGNS.contains(p.kind())).findFirst()
                        .orElse(null);
                skipped.add(new Skip(shown.toString(), "no session in it (no link to a schedule page, no timed line)"
                        + " and no front matter for confcal (timezone:, schedule:, start:)", hint));
                continue;
            }
            conferences.add(new Read(file, shown, text, result, ledger));
        }
        conferences.forEach(read -> present.add(read.slug()));
        List<Held> held = held(stateDir, registry, present);
        List<String> renamed = new ArrayList<>();
        for (int i = 0; i < conferences.size(); i++) {
            Read read = conferences.get(i);
            if (registry.slugOf(read.file().relative()).isPresent()) {
                continue; // a file that had its slug already
            }
            Optional<Held> before = renamedFrom(read, held);
            if (before.isPresent()) { // the same sessions under a new name: the feeds stay where they were
                Held was = before.get();
                held.remove(was);
                renamed.add(read.shown() + " takes over " + was.slug() + "/ from " + (was.file() == null
                        ? "a file no longer in the folder" : was.file()) + " (renamed or moved: the same sessions),"
                        + " so its feeds stay where calendars subscribe to them");
                read = new Read(new NotesFolder.NotesFile(read.file().path(), read.file().relative(), was.slug()),
                        read.shown(), read.text(), read.result(), was.ledger());
                conferences.set(i, read);
            }
        }
        for (Read read : conferences) {
            registry.put(read.slug(), read.file().relative());
        }
        return new Folder(dir, stateDir, conferences, skipped, held, renamed, registry);
    }

    /** A ledger in the state folder ({@code SLUG.json}, not the files beside it). */
    private static final Pattern LEDGER = Pattern.compile("[a-z0-9][a-z0-9-]*\\.json");

    /** Conferences with a ledger in the state folder and no notes file in the folder any more. */
    private static List<Held> held(Path stateDir, SlugRegistry registry, Set<String> present) throws IOException {
        List<Held> held = new ArrayList<>();
        if (!Files.isDirectory(stateDir)) {
            return held;
        }
        try (var files = Files.newDirectoryStream(stateDir)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                String slug = name.replaceFirst("\\.json$", "");
                if (LEDGER.matcher(name).matches() && !name.equals(SlugRegistry.FILE) && Files.isRegularFile(file)
                        && !present.contains(slug)) {
                    held.add(new Held(slug, file, registry.fileOf(slug).orElse(null)));
                }
            }
        }
        held.sort(java.util.Comparator.comparing(Held::slug));
        return held;
    }

    /** The conference a new file continues: at least half of the sessions of the smaller of the two in common. */
    private static Optional<Held> renamedFrom(Read read, List<Held> held) {
        Set<String> uids = new java.util.HashSet<>();
        read.result().schedule().sessions().forEach(session -> uids.add(session.uid()));
        if (uids.isEmpty()) {
            return Optional.empty();
        }
        Held best = null;
        long bestShared = 0;
        for (Held candidate : held) {
            Set<String> published = LedgerUids.read(candidate.ledger());
            long shared = published.stream().filter(uids::contains).count();
            if (shared * 2 >= Math.min(uids.size(), published.size()) && shared > bestShared) {
                best = candidate;
                bestShared = shared;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Each skipped file that looks like a conference's notes, at the line that looked like a session. */
    static void printHints(Folder folder, PrintWriter err) {
        for (Skip skip : folder.skipped()) {
            if (skip.hint() != null) {
                err.println(ProblemLines.located(skip.hint()) + " (the file was skipped: " + skip.why() + ")");
            }
        }
    }

    /**
     * A conference's ledger, opened and locked, after taking over what an older confcal kept beside its notes.
     *
     * @param notes its notes file, or null for a conference whose file is gone
     */
    static Ledger openLedger(Path ledger, Path notes, PrintWriter err) throws UnusableLedgerException {
        if (notes != null) {
            StateMigration.takeOver(StatePaths.formerlyBesideNotes(notes), ledger)
                    .ifPresent(moved -> err.println("confcal: " + moved));
        }
        Ledger opened = Ledger.open(ledger, warning -> err.println("warning: " + warning));
        StateFolder.prepare(ledger.toAbsolutePath().getParent());
        return opened;
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
