package dev.confcal.publish;

import dev.confcal.publish.ledger.ContentHash;
import dev.confcal.publish.ledger.Ledger;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.Objects;

/**
 * Where notes come from: a file, or the seed notes bundled in the jar when no file is named. Only a regular file
 * is read (a FIFO or a device at the path would block or never end), and at most {@link #MAX_BYTES}.
 *
 * @param file the notes file, or null for the bundled seed
 */
public record NotesSource(Path file) {

    public static final String BUNDLED_NAME = "kubecon-china-2023.md";
    /** The largest notes file confcal reads (the ledger keeps a copy of the last good one). */
    public static final long MAX_BYTES = Ledger.MAX_NOTES_BYTES;
    private static final String BUNDLED_RESOURCE = "/seeds/" + BUNDLED_NAME;

    /** The notes as read: the text, and a hash of the bytes to tell one version from another by content. */
    public record Snapshot(String text, String hash) {
        public static Snapshot of(String text) {
            return new Snapshot(text, ContentHash.sha256(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
    }

    public static NotesSource bundled() {
        return new NotesSource(null);
    }

    public static NotesSource of(Path file) {
        return new NotesSource(Objects.requireNonNull(file, "file"));
    }

    public boolean isBundled() {
        return file == null;
    }

    /** The name problems are reported under: the path as given, or the bundled file's name. */
    public String name() {
        return isBundled() ? BUNDLED_NAME : file.toString();
    }

    /**
     * Reads the notes as strict UTF-8.
     *
     * @throws UnreadableNotesException naming the file and what is wrong (missing, not a regular file, too big,
     *                                  not UTF-8)
     */
    public String read() throws UnreadableNotesException {
        return snapshot().text();
    }

    /** Reads the notes and hashes their bytes. */
    public Snapshot snapshot() throws UnreadableNotesException {
        byte[] bytes = isBundled() ? bundledBytes() : fileBytes();
        return new Snapshot(decode(bytes), ContentHash.sha256(bytes));
    }

    private byte[] fileBytes() throws UnreadableNotesException {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class); // follows links
            if (attributes.isDirectory()) {
                throw new UnreadableNotesException(name(), 0, "is a directory, not a notes file", true);
            }
            if (!attributes.isRegularFile()) {
                throw new UnreadableNotesException(name(), 0, "is not a regular file (a FIFO, socket or device);"
                        + " confcal reads only regular files", true);
            }
            if (attributes.size() > MAX_BYTES) {
                throw tooBig();
            }
            try (SeekableByteChannel channel = Files.newByteChannel(file, StandardOpenOption.READ)) {
                // the file may grow between the look and the read: never read more than the cap
                ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(MAX_BYTES + 1, attributes.size() + 8192));
                while (true) {
                    if (!buffer.hasRemaining()) {
                        if (buffer.capacity() > MAX_BYTES) {
                            throw tooBig();
                        }
                        buffer = ByteBuffer.allocate((int) Math.min(MAX_BYTES + 1, buffer.capacity() * 2L))
                                .put(buffer.flip());
                    }
                    if (channel.read(buffer) < 0) {
                        break;
                    }
                }
                byte[] bytes = new byte[buffer.position()];
                buffer.flip().get(bytes);
                return bytes;
            }
        } catch (NoSuchFileException e) {
            throw new UnreadableNotesException(name(), 0, "no such file", true);
        } catch (IOException e) {
            throw new UnreadableNotesException(name(), 0,
                    "cannot be read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", false);
        }
    }

    private UnreadableNotesException tooBig() {
        return new UnreadableNotesException(name(), 0, String.format(Locale.ROOT,
                "is larger than the %d MiB confcal reads", MAX_BYTES >> 20), false);
    }

    private String decode(byte[] bytes) throws UnreadableNotesException {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(in, out, true);
        if (result.isError()) {
            throw new UnreadableNotesException(name(), lineAt(bytes, in.position()),
                    "not valid UTF-8 (byte " + (in.position() + 1) + "); save the notes as UTF-8", false);
        }
        return out.flip().toString();
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private byte[] bundledBytes() throws UnreadableNotesException {
        try (InputStream in = NotesSource.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                throw new UnreadableNotesException(name(), 0, "is missing from the jar", true);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UnreadableNotesException(name(), 0, "cannot be read from the jar (" + e + ")", true);
        }
    }
}
