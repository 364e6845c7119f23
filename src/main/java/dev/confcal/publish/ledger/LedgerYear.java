package dev.confcal.publish.ledger;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The year a ledger recorded when a parse first assumed one ({@link Ledger#year()}), read without opening the
 * ledger: no lock is taken and nothing is written, so {@code check} can ask while a server holds the ledger and
 * print the year that server publishes, not the clock's. The file is read as a stream up to its {@code year} field
 * (written before the entries), never held in memory; a year the reader would not accept is no year.
 */
public final class LedgerYear {

    /** The years a ledger keeps, as its times: from the Unix epoch to the last four-digit year. */
    public static final int FIRST = 1970;
    public static final int LAST = 9999;

    private LedgerYear() {
    }

    /**
     * @return the recorded year; empty when the file does not exist, records none, or is damaged before it
     * @throws UnusableLedgerException when the file is not a confcal ledger, is too large to be one, or cannot be
     *                                 read; the message says which
     */
    public static Optional<Integer> read(Path file) throws UnusableLedgerException {
        try {
            if (Files.size(file) == 0) {
                return Optional.empty();
            }
            if (Files.size(file) > LedgerFormat.MAX_BYTES) {
                throw new UnusableLedgerException("the ledger " + file + " is larger than "
                        + (LedgerFormat.MAX_BYTES >> 20) + " MiB, more than confcal reads");
            }
            LedgerAdmission.recognise(file);
            return year(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UnusableLedgerException("cannot read the ledger " + file + " (" + LedgerLock.describe(e) + ")");
        }
    }

    private static Optional<Integer> year(Path file) throws IOException {
        try (JsonParser json = LedgerFormat.Streaming.JSON.createParser(file.toFile())) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                JsonToken value = json.nextToken();
                if (field.equals("year")) {
                    boolean valid = value == JsonToken.VALUE_NUMBER_INT && json.getNumberType()
                            == JsonParser.NumberType.INT && json.getIntValue() >= FIRST && json.getIntValue() <= LAST;
                    return valid ? Optional.of(json.getIntValue()) : Optional.empty();
                }
                json.skipChildren();
            }
            return Optional.empty();
        } catch (JsonProcessingException e) {
            return Optional.empty(); // damaged before the year: the reader would not find one either
        }
    }
}
