package dev.confcal.publish.ledger;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.util.concurrent.ThreadLocalRandom;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file so that readers (a web server, a restarted confcal) see the old content or the new, never half:
 * a temporary file in the same folder, then a rename over the old one. The one way confcal replaces a file: the
 * ledger and what lives beside it (private, 0600, durable) and a static export's files (readable by a web server).
 */
public final class AtomicFile {

    /** What is done to the temporary file before it is renamed into place: narrow its mode, say. */
    @FunctionalInterface
    public interface Preparation {
        void apply(Path temp) throws IOException;
    }

    private AtomicFile() {
    }

    /**
     * A private file (0600, as a temporary file is made).
     *
     * @param durable also force the bytes to disk before the rename, and the folder's entry after it, so a power
     *                cut leaves the old file or the new, never an empty one or none
     */
    public static void write(Path path, byte[] bytes, boolean durable) throws IOException {
        Path dir = path.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        replace(path, Files.createTempFile(dir, "." + path.getFileName(), ".tmp"), bytes, durable, temp -> { });
    }

    /**
     * A file others read: the temporary file is created as any new file is (the umask decides its mode), then
     * {@code prepare} is applied to it before the rename. The folder must exist.
     */
    public static void writeShared(Path path, byte[] bytes, Preparation prepare) throws IOException {
        Path temp = path.resolveSibling("." + path.getFileName() + "." + Long.toHexString(
                ThreadLocalRandom.current().nextLong()) + ".tmp");
        Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
        replace(path, temp, bytes, false, prepare);
    }

    private static void replace(Path path, Path temp, byte[] bytes, boolean durable, Preparation prepare)
            throws IOException {
        try {
            try (OutputStream out = durable
                    ? Files.newOutputStream(temp, StandardOpenOption.WRITE, StandardOpenOption.SYNC)
                    : Files.newOutputStream(temp, StandardOpenOption.WRITE)) {
                out.write(bytes);
            }
            prepare.apply(temp);
            try {
                Files.move(temp, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, path, StandardCopyOption.REPLACE_EXISTING);
            }
            if (durable) {
                syncFolder(path.toAbsolutePath().getParent());
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The rename itself is on disk once the folder is: forced where the file system allows opening a folder. */
    private static void syncFolder(Path dir) {
        try (FileChannel folder = FileChannel.open(dir, StandardOpenOption.READ)) {
            folder.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // not on this platform or file system (Windows cannot open a folder): the rename is as durable as it gets
        }
    }
}
