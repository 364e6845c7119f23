package dev.confcal.publish.ledger;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.confcal.publish.ledger.LedgerState.Entry;
import dev.confcal.publish.ledger.LedgerState.Retired;
import dev.confcal.schedule.Session;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a ledger file leniently, entry by entry: one bad value (a SEQUENCE out of range, a word for a number, a
 * cancelled session without its content) costs that value, never the rest of the ledger. What is not valid is
 * reported with its line and column. Everything read is bounded: the file's size, the number of entries, every
 * number and date.
 */
final class LedgerReader {

    /** @param damaged something was not valid: the original must be kept before the ledger is written again */
    record Result(LedgerState state, List<String> problems, boolean damaged) {
    }

    /** More problems than this are counted, not listed. */
    private static final int MAX_REPORTED = 20;

    private final Path file;
    private final List<String> problems = new ArrayList<>();
    private final Map<String, Entry> entries = new HashMap<>();
    private final Map<String, Retired> retired = new HashMap<>();
    private final List<String> badSequences = new ArrayList<>();
    private long version;
    private Instant published = Instant.EPOCH;
    private Integer year;
    private String scheduleHash = "";
    private int floor;

    private int unlisted;

    private LedgerReader(Path file) {
        this.file = file;
    }

    /** @throws UnusableLedgerException when the file is not a ledger, too large, or from a newer confcal */
    static Result read(Path file) throws IOException, UnusableLedgerException {
        if (Files.size(file) == 0) {
            return new Result(LedgerState.EMPTY, List.of(file + " is empty; starting a new ledger"), false);
        }
        LedgerAdmission.admit(file);
        return new LedgerReader(file).readAll();
    }

    private Result readAll() throws IOException, UnusableLedgerException {
        try (JsonParser json = LedgerFormat.Streaming.JSON.createParser(file.toFile())) {
            try {
                readRoot(json);
            } catch (JsonProcessingException e) {
                JsonLocation at = e.getLocation() != null ? e.getLocation() : json.currentLocation();
                report(at(at) + "unreadable from here on (" + e.getOriginalMessage() + "); kept the "
                        + entries.size() + " entries read before it");
            }
        }
        int aboveAll = LedgerState.next(entries.values().stream().mapToInt(Entry::sequence).max().orElse(0));
        for (String uid : badSequences) {
            Entry e = entries.get(uid);
            if (e != null) {
                entries.put(uid, new Entry(e.hash(), aboveAll, e.created(), e.lastModified(), e.removedAt(),
                        e.session()));
            } else if (retired.containsKey(uid)) {
                retired.put(uid, new Retired(aboveAll, retired.get(uid).created()));
            }
        }
        for (Entry e : entries.values()) {
            published = LedgerValues.latest(published, e.lastModified(), e.removedAt());
        }
        LedgerState state = new LedgerState(entries, retired, version, published, year, scheduleHash, floor);
        if (unlisted > 0) {
            problems.add("… and " + unlisted + " more problems in " + file);
        }
        return new Result(state, problems, !problems.isEmpty());
    }

    private void readRoot(JsonParser json) throws IOException, UnusableLedgerException {
        if (json.nextToken() != JsonToken.START_OBJECT) {
            throw new UnusableLedgerException(file + " is not a confcal ledger (not a JSON object); confcal will"
                    + " not overwrite it");
        }
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String field = json.currentName();
            JsonToken value = json.nextToken();
            switch (field) {
                case "entries" -> readObject(json, value, this::entry);
                case "retired" -> readObject(json, value, this::retired);
                default -> scalar(field, json.currentTokenLocation(), LedgerTree.read(json));
            }
        }
        if (json.nextToken() != null) {
            report(at(json.currentTokenLocation()) + "unexpected text after the ledger; ignored");
        }
    }

    private interface Reader {
        void read(String key, JsonLocation at, JsonNode value) throws UnusableLedgerException;
    }

    private void readObject(JsonParser json, JsonToken start, Reader reader)
            throws IOException, UnusableLedgerException {
        if (start != JsonToken.START_OBJECT) {
            report(at(json.currentTokenLocation()) + "\"" + json.currentName() + "\" is not an object; ignored");
            json.skipChildren();
            return;
        }
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String key = json.currentName();
            json.nextToken();
            JsonLocation at = json.currentTokenLocation();
            reader.read(key, at, LedgerTree.read(json));
        }
    }

    private void scalar(String field, JsonLocation at, JsonNode value) throws UnusableLedgerException {
        switch (field) {
            case "format" -> {
                if (!value.canConvertToInt() || !value.isIntegralNumber()) {
                    report(at(at) + "format " + value + " is not a number");
                } else if (value.intValue() > LedgerFormat.FORMAT) {
                    throw new UnusableLedgerException("the ledger " + file + " was written by a newer confcal (format "
                            + value.intValue() + "); run that version, or give --state another file");
                }
            }
            case "version" -> {
                if (value.isIntegralNumber() && value.canConvertToLong() && value.longValue() >= 0) {
                    version = value.longValue();
                } else {
                    report(at(at) + "version " + value + " is not a number 0 or more; starting from 0");
                }
            }
            case "published" -> {
                Instant instant = LedgerValues.instant(value);
                if (instant == null) {
                    report(at(at) + "published " + value + " is not a time; using the latest in the entries");
                } else {
                    published = instant;
                }
            }
            case "year" -> {
                if (value.isNull()) {
                    year = null;
                } else if (value.isIntegralNumber() && value.canConvertToInt() && value.intValue() >= LedgerYear.FIRST
                        && value.intValue() <= LedgerYear.LAST) {
                    year = value.intValue();
                } else {
                    report(at(at) + "year " + value + " is not a year; the next parse assumes one again");
                }
            }
            case "scheduleHash" -> scheduleHash = value.isTextual() ? value.textValue() : "";
            case "floor" -> {
                Integer read = LedgerValues.sequence(value);
                if (read == null) {
                    report(at(at) + "floor " + value + " is not a number 0–" + Integer.MAX_VALUE
                            + "; the high-water mark sets it again");
                } else {
                    floor = read;
                }
            }
            default -> { } // a field of a later format, or of an older one: not ours to judge
        }
    }

    private void entry(String uid, JsonLocation at, JsonNode node) throws UnusableLedgerException {
        if (entries.size() >= LedgerState.MAX_ENTRIES) {
            throw LedgerAdmission.tooMany(file);
        }
        String where = at(at) + "entry \"" + LedgerValues.shorten(uid) + "\": ";
        if (!LedgerValues.validUid(uid) || !node.isObject()) {
            report(where + (node.isObject() ? "not a valid UID" : "not an object") + "; dropped");
            return;
        }
        Integer sequence = LedgerValues.sequence(node.get("sequence"));
        Instant lastModified = LedgerValues.instant(node.get("lastModified"));
        Instant created = LedgerValues.instant(node.get("created"));
        JsonNode removedNode = node.get("removedAt");
        Instant removedAt = removedNode == null || removedNode.isNull() ? null : LedgerValues.instant(removedNode);
        String hash = node.path("hash").isTextual() ? node.get("hash").textValue() : "";
        if (sequence == null) {
            report(where + "sequence " + node.get("sequence") + " is not a number 0–" + Integer.MAX_VALUE
                    + "; using one above the highest in the ledger");
            badSequences.add(uid);
            sequence = 0;
        }
        if (lastModified == null) {
            report(where + "lastModified " + node.get("lastModified") + " is not a time; it is republished");
            lastModified = published;
            hash = ""; // differs from any content: the next publish gives it a new DTSTAMP and SEQUENCE
        }
        if (created == null || created.isAfter(lastModified)) {
            created = lastModified;
        }
        if (removedNode != null && !removedNode.isNull() && removedAt == null) {
            report(where + "removedAt " + removedNode + " is not a time; counting from the last change");
            removedAt = lastModified;
        }
        Session session = session(node.get("session"), uid, where);
        if (removedAt != null && session == null) {
            report(where + "a cancelled session without its content cannot be shown as cancelled;"
                    + " its SEQUENCE is kept");
            retired.put(uid, new Retired(sequence, created));
            return;
        }
        entries.put(uid, new Entry(hash, sequence, created, lastModified, removedAt, session));
    }

    private Session session(JsonNode node, String uid, String where) {
        if (node == null || node.isNull()) {
            report(where + "no session content");
            return null;
        }
        try {
            Session session = LedgerFormat.session(LedgerFormat.storedSession(node));
            if (!session.uid().equals(uid)) {
                report(where + "the session's UID is " + LedgerValues.shorten(session.uid())
                        + "; its content is dropped");
                return null;
            }
            return session;
        } catch (JsonProcessingException | RuntimeException e) {
            report(where + "the session's content is not valid (" + e.getClass().getSimpleName() + ")");
            return null;
        }
    }

    private void retired(String uid, JsonLocation at, JsonNode node) throws UnusableLedgerException {
        if (retired.size() >= LedgerState.MAX_ENTRIES) {
            throw LedgerAdmission.tooMany(file);
        }
        Integer sequence = LedgerValues.sequence(node.get("sequence"));
        Instant created = LedgerValues.instant(node.get("created"));
        if (!LedgerValues.validUid(uid) || sequence == null || created == null) {
            report(at(at) + "retired \"" + LedgerValues.shorten(uid) + "\": not a valid UID, sequence and created; dropped");
            return;
        }
        retired.put(uid, new Retired(sequence, created));
    }


    private void report(String problem) {
        if (problems.size() < MAX_REPORTED) {
            problems.add(problem);
        } else {
            unlisted++;
        }
    }

    private String at(JsonLocation location) {
        return location == null ? file + ": " : file + ":" + location.getLineNr() + ":" + location.getColumnNr() + ": ";
    }
}
