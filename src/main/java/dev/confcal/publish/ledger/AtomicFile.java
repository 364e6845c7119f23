package dev.confcal.publish.ledger;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file so that readers (a web server, a restarted confcal) see the old content or the new, never half:
 * a temporary file in the same folder, then a rename over the old one.
 */
public final class AtomicFile {

    private AtomicFile() {
    }

    /**
     * @param durable also force the bytes to disk before the rename, so a power cut cannot leave an empty file
     */
    public static void write(Path path, byte[] bytes, boolean durable) throws IOException {
        Path dir = path.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + path.getFileName(), ".tmp");
        try {
            try (OutputStream out = durable
                    ? Files.newOutputStream(temp, StandardOpenOption.WRITE, StandardOpenOption.SYNC)
                    : Files.newOutputStream(temp, StandardOpenOption.WRITE)) {
                out.write(bytes);
            }
            try {
                Files.move(temp, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, path, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
