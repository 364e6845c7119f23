package dev.confcal.publish.ledger;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Takes over the files versions before the state folder kept beside the notes ({@code notes.confcal-state.json}, its
 * lock, high-water mark, last good notes as {@code .md} — which Obsidian indexed as a duplicate note — and the
 * official schedule's copy) into the state folder, once. Safe to interrupt: the ledger moves last, so a start after a
 * crash finds the old ledger still there and finishes the move; nothing is copied over a ledger already in place.
 */
public final class StateMigration {

    private StateMigration() {
    }

    /**
     * @param old    the ledger's former place
     * @param ledger its place now
     * @return what was moved, to say once; empty when there was nothing to take over
     * @throws UnusableLedgerException when another confcal holds the old ledger, or a file cannot be moved
     *                                 ({@link UnusableLedgerException#unwritable()}: then the old ledger stays
     *                                 where it was, whole, and can be used there)
     */
    @SuppressWarnings("try") // the old ledger's lock is held for the move and only released: nothing calls it
    public static Optional<String> takeOver(Path old, Path ledger) throws UnusableLedgerException {
        if (!Files.isRegularFile(old) || Files.exists(ledger)) {
            return Optional.empty();
        }
        List<String> moved = new ArrayList<>();
        try (LedgerLock lock = LedgerLock.acquire(old)) {
            Files.createDirectories(ledger.toAbsolutePath().getParent());
            StateFolder.prepare(ledger.toAbsolutePath().getParent());
            move(HighWaterMark.pathFor(old), HighWaterMark.pathFor(ledger), moved);
            move(old.resolveSibling(old.getFileName() + ".last-good.md"), LastGoodNotes.pathFor(ledger), moved);
            String oldStem = old.getFileName().toString().replaceFirst("\\.json$", "");
            String newStem = ledger.getFileName().toString().replaceFirst("\\.json$", "");
            for (String suffix : List.of(".schedule.ics", ".schedule.json")) {
                move(old.resolveSibling(oldStem + suffix), ledger.resolveSibling(newStem + suffix), moved);
            }
            try (DirectoryStream<Path> damaged = Files.newDirectoryStream(old.toAbsolutePath().getParent(),
                    glob(old.getFileName() + ".corrupt-") + "*")) {
                for (Path copy : damaged) {
                    String tail = copy.getFileName().toString().substring(old.getFileName().toString().length());
                    move(copy, ledger.resolveSibling(ledger.getFileName() + tail), moved);
                }
            }
            move(old, ledger, moved); // last: until it is moved, the next start finishes the move
        } catch (IOException e) {
            throw new UnusableLedgerException("cannot move the ledger " + old + " into " + ledger.getParent() + " ("
                    + LedgerLock.describe(e) + "); it was left where it was", true);
        }
        try {
            Files.deleteIfExists(LedgerLock.pathFor(old)); // released above: the lock, not the file, is what counts
        } catch (IOException e) {
            // a lock file left behind holds nothing
        }
        return Optional.of("moved the ledger and the " + (moved.size() - 1) + " file" + (moved.size() == 2 ? "" : "s")
                + " beside it from " + old.getParent() + " into " + ledger.getParent() + " (" + String.join(", ", moved)
                + "): the notes folder now holds only notes");
    }

    private static void move(Path from, Path to, List<String> moved) throws IOException {
        if (Files.isRegularFile(from)) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
            moved.add(from.getFileName().toString());
        }
    }

    /** A file name as a glob that matches only itself: its glob characters escaped. */
    private static String glob(String name) {
        return name.replaceAll("([*?\\[\\]{}\\\\])", "\\\\$1");
    }
}
