package dev.confcal.web;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;

/**
 * A file of a static export: readable by the web server that hosts it. Created like any file (so the umask
 * applies), then narrowed to at most 0644 (folders 0755), written to a temporary name and renamed into place
 * ({@link dev.confcal.publish.ledger.AtomicFile#writeShared}).
 * Unlike a temporary file's 0600, which a stock nginx answers with 403.
 */
final class PublicFile {

    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-r--r--");
    private static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwxr-xr-x");
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private PublicFile() {
    }

    /** Writes {@code path} (inside {@code root}, whose missing folders are created too). */
    static void write(Path root, Path path, byte[] bytes) throws IOException {
        directories(root.toAbsolutePath().normalize(), path.toAbsolutePath().normalize().getParent());
        dev.confcal.publish.ledger.AtomicFile.writeShared(path, bytes, temp -> narrow(temp, FILE));
    }

    /** Creates the folders from root down to dir that do not exist yet, each 0755 less the umask. */
    private static void directories(Path root, Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        if (!dir.equals(root) && dir.getParent() != null && dir.startsWith(root)) {
            directories(root, dir.getParent());
        } else if (dir.getParent() != null) {
            Files.createDirectories(dir.getParent());
        }
        Files.createDirectory(dir);
        narrow(dir, DIRECTORY);
    }

    /** What the umask left (a new file's mode) and no more than {@code most}. */
    private static void narrow(Path path, Set<PosixFilePermission> most) throws IOException {
        if (!POSIX) {
            return;
        }
        Set<PosixFilePermission> mode = EnumSet.noneOf(PosixFilePermission.class);
        mode.addAll(Files.getPosixFilePermissions(path));
        mode.retainAll(most);
        Files.setPosixFilePermissions(path, mode);
    }
}
