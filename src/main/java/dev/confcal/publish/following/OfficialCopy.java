package dev.confcal.publish.following;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.confcal.official.ExportFetcher;
import dev.confcal.publish.ledger.AtomicFile;
import dev.confcal.publish.ledger.ContentHash;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * The last good copy of the official schedule export, kept on disk beside the ledger so a restart without network
 * still has rooms and times: the export's bytes as fetched, and a small JSON file saying where and when they came
 * from. The JSON names the bytes' hash, so a copy whose bytes were cut by a crash is never used.
 *
 * @param source    the URL or file it came from: a copy of another source is not used
 * @param fetchedAt when these bytes were fetched (a 304 does not change it)
 */
record OfficialCopy(byte[] bytes, ExportFetcher.Validators validators, String source, Instant fetchedAt) {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final long MAX_BYTES = 64L << 20;

    private record Meta(int format, String source, String etag, String lastModified, Instant fetchedAt,
                        String sha256) {
    }

    /** {@code state.json} → {@code state.schedule.ics} and {@code state.schedule.json}. */
    static Path bytesFile(Path ledgerFile) {
        return ledgerFile.resolveSibling(stem(ledgerFile) + ".schedule.ics");
    }

    static Path metaFile(Path ledgerFile) {
        return ledgerFile.resolveSibling(stem(ledgerFile) + ".schedule.json");
    }

    /** The copy kept for {@code source}, if there is a whole one. */
    static Optional<OfficialCopy> load(Path ledgerFile, String source) {
        try {
            Path bytesFile = bytesFile(ledgerFile);
            Path metaFile = metaFile(ledgerFile);
            if (!Files.isRegularFile(bytesFile) || !Files.isRegularFile(metaFile) || Files.size(bytesFile) > MAX_BYTES
                    || Files.size(metaFile) > 64 * 1024) {
                return Optional.empty();
            }
            Meta meta = JSON.readValue(Files.readAllBytes(metaFile), Meta.class);
            byte[] bytes = Files.readAllBytes(bytesFile);
            if (meta == null || meta.format() != 1 || !source.equals(meta.source()) || meta.fetchedAt() == null
                    || !ContentHash.sha256(bytes).equals(meta.sha256())) {
                return Optional.empty();
            }
            return Optional.of(new OfficialCopy(bytes, new ExportFetcher.Validators(meta.etag(), meta.lastModified()),
                    meta.source(), meta.fetchedAt()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // no usable copy: the next fetch makes one
        }
    }

    void save(Path ledgerFile) throws IOException {
        AtomicFile.write(bytesFile(ledgerFile), bytes, true);
        AtomicFile.write(metaFile(ledgerFile), JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(
                new Meta(1, source, validators.etag(), validators.lastModified(), fetchedAt,
                        ContentHash.sha256(bytes))), true);
    }

    String sha256() {
        return ContentHash.sha256(bytes);
    }

    private static String stem(Path file) {
        return file.getFileName().toString().replaceFirst("\\.json$", "");
    }
}
