package dev.confcal.publish.ledger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Where a path really is: links followed, {@code ..} and {@code .} resolved, also for a file that does not exist
 * yet (through a dangling link, or in a folder that does). Every state and output path is resolved so before it is
 * locked, compared or written: a ledger reached through a symlink is written to its target (a rename onto the
 * link replaced it by a plain file), and two names of one file are one ledger.
 */
public final class RealPath {

    private static final int MOST_LINKS = 40; // as Linux's ELOOP

    private RealPath() {
    }

    /** @throws IOException when a link cannot be read, or links loop */
    public static Path of(Path path) throws IOException {
        Path current = path.toAbsolutePath().normalize();
        for (int hops = 0; hops <= MOST_LINKS; hops++) {
            if (Files.exists(current)) {
                return current.toRealPath();
            }
            if (!Files.isSymbolicLink(current)) { // not there yet: its folder's real place, and its name
                Path parent = current.getParent();
                return parent == null ? current : of(parent).resolve(current.getFileName());
            }
            current = current.resolveSibling(Files.readSymbolicLink(current)).toAbsolutePath().normalize();
        }
        throw new IOException(path + ": too many levels of symbolic links");
    }

    /** How many names the file has (its hard links); 1 where the file system cannot say. */
    static int names(Path file) {
        try {
            return ((Number) Files.getAttribute(file, "unix:nlink", LinkOption.NOFOLLOW_LINKS)).intValue();
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return 1;
        }
    }
}
