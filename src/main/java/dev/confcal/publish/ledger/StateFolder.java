package dev.confcal.publish.ledger;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The state folder ({@code .confcal/}): made with a {@code .gitignore} for what must not be committed when the
 * folder is kept in a repository — the lock names a process and a host, a damaged ledger's copy is for the operator.
 */
public final class StateFolder {

    static final String IGNORED = "# written by confcal: commit the rest of this folder to keep SEQUENCE across runs\n"
            + "*.lock\n*.corrupt-*\n*.tmp\n";

    private StateFolder() {
    }

    /** Writes the folder's {@code .gitignore} if it has none; a failure is not one (it only tidies commits). */
    public static void prepare(Path folder) {
        Path ignore = folder.resolve(".gitignore");
        try {
            if (Files.isDirectory(folder) && !Files.exists(ignore)) {
                AtomicFile.write(ignore, IGNORED.getBytes(StandardCharsets.UTF_8), false);
            }
        } catch (IOException | RuntimeException e) {
            // a read-only folder: the ledger's own writes say so
        }
    }
}
