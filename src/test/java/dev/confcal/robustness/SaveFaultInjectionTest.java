package dev.confcal.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.confcal.notes.NotesParser;
import dev.confcal.notes.ParseResult;
import dev.confcal.publish.ledger.Ledger;
import dev.confcal.publish.EditionState;
import dev.confcal.publish.LiveEdition;
import dev.confcal.publish.NotesSource;
import dev.confcal.publish.PublishPolicy;
import dev.confcal.schedule.Session;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10's fault injection: random edits of the seed notes (notes changed, sessions removed and brought back,
 * many removed at once, typos that break a time heading), each saved the way some editor or tool saves — an atomic
 * rename, in place truncated then completed after a pause, in chunks, a symlink swap (a Kubernetes ConfigMap), and
 * cut short by a full disk — with restarts in the middle of a save. Every edition the live edition publishes is
 * recorded, and: no session is ever published as cancelled unless a save the writer completed removed it, and no
 * SEQUENCE or DTSTAMP of any UID ever goes back, across the whole run and its restarts.
 */
@Tag("load")
class SaveFaultInjectionTest {

    private static final PublishPolicy WAITS = new PublishPolicy(Duration.ofMillis(400), Duration.ofMillis(1200));
    private static final Duration POLL = Duration.ofMillis(20);
    private static final Pattern EVENT_ID = Pattern.compile("sched\\.com/event/([A-Za-z0-9]+)/");

    /** A version of the notes as the writer means it, with what the parser makes of it. */
    record Version(String text, String hash, Set<String> uids, boolean clean) {
    }

    /** A served edition as published, in order. */
    record Seen(EditionState state) {
    }

    enum Save { ATOMIC, IN_PLACE_WITH_A_PAUSE, IN_CHUNKS, SYMLINK_SWAP }

    @TempDir
    Path dir;

    @Test
    void twoHundredEditsSavedEveryWayNeverCancelWhatTheNotesKeptNorLowerASequence() throws Exception {
        Random random = new Random(Long.getLong("faults.seed", 10));
        Run run = new Run(dir.resolve("notes.md"), dir.resolve("state.json"));
        try {
            for (int i = 1; i <= 200; i++) {
                Version version = run.writer.next(random);
                Save save = i % 50 == 0 ? Save.IN_PLACE_WITH_A_PAUSE : Save.values()[random.nextInt(4)];
                run.save(version, save, random, i % 50 == 0);
                run.pause(version, random);
            }
            run.finish();
        } finally {
            run.close();
        }
        run.check();
        System.out.printf("fault injection: %d editions published, %d of them with new cancellations%n",
                run.published.size(), run.removalsPublished);
        assertThat(run.published.size()).as("editions published").isGreaterThan(30);
        assertThat(run.removalsPublished).as("editions that published a removal").isGreaterThan(5);
    }

    /** Needs root to mount a small tmpfs; elsewhere this save pattern is skipped, and says so. */
    @Test
    void savesCutShortByAFullDiskNeverCancelAnythingAndNothingIsPublishedUnsaved() throws Exception {
        Path tiny = Files.createDirectories(dir.resolve("tiny"));
        assumeTrue(command("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", tiny.toString()),
                "ASSUMPTION: a 1 MiB tmpfs can be mounted (needs root); the full-disk save pattern is skipped");
        Random random = new Random(Long.getLong("faults.seed", 10));
        try {
            Run run = new Run(tiny.resolve("notes.md"), tiny.resolve("state.json"));
            boolean refusedToSave = false;
            boolean unsaved = false;
            try {
                for (int i = 1; i <= 12; i++) {
                    Version version = run.writer.next(random);
                    byte[] bytes = version.text().getBytes(StandardCharsets.UTF_8);
                    Path filler = tiny.resolve("filler");
                    Files.write(run.notes, new byte[0]); // the editor opens the file to write it: truncated first
                    boolean ledgerFull = i % 4 == 0; // the notes fit, the ledger does not
                    long keep = ledgerFull ? bytes.length + 4096 : bytes.length * (10 + random.nextInt(80)) / 100;
                    long fill = Files.getFileStore(tiny).getUsableSpace() - keep;
                    Files.write(filler, new byte[(int) Math.max(0, fill)]); // the disk fills meanwhile
                    try {
                        Files.write(run.notes, bytes, StandardOpenOption.APPEND); // and the save is cut short
                    } catch (IOException e) {
                        refusedToSave = true;
                    }
                    Thread.sleep(WAITS.settle().toMillis() + 300); // the cut save stays a while
                    if (ledgerFull && !version.hash().equals(run.live.state().notesHash())) {
                        unsaved |= !run.live.health().ok() && run.live.health().reasons().get(0)
                                .startsWith("cannot write the ledger");
                    }
                    if (i % 5 == 0) {
                        run.restart();
                        Thread.sleep(WAITS.settle().toMillis() + 100);
                    }
                    Files.delete(filler);
                    Files.write(run.notes, bytes); // space freed: saved again, whole
                    run.completed(version);
                    run.pause(version, random);
                }
                run.finish();
            } finally {
                run.close();
            }
            run.check();
            assertThat(refusedToSave).as("some saves hit the full disk").isTrue();
            assertThat(unsaved).as("/healthz said an edit could not be published: no room for the ledger").isTrue();
        } finally {
            command("umount", "-l", tiny.toString());
        }
    }

    private static boolean command(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** The writer's side: the notes as meant, version after version. */
    static final class Writer {
        private static final String SEED = seed();
        private static final List<String> IDS = ids(SEED);
        private final Set<String> removed = new TreeSet<>();
        private int counter;

        Version first() {
            return version(SEED);
        }

        /** A random edit of the last version. */
        Version next(Random random) {
            List<String> present = IDS.stream().filter(id -> !removed.contains(id)).toList();
            boolean error = false;
            int roll = random.nextInt(100);
            if (roll < 55) {
                counter++;
            } else if (roll < 70 && present.size() > 12) {
                for (int n = 1 + random.nextInt(2); n > 0; n--) {
                    removed.add(present.get(random.nextInt(present.size())));
                }
            } else if (roll < 76 && present.size() >= 20) {
                for (int n = 0; n < 10; n++) { // many at once: a mass removal
                    removed.add(present.get((n * 3 + random.nextInt(3)) % present.size()));
                }
            } else if (roll < 90 && !removed.isEmpty()) {
                List<String> gone = new ArrayList<>(removed);
                int back = random.nextBoolean() ? gone.size() : 1 + random.nextInt(Math.min(3, gone.size()));
                for (int n = 0; n < back; n++) {
                    removed.remove(gone.get(n));
                }
            } else {
                error = random.nextBoolean();
                counter++;
            }
            String text = SEED.replace("混沌测试", "混沌测试 edit " + counter);
            for (String id : removed) {
                text = text.replaceAll("(?m)^.*sched\\.com/event/" + id + "/.*\\n", "");
            }
            if (error) {
                text = text.replace("### 11:50am", "### 25:00"); // an error: refused, never published
            }
            return version(text);
        }

        private static Version version(String text) {
            ParseResult result = NotesParser.create().parse("notes.md", text);
            Set<String> uids = new HashSet<>();
            result.schedule().sessions().forEach(s -> uids.add(s.uid()));
            return new Version(text, sha256(text.getBytes(StandardCharsets.UTF_8)), uids, !result.hasErrors());
        }

        private static String seed() {
            try {
                return NotesSource.bundled().read();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        private static List<String> ids(String text) {
            List<String> ids = new ArrayList<>();
            Matcher matcher = EVENT_ID.matcher(text);
            while (matcher.find()) {
                ids.add(matcher.group(1));
            }
            return ids;
        }
    }

    /** The server's side, and what it published. */
    final class Run implements AutoCloseable {
        final Path notes;
        final Path state;
        final Writer writer = new Writer();
        final List<Seen> published = new CopyOnWriteArrayList<>();
        final Map<String, Version> completed = new HashMap<>();
        final Set<String> everPresent = new HashSet<>();
        Version last;
        LiveEdition live;
        int removalsPublished;
        private int swaps;

        Run(Path notes, Path state) throws Exception {
            this.notes = notes;
            this.state = state;
            last = writer.first();
            Files.writeString(notes, last.text());
            completed(last);
            start();
        }

        void start() throws Exception {
            live = LiveEdition.load(NotesSource.of(notes), year -> NotesParser.builder().fallbackYear(year).build(),
                    Ledger.open(state, w -> { }), Clock.systemUTC(), WAITS);
            published.add(new Seen(live.state()));
            live.onPublish(state -> published.add(new Seen(state)));
            live.watch(POLL);
        }

        void restart() throws Exception {
            live.close();
            start();
        }

        void completed(Version version) {
            completed.put(version.hash(), version);
            last = version;
        }

        void save(Version version, Save save, Random random, boolean restartMidSave) throws Exception {
            byte[] bytes = version.text().getBytes(StandardCharsets.UTF_8);
            switch (save) {
                case ATOMIC -> {
                    Path temp = notes.resolveSibling(".notes.md.swp");
                    Files.write(temp, bytes);
                    Files.move(temp, notes, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                }
                case IN_PLACE_WITH_A_PAUSE -> {
                    Files.write(notes, java.util.Arrays.copyOf(bytes, bytes.length * (10 + random.nextInt(88)) / 100));
                    if (restartMidSave) {
                        restart();
                    }
                    Thread.sleep(20 + random.nextInt(110)); // well under the settle period
                    Files.write(notes, bytes);
                }
                case IN_CHUNKS -> {
                    try (FileChannel out = FileChannel.open(notes, StandardOpenOption.WRITE,
                            StandardOpenOption.TRUNCATE_EXISTING)) {
                        int chunks = 3 + random.nextInt(6);
                        for (int c = 0; c < chunks; c++) {
                            int from = bytes.length * c / chunks;
                            out.write(ByteBuffer.wrap(bytes, from, bytes.length * (c + 1) / chunks - from));
                            Thread.sleep(5 + random.nextInt(25));
                        }
                    }
                }
                case SYMLINK_SWAP -> {
                    Path data = Files.createDirectories(notes.resolveSibling("data"));
                    Path target = data.resolve("v" + ++swaps + ".md");
                    Files.write(target, bytes);
                    Path link = notes.resolveSibling(".notes.md.link");
                    Files.deleteIfExists(link);
                    Files.createSymbolicLink(link, target);
                    Files.move(link, notes, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            completed(version);
        }

        /** Mostly short pauses; while a version removes served sessions, often long enough for it to be published. */
        void pause(Version version, Random random) throws InterruptedException {
            long millis = 15 + random.nextInt(60);
            Set<String> removed = new HashSet<>();
            live.edition().schedule().sessions().forEach(s -> removed.add(s.uid()));
            removed.removeAll(version.uids());
            if (!removed.isEmpty() && version.clean() && random.nextBoolean() || random.nextInt(16) == 0) {
                millis = (removed.size() > 8 ? WAITS.confirm() : WAITS.settle()).toMillis() + 300;
            }
            Thread.sleep(millis);
        }

        /** A last clean version, saved atomically: once it has settled, it is what is published. */
        void finish() throws Exception {
            Version end = writer.next(new Random(1));
            while (!end.clean()) {
                end = writer.next(new Random(2));
            }
            save(end, Save.ATOMIC, new Random(3), false);
            long deadline = System.nanoTime() + WAITS.confirm().plusSeconds(10).toNanos();
            while (!end.hash().equals(live.state().notesHash()) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(live.state().notesHash()).as("the final notes are published").isEqualTo(end.hash());
            assertThat(live.health().ok()).as(live.health().reasons().toString()).isTrue();
        }

        void check() {
            Map<String, Integer> sequences = new HashMap<>();
            Map<String, Instant> stamps = new HashMap<>();
            Set<String> cancelledBefore = new HashSet<>();
            Instant loaded = Instant.EPOCH;
            for (Seen seen : published) {
                var edition = seen.state().edition();
                edition.schedule().sessions().forEach(s -> everPresent.add(s.uid()));
                Set<String> cancelled = new HashSet<>();
                edition.cancelled().forEach(s -> cancelled.add(s.uid()));
                Set<String> newly = new TreeSet<>(cancelled);
                newly.removeAll(cancelledBefore);
                if (!newly.isEmpty()) {
                    Version from = completed.get(seen.state().notesHash());
                    assertThat(from).as("cancelled %s from notes the writer never completed", newly).isNotNull();
                    assertThat(from.clean()).as("cancelled %s from notes with errors", newly).isTrue();
                    assertThat(from.uids()).as("cancelled while in the notes").doesNotContainAnyElementsOf(newly);
                    removalsPublished++;
                }
                cancelledBefore = cancelled;
                edition.revisions().forEach((uid, revision) -> {
                    Integer before = sequences.put(uid, revision.sequence());
                    assertThat(revision.sequence()).as("SEQUENCE of %s", uid).isGreaterThanOrEqualTo(
                            before == null ? 0 : before);
                    Instant stamp = stamps.put(uid, revision.lastModified());
                    assertThat(revision.lastModified()).as("DTSTAMP of %s", uid)
                            .isAfterOrEqualTo(stamp == null ? Instant.EPOCH : stamp);
                });
                assertThat(seen.state().loadedAt()).isAfterOrEqualTo(loaded);
                loaded = seen.state().loadedAt();
            }
            var end = published.get(published.size() - 1).state().edition();
            Set<String> shouldBeCancelled = new TreeSet<>(everPresent);
            shouldBeCancelled.removeAll(last.uids());
            assertThat(end.cancelled()).extracting(Session::uid).containsExactlyInAnyOrderElementsOf(shouldBeCancelled);
        }

        @Override
        public void close() {
            live.close();
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
