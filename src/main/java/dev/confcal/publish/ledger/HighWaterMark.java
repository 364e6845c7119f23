package dev.confcal.publish.ledger;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * The highest SEQUENCE, ledger version and DTSTAMP ever saved, in a small file of its own beside the ledger
 * ({@code STATE.high-water.json}), written before the ledger at every save. A ledger damaged in its structure loses
 * the entries after the damage, and an older ledger put back forgets what came after it; either way SEQUENCE went
 * back (a lost entry restarted at 0, a restored one published 0 after 2). Against this mark, a ledger that is
 * behind, or damaged, is put above anything ever served ({@link LedgerState#above}).
 *
 * @param version   the ledger's version when it was saved
 * @param sequence  the highest SEQUENCE in it, or its floor when that is higher
 * @param published its latest DTSTAMP
 */
record HighWaterMark(long version, int sequence, Instant published) {

    private static final int FORMAT = 1;

    static Path pathFor(Path ledger) {
        return ledger.resolveSibling(ledger.getFileName() + ".high-water.json");
    }

    /** The mark beside {@code ledger}; empty when there is none (a ledger from before it existed). */
    static Optional<HighWaterMark> read(Path ledger) throws IOException {
        try {
            Path file = pathFor(ledger);
            if (Files.size(file) > 4096) {
                throw new IOException(file + " is larger than a high-water mark");
            }
            JsonNode json;
            try (JsonParser parser = LedgerFormat.Streaming.JSON.createParser(Files.readAllBytes(file))) {
                json = LedgerTree.read(parser); // the first value, as ObjectMapper.readTree takes it
            }
            Integer sequence = LedgerValues.sequence(json.get("sequence"));
            Instant published = LedgerValues.instant(json.get("published"));
            JsonNode version = json.get("version");
            if (sequence == null || published == null || version == null || !version.canConvertToLong()
                    || version.longValue() < 0) {
                throw new IOException(file + " is not a high-water mark");
            }
            return Optional.of(new HighWaterMark(version.longValue(), sequence, published));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    void write(Path ledger) throws IOException {
        AtomicFile.write(pathFor(ledger), ("{\"format\": " + FORMAT + ", \"version\": " + version + ", \"sequence\": "
                + sequence + ", \"published\": \"" + published + "\"}\n").getBytes(java.nio.charset.StandardCharsets.UTF_8),
                true);
    }
}
