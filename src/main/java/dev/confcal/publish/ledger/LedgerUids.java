package dev.confcal.publish.ledger;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * The sessions a ledger holds as published (not removed), read without its lock or a writer: what tells a renamed
 * notes file from a new conference — the renamed one publishes the same sessions.
 */
public final class LedgerUids {

    private LedgerUids() {
    }

    /** Empty when the ledger is missing or cannot be read: then nothing is taken over. */
    public static Set<String> read(Path file) {
        try {
            LedgerReader.Result read = LedgerReader.read(file);
            Set<String> uids = new HashSet<>();
            read.state().entries().forEach((uid, entry) -> {
                if (entry.removedAt() == null) {
                    uids.add(uid);
                }
            });
            return uids;
        } catch (IOException | UnusableLedgerException | RuntimeException e) {
            return Set.of();
        }
    }
}
