package dev.confcal.cli;

import dev.confcal.publish.LiveEdition;
import dev.confcal.publish.NotesSource;
import dev.confcal.publish.PublishPolicy;
import dev.confcal.publish.UnreadableNotesException;
import dev.confcal.publish.following.ScheduleFollowing;
import dev.confcal.publish.ledger.Ledger;
import dev.confcal.publish.ledger.LedgerWriteException;
import dev.confcal.publish.ledger.StateFolder;
import dev.confcal.publish.ledger.UnusableLedgerException;
import dev.confcal.official.ExportFetcher;
import dev.confcal.web.FolderEditions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code serve DIR}: a live edition per conference of a notes folder, each watched as one notes file is, and the
 * folder looked at again every few seconds for new conferences. A file that goes away while serving is held as a
 * broken one is: its conference keeps what it last published, and its page and /healthz say the notes are missing.
 */
final class FolderServe implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FolderServe.class);

    private final Path dir;
    private final NotesOptions options;
    private final Clock clock;
    private final PublishPolicy policy;
    private final Duration poll;
    private final Duration refresh;
    private final FolderEditions editions = new FolderEditions();
    private final java.util.Map<String, LiveEdition> loaded = new java.util.concurrent.ConcurrentHashMap<>();
    /** Files read at a look at the folder that were no conference, by path in the folder: their size and time. */
    private final java.util.Map<String, String> skippedAt = new java.util.HashMap<>();
    private final ScheduledExecutorService rescan = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "folder-rescan");
        thread.setDaemon(true);
        return thread;
    });

    private FolderServe(Path dir, NotesOptions options, Clock clock, PublishPolicy policy, Duration poll,
                        Duration refresh) {
        this.dir = dir;
        this.options = options;
        this.clock = clock;
        this.policy = policy;
        this.poll = poll;
        this.refresh = refresh;
    }

    /**
     * @throws UnusableLedgerException when a conference's ledger is held by another confcal or is not a ledger
     * @throws CommandFailure          when the folder holds no conference
     */
    static FolderServe start(Path dir, NotesOptions options, Clock clock, PublishPolicy policy, Duration poll,
                             Duration refresh, PrintWriter err) throws IOException, UnusableLedgerException {
        FolderServe serve = new FolderServe(dir, options, clock, policy, poll, refresh);
        try {
            FolderNotes.Folder folder = FolderNotes.read(dir, options, clock);
            FolderNotes.printHints(folder, err);
            for (FolderNotes.Read read : folder.conferences()) {
                serve.load(read, err);
            }
            folder.renamed().forEach(renamed -> err.println("confcal: " + renamed));
            for (FolderNotes.Held gone : folder.held()) {
                err.println("warning: " + gone.slug() + "/ is not served: " + (gone.file() == null
                        ? "its notes file" : gone.file()) + " is no longer in " + dir + " (export " + dir
                        + " keeps publishing its last good notes; give the file back to serve it)");
            }
            serve.keep(folder);
            if (serve.loaded.isEmpty()) {
                throw CommandFailure.unusable("no notes with sessions in " + dir + " (" + folder.skipped().size()
                        + " files skipped; confcal check " + dir + " says why)");
            }
        } catch (IOException | UnusableLedgerException | RuntimeException e) {
            serve.close();
            throw e;
        }
        long every = Math.max(2000, poll.toMillis() * 10);
        serve.rescan.scheduleWithFixedDelay(serve::rescan, every, every, TimeUnit.MILLISECONDS);
        return serve;
    }

    FolderEditions editions() {
        return editions;
    }

    int sessions() {
        return loaded.values().stream().mapToInt(live -> live.edition().schedule().sessions().size()).sum();
    }

    int conferences() {
        return loaded.size();
    }

    /** The slugs given, kept so that they never move (a registry that cannot be written is said, and retried). */
    private void keep(FolderNotes.Folder folder) {
        try {
            StateFolder.prepare(folder.stateDir());
            folder.registry().write(folder.stateDir());
        } catch (IOException e) {
            LOG.warn("cannot keep the conferences' slugs in {}: {}", folder.stateDir(), e.getMessage());
        }
    }

    private void load(FolderNotes.Read read, PrintWriter err) throws UnusableLedgerException {
        Ledger ledger = FolderNotes.openLedger(read.ledger(), read.shown(), err);
        LiveEdition live;
        try {
            live = LiveEdition.load(NotesSource.of(read.shown()), year -> options.parser(clock, year), ledger, clock,
                    policy, new ScheduleFollowing(null, read.shown().toAbsolutePath().getParent(),
                            new ExportFetcher(ExportFetcher.Limits.DEFAULT), ledger.status().path(), clock, refresh,
                            ScheduleFollowing.Mode.BACKGROUND));
        } catch (UnreadableNotesException | LedgerWriteException e) {
            ledger.close();
            err.println("warning: " + read.slug() + "/ is not served: " + e.getMessage());
            return;
        }
        live.state().problems().forEach(problem -> err.println(ProblemLines.located(problem)));
        live.watch(poll);
        loaded.put(read.slug(), live);
        editions.put(read.slug(), live);
    }

    /**
     * New conferences in the folder are served from the next look; gone ones stay, held, until a restart. Only new
     * or changed files are parsed: a vault's other notes, unchanged since they were skipped, are not read again.
     */
    private void rescan() {
        try {
            FolderNotes.Folder folder = FolderNotes.read(dir, options, clock, this::worthReading);
            for (FolderNotes.Read read : folder.conferences()) {
                skippedAt.remove(read.file().relative());
            }
            PrintWriter log = new PrintWriter(new java.io.StringWriter());
            boolean added = false;
            for (FolderNotes.Read read : folder.conferences()) {
                if (!loaded.containsKey(read.slug())) {
                    load(read, log);
                    if (loaded.containsKey(read.slug())) {
                        LOG.info("{}: serving the new conference {}/", read.shown(), read.slug());
                        added = true;
                    }
                }
            }
            if (added) {
                keep(folder);
            }
        } catch (IOException | UnusableLedgerException | RuntimeException e) {
            LOG.warn("cannot look for new conferences in {}: {}", dir, e.getMessage());
        }
    }

    /** A file not served yet, and new or changed since it was last read (remembered as read, until it is served). */
    private boolean worthReading(dev.confcal.publish.folder.NotesFolder.NotesFile file) {
        if (loaded.containsKey(file.slug())) {
            return false;
        }
        String stamp;
        try {
            stamp = java.nio.file.Files.size(file.path()) + "@" + java.nio.file.Files.getLastModifiedTime(file.path());
        } catch (IOException e) {
            return true; // read, and said there why it cannot be
        }
        return !stamp.equals(skippedAt.put(file.relative(), stamp));
    }

    @Override
    public void close() {
        rescan.shutdownNow();
        for (LiveEdition live : List.copyOf(loaded.values())) {
            live.close();
        }
    }
}
