package dev.confcal.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A file of a static export: readable by the web server that hosts it. Created like any file (so the umask
 * applies), then narrowed to at most 0644 (folders 0755), written to a temporary name and renamed into place.
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
        Path temp = path.resolveSibling("." + path.getFileName() + "." + Long.toHexString(
                ThreadLocalRandom.current().nextLong()) + ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                out.write(bytes);
            }
            narrow(temp, FILE);
            try {
                Files.move(temp, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, path, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
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
