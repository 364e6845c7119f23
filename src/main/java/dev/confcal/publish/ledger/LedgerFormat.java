package dev.confcal.publish.ledger;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.confcal.schedule.Session;
import dev.confcal.schedule.Speaker;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The ledger file's format: its own records, apart from the domain's, so that the domain can change without
 * changing what old ledgers mean; and the limits on what is read ({@link LedgerReader}).
 */
final class LedgerFormat {

    static final int FORMAT = 1;
    /** A ledger larger than this is refused, not read (it would not fit a small server's memory). */
    static final long MAX_BYTES = 256L << 20;

    static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    static {
        JSON.getFactory().setStreamReadConstraints(Streaming.CONSTRAINTS);
    }

    /**
     * The ledger read as a stream of tokens, with {@link #JSON}'s limits but without its data binding: what
     * {@code check} reads (the year) and the admission counts need only this, and an {@code ObjectMapper} costs
     * about 0.2 s to set up.
     */
    static final class Streaming {

        /** One session's notes may be a large part of a 64 MiB notes file. */
        static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
                .maxStringLength((int) LastGoodNotes.MAX_BYTES * 2).build();
        static final JsonFactory JSON = JsonFactory.builder().streamReadConstraints(CONSTRAINTS).build();

        private Streaming() {
        }
    }

    record StoredSpeaker(String name, String company) {
    }

    record StoredSession(String id, String uid, String url, List<String> titles, List<StoredSpeaker> speakers,
                         boolean starred, boolean tutorial, String start, String end, String location,
                         String notes, String notesMarkdown, int line) {
    }

    record StoredEntry(String hash, int sequence, Instant created, Instant lastModified, Instant removedAt,
                       StoredSession session) {
    }

    record StoredRetired(int sequence, Instant created) {
    }

    /** {@code floor} before the entries, so that a ledger cut off in them still has it. */
    record Stored(int format, long version, Instant published, Integer year, String scheduleHash, int floor,
                  Map<String, StoredEntry> entries, Map<String, StoredRetired> retired) {
    }

    private LedgerFormat() {
    }

    static byte[] write(LedgerState state) {
        Map<String, StoredEntry> entries = new TreeMap<>();
        state.entries().forEach((uid, e) -> entries.put(uid, new StoredEntry(e.hash(), e.sequence(), e.created(),
                e.lastModified(), e.removedAt(), e.session() == null ? null : stored(e.session()))));
        Map<String, StoredRetired> retired = new TreeMap<>();
        state.retired().forEach((uid, r) -> retired.put(uid, new StoredRetired(r.sequence(), r.created())));
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(new Stored(FORMAT, state.version(),
                    state.published(), state.year(), state.scheduleHash(), state.floor(), entries, retired));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("records always serialize", e);
        }
    }

    static StoredSession stored(Session s) {
        return new StoredSession(s.id(), s.uid(), s.url(), s.titles(),
                s.speakers().stream().map(sp -> new StoredSpeaker(sp.name(), sp.company())).toList(), s.starred(),
                s.tutorial(), DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(s.start()),
                DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(s.end()), s.location(), s.notes(), s.notesMarkdown(),
                s.line());
    }

    /** @throws RuntimeException when the stored session is not a valid one (the domain's checks) */
    static Session session(StoredSession s) {
        return new Session(s.id(), s.uid(), s.url(), s.titles(),
                s.speakers().stream().map(sp -> new Speaker(sp.name(), sp.company())).toList(), s.starred(),
                s.tutorial(), java.time.ZonedDateTime.parse(s.start()), java.time.ZonedDateTime.parse(s.end()),
                s.location(), s.notes(), s.notesMarkdown(), s.line());
    }
}
