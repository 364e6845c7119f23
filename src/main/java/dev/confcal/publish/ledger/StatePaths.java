package dev.confcal.publish.ledger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where the ledger and the files beside it live, and which paths may never be one: the notes themselves (an easy
 * mix-up on a command line, {@code --state notes.md}) or a folder.
 */
public final class StatePaths {

    private StatePaths() {
    }

    /** The state folder's name: hidden from Obsidian, Logseq and most editors, which read every other file as notes. */
    public static final String STATE_DIR = ".confcal";

    /** {@code .confcal/notes.json} in the folder of {@code notes.md}, or in {@code stateDir} when one is given. */
    public static Path besideNotes(Path notes, Path stateDir) {
        return stateDir(notes.toAbsolutePath().getParent(), stateDir).resolve(stem(notes) + ".json");
    }

    /** {@code .confcal/notes.json} in the folder of {@code notes.md}. */
    public static Path besideNotes(Path notes) {
        return besideNotes(notes, null);
    }

    /** {@code DIR/.confcal}, or {@code stateDir} when one is given. */
    public static Path stateDir(Path notesFolder, Path stateDir) {
        return stateDir != null ? stateDir.toAbsolutePath() : notesFolder.toAbsolutePath().resolve(STATE_DIR);
    }

    /** Where versions before the state folder kept the ledger: {@code notes.confcal-state.json} beside the notes. */
    public static Path formerlyBesideNotes(Path notes) {
        return notes.toAbsolutePath().getParent().resolve(stem(notes) + ".confcal-state.json");
    }

    private static String stem(Path notes) {
        return notes.getFileName().toString().replaceFirst("\\.[^.]*$", "");
    }

    /** The ledger, its lock and its last good notes: every file confcal writes for a state path. */
    public static List<Path> written(Path state) {
        return List.of(state, LedgerLock.pathFor(state), LastGoodNotes.pathFor(state), HighWaterMark.pathFor(state));
    }

    /**
     * @param notes the notes file, or null for the bundled notes
     * @throws UnusableLedgerException when confcal would write over the notes, or the state path is a folder or
     *                                 not a regular file
     */
    public static void check(Path state, Path notes) throws UnusableLedgerException {
        if (Files.isDirectory(state)) {
            throw new UnusableLedgerException("--state " + state + " is a folder; give a file path such as "
                    + state.resolve("confcal-state.json"));
        }
        if (Files.exists(state) && !Files.isRegularFile(state)) {
            throw new UnusableLedgerException("--state " + state + " is not a regular file (a device, FIFO or"
                    + " socket); give the path of a file");
        }
        if (notes == null) {
            return;
        }
        for (Path written : written(state)) {
            if (same(written, notes)) {
                throw new UnusableLedgerException("--state " + state + " would write over the notes " + notes
                        + (written.equals(state) ? "" : " (as " + written.getFileName() + ")")
                        + "; the state must be a file of its own, such as " + besideNotes(notes));
            }
        }
    }

    private static boolean same(Path a, Path b) {
        try {
            if (Files.exists(a) && Files.exists(b)) {
                return Files.isSameFile(a, b); // a hard link too
            }
            return RealPath.of(a).equals(RealPath.of(b));
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }

    /**
     * Whether {@code file} is, or would be written, inside {@code folder}, wherever links lead either: the ledger,
     * its lock and the last good notes must never land in a folder that is published.
     */
    public static boolean inside(Path file, Path folder) {
        try {
            return RealPath.of(file).startsWith(RealPath.of(folder));
        } catch (IOException e) {
            return true; // cannot tell: as if it were
        }
    }
}
