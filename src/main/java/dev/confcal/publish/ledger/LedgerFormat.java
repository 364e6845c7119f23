package dev.confcal.publish.ledger;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.confcal.schedule.Session;
import dev.confcal.schedule.Speaker;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The ledger file's format: its own records, apart from the domain's, so that the domain can change without
 * changing what old ledgers mean; and the limits on what is read ({@link LedgerReader}). The file is what Jackson's
 * data binding writes for {@link Stored} with its default pretty printer, and reads into {@link StoredSession};
 * both are done here token by token with jackson-core alone ({@link #write}, {@link #storedSession}), because
 * setting up the binding (an {@code ObjectMapper}, the records' introspection) cost 0.3–0.7 s of every start of
 * {@code export} and {@code serve}. LedgerFormatTest holds the two to the same bytes and the same sessions; a
 * session stored in a shape the token reader does not take is still bound by an {@code ObjectMapper}
 * ({@link Binding}), made only then.
 */
final class LedgerFormat {

    static final int FORMAT = 1;
    /** A ledger larger than this is refused, not read (it would not fit a small server's memory). */
    static final long MAX_BYTES = 256L << 20;

    /**
     * The data binding, set up the first time a stored session is not in the shape {@link #storedSession} reads
     * (a hand-edited or damaged ledger): it decides what such a session is, as it always did.
     */
    static final class Binding {

        static final ObjectMapper JSON = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

        static {
            JSON.getFactory().setStreamReadConstraints(Streaming.CONSTRAINTS);
        }

        private Binding() {
        }
    }

    /**
     * The ledger read and written as a stream of tokens, without data binding: an {@code ObjectMapper} costs about
     * 0.2 s to set up, and binding the records as much again.
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

    /** The ledger's bytes: {@link Stored}'s fields in their order, pretty-printed as Jackson's default printer does. */
    static byte[] write(LedgerState state) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
        try (JsonGenerator json = Streaming.JSON.createGenerator(bytes, JsonEncoding.UTF8)) {
            json.setPrettyPrinter(new DefaultPrettyPrinter());
            json.writeStartObject();
            json.writeNumberField("format", FORMAT);
            json.writeNumberField("version", state.version());
            instant(json, "published", state.published());
            json.writeFieldName("year");
            if (state.year() == null) {
                json.writeNull();
            } else {
                json.writeNumber(state.year().intValue());
            }
            json.writeStringField("scheduleHash", state.scheduleHash());
            json.writeNumberField("floor", state.floor());
            json.writeObjectFieldStart("entries");
            for (Map.Entry<String, LedgerState.Entry> each : new TreeMap<>(state.entries()).entrySet()) {
                LedgerState.Entry e = each.getValue();
                json.writeObjectFieldStart(each.getKey());
                json.writeStringField("hash", e.hash());
                json.writeNumberField("sequence", e.sequence());
                instant(json, "created", e.created());
                instant(json, "lastModified", e.lastModified());
                instant(json, "removedAt", e.removedAt());
                json.writeFieldName("session");
                if (e.session() == null) {
                    json.writeNull();
                } else {
                    session(json, stored(e.session()));
                }
                json.writeEndObject();
            }
            json.writeEndObject();
            json.writeObjectFieldStart("retired");
            for (Map.Entry<String, LedgerState.Retired> each : new TreeMap<>(state.retired()).entrySet()) {
                json.writeObjectFieldStart(each.getKey());
                json.writeNumberField("sequence", each.getValue().sequence());
                instant(json, "created", each.getValue().created());
                json.writeEndObject();
            }
            json.writeEndObject();
            json.writeEndObject();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("records always serialize", e);
        } catch (IOException e) {
            throw new UncheckedIOException("a ledger is written to memory", e);
        }
        return bytes.toByteArray();
    }

    /** An instant as the JavaTimeModule writes it when dates are not timestamps: ISO-8601, or null. */
    private static void instant(JsonGenerator json, String name, Instant instant) throws IOException {
        json.writeFieldName(name);
        if (instant == null) {
            json.writeNull();
        } else {
            json.writeString(DateTimeFormatter.ISO_INSTANT.format(instant));
        }
    }

    private static void session(JsonGenerator json, StoredSession s) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", s.id());
        json.writeStringField("uid", s.uid());
        json.writeStringField("url", s.url());
        json.writeFieldName("titles");
        if (s.titles() == null) {
            json.writeNull();
        } else {
            json.writeStartArray();
            for (String title : s.titles()) {
                json.writeString(title);
            }
            json.writeEndArray();
        }
        json.writeFieldName("speakers");
        if (s.speakers() == null) {
            json.writeNull();
        } else {
            json.writeStartArray();
            for (StoredSpeaker speaker : s.speakers()) {
                if (speaker == null) {
                    json.writeNull();
                    continue;
                }
                json.writeStartObject();
                json.writeStringField("name", speaker.name());
                json.writeStringField("company", speaker.company());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeBooleanField("starred", s.starred());
        json.writeBooleanField("tutorial", s.tutorial());
        json.writeStringField("start", s.start());
        json.writeStringField("end", s.end());
        json.writeStringField("location", s.location());
        json.writeStringField("notes", s.notes());
        json.writeStringField("notesMarkdown", s.notesMarkdown());
        json.writeNumberField("line", s.line());
        json.writeEndObject();
    }

    /**
     * A stored session read from its tree as the data binding reads it: each field of {@link StoredSession} with a
     * value of its own type, an absent one null (false, 0). Any other shape (a field of another type, which the
     * binding would convert or refuse, a field it does not know) is left to the binding itself.
     *
     * @throws JsonProcessingException when the binding refuses it
     */
    static StoredSession storedSession(JsonNode node) throws JsonProcessingException {
        StoredSession read = node.isObject() ? tokens(node) : null;
        return read != null ? read : Binding.JSON.treeToValue(node, StoredSession.class);
    }

    /** The session, or null when its shape is not one read here. */
    private static StoredSession tokens(JsonNode node) {
        String id = null;
        String uid = null;
        String url = null;
        String start = null;
        String end = null;
        String location = null;
        String notes = null;
        String notesMarkdown = null;
        List<String> titles = null;
        List<StoredSpeaker> speakers = null;
        boolean starred = false;
        boolean tutorial = false;
        int line = 0;
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            JsonNode value = field.getValue();
            switch (field.getKey()) {
                case "titles" -> {
                    titles = texts(value);
                    if (titles == null) {
                        return null;
                    }
                }
                case "speakers" -> {
                    speakers = speakers(value);
                    if (speakers == null) {
                        return null;
                    }
                }
                case "starred", "tutorial" -> {
                    if (!value.isBoolean()) {
                        return null;
                    }
                    if (field.getKey().equals("starred")) {
                        starred = value.booleanValue();
                    } else {
                        tutorial = value.booleanValue();
                    }
                }
                case "line" -> {
                    if (!value.isInt()) {
                        return null;
                    }
                    line = value.intValue();
                }
                default -> {
                    if (!value.isTextual() && !value.isNull()) {
                        return null;
                    }
                    String text = value.textValue();
                    switch (field.getKey()) {
                        case "id" -> id = text;
                        case "uid" -> uid = text;
                        case "url" -> url = text;
                        case "start" -> start = text;
                        case "end" -> end = text;
                        case "location" -> location = text;
                        case "notes" -> notes = text;
                        case "notesMarkdown" -> notesMarkdown = text;
                        default -> {
                            return null; // a field the binding does not know: it refuses the session
                        }
                    }
                }
            }
        }
        return new StoredSession(id, uid, url, titles, speakers, starred, tutorial, start, end, location, notes,
                notesMarkdown, line);
    }

    /** Texts, or null for anything else (an element that is not a text, a value that is not an array). */
    private static List<String> texts(JsonNode node) {
        if (!node.isArray()) {
            return null;
        }
        List<String> texts = new ArrayList<>(node.size());
        for (JsonNode element : node) {
            if (!element.isTextual()) {
                return null;
            }
            texts.add(element.textValue());
        }
        return texts;
    }

    private static List<StoredSpeaker> speakers(JsonNode node) {
        if (!node.isArray()) {
            return null;
        }
        List<StoredSpeaker> speakers = new ArrayList<>(node.size());
        for (JsonNode element : node) {
            if (!element.isObject()) {
                return null;
            }
            String name = null;
            String company = null;
            for (Map.Entry<String, JsonNode> field : element.properties()) {
                JsonNode value = field.getValue();
                if (!value.isTextual() && !value.isNull()) {
                    return null;
                }
                switch (field.getKey()) {
                    case "name" -> name = value.textValue();
                    case "company" -> company = value.textValue();
                    default -> {
                        return null;
                    }
                }
            }
            speakers.add(new StoredSpeaker(name, company));
        }
        return speakers;
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
