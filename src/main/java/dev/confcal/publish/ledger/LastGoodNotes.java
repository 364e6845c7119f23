package dev.confcal.publish.ledger;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The text of the last notes published without errors, kept beside the ledger ({@code STATE.last-good}), so a
 * server restarted on a broken or half-saved file starts from what it last published instead of from the damage.
 * Not named {@code .md}: note-taking apps index every Markdown file in a vault, and showed it as a duplicate note.
 */
final class LastGoodNotes {

    /** The largest notes kept (and read): 64 MiB (100,000 sessions with notes are about 50 MB). */
    static final long MAX_BYTES = 64L << 20;

    private final Path path;
    private String savedHash;
    private String pending;

    LastGoodNotes(Path ledger) {
        this.path = pathFor(ledger);
        Path former = ledger.resolveSibling(ledger.getFileName() + ".last-good.md");
        try {
            if (Files.isRegularFile(former) && !Files.exists(path)) { // kept by a version before this name
                Files.move(former, path);
            }
        } catch (IOException e) {
            // read from where it is not, written anew at the next good notes
        }
    }

    static Path pathFor(Path ledger) {
        return ledger.resolveSibling(ledger.getFileName() + ".last-good");
    }

    Path path() {
        return path;
    }

    /** The text kept, if there is one that can be read. */
    Optional<String> read() throws IOException {
        try {
            if (Files.size(path) > MAX_BYTES) {
                throw new IOException("larger than " + (MAX_BYTES >> 20) + " MiB");
            }
            byte[] bytes = Files.readAllBytes(path);
            savedHash = ContentHash.sha256(bytes);
            return Optional.of(StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString());
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    /** Keeps {@code text} unless it is what is kept already; a failed write is retried by {@link #retry()}. */
    void remember(String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        String hash = ContentHash.sha256(bytes);
        if (hash.equals(savedHash)) {
            pending = null;
            return;
        }
        pending = text;
        AtomicFile.write(path, bytes, true);
        savedHash = hash;
        pending = null;
    }

    boolean retry() throws IOException {
        if (pending == null) {
            return false;
        }
        remember(pending);
        return true;
    }
}
