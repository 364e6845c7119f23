package dev.confcal.publish.ledger;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One writer per ledger: {@code STATE.lock} beside it, locked by the operating system while confcal runs (the lock
 * goes when the process does, even on kill -9) and naming its holder (pid and host), so a second server or an
 * export over the same ledger is refused with a message saying who has it. The file is left in place on exit: the
 * lock, not the file, is what counts.
 */
final class LedgerLock implements AutoCloseable {

    /** The locks this process holds, by the identity of their file, with what each says. */
    private static final Map<Object, String> HELD = new ConcurrentHashMap<>();

    private final Path path;
    private final FileChannel channel;
    private final FileLock lock;
    private final String token;
    private final Object fileKey;

    private LedgerLock(Path path, FileChannel channel, FileLock lock, String token, Object fileKey) {
        this.path = path;
        this.channel = channel;
        this.lock = lock;
        this.token = token;
        this.fileKey = fileKey;
    }

    static Path pathFor(Path ledger) {
        return ledger.resolveSibling(ledger.getFileName() + ".lock");
    }

    /**
     * @throws UnusableLedgerException when another process (or this one) holds the ledger, or its folder cannot
     *                                 be written ({@link UnusableLedgerException#unwritable()})
     */
    static synchronized LedgerLock acquire(Path ledger) throws UnusableLedgerException {
        Path path = pathFor(ledger);
        FileChannel channel = null;
        try {
            Files.createDirectories(path.toAbsolutePath().getParent());
            String mine = Files.exists(path) ? HELD.get(fileKey(path)) : null;
            if (mine != null) { // opening and closing the file again would release the lock this process holds
                throw inUse(ledger, path, who(mine));
            }
            channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // this very process holds it already, under another name
            }
            if (lock == null) {
                String holder = holder(path);
                channel.close();
                throw inUse(ledger, path, holder);
            }
            String token = "pid " + ProcessHandle.current().pid() + " on host " + hostName() + " since "
                    + Instant.now() + " (" + UUID.randomUUID() + ")\n";
            byte[] bytes = token.getBytes(StandardCharsets.UTF_8);
            channel.write(ByteBuffer.wrap(bytes), 0); // over the old holder's, then cut: no new block on a full disk
            channel.truncate(bytes.length);
            channel.force(true);
            Object fileKey = fileKey(path);
            if (fileKey != null) {
                HELD.put(fileKey, token);
            }
            return new LedgerLock(path, channel, lock, token, fileKey);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UnusableLedgerException("cannot write beside the ledger " + ledger + " (" + describe(e) + ")",
                    true);
        }
    }

    private static UnusableLedgerException inUse(Path ledger, Path lock, String holder) {
        return new UnusableLedgerException("the ledger " + ledger + " is in use by " + holder + " (lock " + lock
                + "); two confcal processes must not write one ledger. Stop the other one, or give --state another"
                + " file");
    }

    private static Object fileKey(Path path) throws IOException {
        return Files.readAttributes(path, BasicFileAttributes.class).fileKey(); // a stat: opens nothing
    }

    /**
     * Null while this process still holds the ledger; else who took it, or what happened to the lock file. Never
     * opens the lock file while it is ours: on POSIX systems, closing any descriptor of a file releases every lock
     * the process holds on it.
     */
    String lost() {
        try {
            if (Objects.equals(fileKey(path), fileKey)) {
                ByteBuffer content = ByteBuffer.allocate(4096);
                channel.read(content, 0);
                String text = new String(content.array(), 0, content.position(), StandardCharsets.UTF_8);
                return text.equals(token) ? null : "another confcal took the ledger (" + who(text) + " wrote " + path
                        + ")";
            }
            return "another confcal took the ledger (" + holder(path) + " holds " + path + ")"; // another file
        } catch (NoSuchFileException e) {
            return "the lock file " + path + " was deleted; another confcal may write the ledger";
        } catch (IOException | RuntimeException e) {
            return "cannot read the lock file " + path + " (" + describe(e) + ")";
        }
    }

    private static String holder(Path path) {
        try {
            return who(Files.readString(path, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return "another process";
        }
    }

    private static String who(String content) {
        String line = content.lines().findFirst().orElse("").replaceAll("\\s*\\(.*\\)$", "").strip();
        return line.isEmpty() ? "another process" : line.replaceAll("\\p{Cntrl}", "?");
    }

    /** From the environment or /etc/hostname: asking DNS could hang the start. */
    private static String hostName() {
        String host = System.getenv("HOSTNAME");
        if (host == null || host.isBlank()) {
            try {
                host = Files.readString(Path.of("/etc/hostname"), StandardCharsets.UTF_8).strip();
            } catch (IOException | RuntimeException e) {
                host = "";
            }
        }
        return host.isBlank() ? "an unknown host" : host;
    }

    static String describe(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName()
                : e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // nothing more to release
            }
        }
    }

    @Override
    public void close() {
        if (fileKey != null) {
            HELD.remove(fileKey, token);
        }
        try {
            lock.release();
        } catch (IOException e) {
            // closing the channel releases it too
        }
        closeQuietly(channel);
    }
}
