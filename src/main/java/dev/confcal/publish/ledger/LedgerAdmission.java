package dev.confcal.publish.ledger;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Whether a file may be read as a ledger at all, decided before anything is kept in memory: not when it is far too
 * large or holds too many entries (a small server would run out of memory reading it), and never when it does not
 * begin as a ledger does (someone else's file, which confcal must not overwrite).
 */
final class LedgerAdmission {

    /** How every ledger confcal wrote begins: its format number, first. */
    private static final Pattern LEDGER_START = Pattern.compile("\\{\\s*\"format\"\\s*:\\s*\\d+\\s*[,}]");

    private LedgerAdmission() {
    }

    /** @throws UnusableLedgerException when the file is far too large, not a ledger, or has too many entries */
    static void admit(Path file) throws IOException, UnusableLedgerException {
        long size = Files.size(file);
        if (size > LedgerFormat.MAX_BYTES) {
            throw new UnusableLedgerException("the ledger " + file + " is " + (size >> 20) + " MiB, more than the "
                    + (LedgerFormat.MAX_BYTES >> 20) + " MiB confcal reads; it was not read or changed."
                    + " Move it away (confcal starts a new one) or give --state another file");
        }
        recognise(file);
        countEntries(file);
    }

    /**
     * Counts the entries without keeping any, so that a ledger of a million entries is refused in a small heap
     * instead of filling it. A ledger that is not valid JSON is left to the reader to report.
     */
    private static void countEntries(Path file) throws IOException, UnusableLedgerException {
        try (JsonParser json = LedgerFormat.Streaming.JSON.createParser(file.toFile())) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                return;
            }
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                boolean counted = field.equals("entries") || field.equals("retired");
                if (json.nextToken() != JsonToken.START_OBJECT || !counted) {
                    json.skipChildren();
                    continue;
                }
                int count = 0;
                while (json.nextToken() == JsonToken.FIELD_NAME) {
                    if (++count > LedgerState.MAX_ENTRIES) {
                        throw tooMany(file);
                    }
                    json.nextToken();
                    json.skipChildren();
                }
            }
        } catch (JsonProcessingException e) {
            // damaged: read entry by entry, and reported, by the reader
        }
    }

    /** A file that does not begin as a ledger does is someone else's (notes, another program's JSON): never ours. */
    static void recognise(Path file) throws IOException, UnusableLedgerException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(4096);
        }
        String text = new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
        if (!LEDGER_START.matcher(text).lookingAt()) {
            throw new UnusableLedgerException(file + " exists and is not a confcal ledger; confcal will not"
                    + " overwrite it. Give --state a new file (or the ledger confcal wrote)");
        }
    }

    static UnusableLedgerException tooMany(Path file) {
        return new UnusableLedgerException("the ledger " + file + " holds more than " + LedgerState.MAX_ENTRIES
                + " entries, more than confcal reads; it was not changed. Move it away or give --state another file");
    }
}
