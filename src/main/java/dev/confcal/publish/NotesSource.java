package dev.confcal.publish;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where notes come from: a file, or the seed notes bundled in the jar when no file is named.
 *
 * @param file the notes file, or null for the bundled seed
 */
public record NotesSource(Path file) {

    public static final String BUNDLED_NAME = "kubecon-china-2023.md";
    private static final String BUNDLED_RESOURCE = "/seeds/" + BUNDLED_NAME;

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
     * @throws UnreadableNotesException naming the file and what is wrong (missing, a directory, not UTF-8)
     */
    public String read() throws UnreadableNotesException {
        byte[] bytes;
        try {
            bytes = isBundled() ? bundledBytes() : Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UnreadableNotesException(name(), 0, "no such file");
        } catch (IOException e) {
            String why = file != null && Files.isDirectory(file) ? "is a directory, not a notes file"
                    : "cannot be read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")";
            throw new UnreadableNotesException(name(), 0, why);
        }
        return decode(bytes);
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
                    "not valid UTF-8 (byte " + (in.position() + 1) + "); save the notes as UTF-8");
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

    private static byte[] bundledBytes() throws IOException {
        try (InputStream in = NotesSource.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                throw new NoSuchFileException(BUNDLED_RESOURCE);
            }
            return in.readAllBytes();
        }
    }
}
