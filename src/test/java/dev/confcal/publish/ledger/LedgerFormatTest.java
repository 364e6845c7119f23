package dev.confcal.publish.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.confcal.publish.ledger.LedgerFormat.Stored;
import dev.confcal.publish.ledger.LedgerFormat.StoredEntry;
import dev.confcal.publish.ledger.LedgerFormat.StoredRetired;
import dev.confcal.publish.ledger.LedgerFormat.StoredSession;
import dev.confcal.schedule.Session;
import dev.confcal.schedule.Speaker;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The ledger is written and read token by token (issue 21: an ObjectMapper's set-up was most of a start's ledger
 * phase); it must stay the file Jackson's data binding wrote for {@link Stored} with its default pretty printer,
 * byte for byte, and a stored session must read as the binding reads it.
 */
class LedgerFormatTest {

    /** The binding as the ledger used it before: the reference. */
    private static final ObjectMapper BINDING = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private static final String[] TEXTS = {"", "plain", "中文标题 | English", "quote \" and \\ backslash",
        "tab\tnew\nline\r\u0000\u0001\u001f\u007f", "emoji 🎉 and 𝄞", "\u2028\u2029 separators", "</script>&<'>",
        "ümlaut ß é", "  spaces  "};

    private static byte[] reference(LedgerState state) throws Exception {
        Map<String, StoredEntry> entries = new TreeMap<>();
        state.entries().forEach((uid, e) -> entries.put(uid, new StoredEntry(e.hash(), e.sequence(), e.created(),
                e.lastModified(), e.removedAt(), e.session() == null ? null : LedgerFormat.stored(e.session()))));
        Map<String, StoredRetired> retired = new TreeMap<>();
        state.retired().forEach((uid, r) -> retired.put(uid, new StoredRetired(r.sequence(), r.created())));
        return BINDING.writerWithDefaultPrettyPrinter().writeValueAsBytes(new Stored(LedgerFormat.FORMAT,
                state.version(), state.published(), state.year(), state.scheduleHash(), state.floor(), entries,
                retired));
    }

    private static Session session(Random random, int i) {
        ZonedDateTime start = ZonedDateTime.of(2023, 9, 27, 11, 0, 0, 0,
                ZoneId.of(random.nextBoolean() ? "Asia/Shanghai" : "America/New_York")).plusMinutes(random.nextInt(9999));
        List<String> titles = new ArrayList<>();
        titles.add("Talk " + i + " " + text(random));
        if (random.nextBoolean()) {
            titles.add(text(random));
        }
        List<Speaker> speakers = new ArrayList<>();
        for (int s = random.nextInt(4); s > 0; s--) {
            speakers.add(new Speaker("Speaker " + text(random), random.nextBoolean() ? null : text(random)));
        }
        return new Session("id" + i + text(random), "id" + i + "@x.sched.com",
                random.nextBoolean() ? null : "https://x.sched.com/event/" + i, titles, speakers, random.nextBoolean(),
                random.nextBoolean(), start, start.plusMinutes(1 + random.nextInt(300)),
                random.nextBoolean() ? null : "Room " + text(random), text(random), text(random),
                random.nextInt(Integer.MAX_VALUE));
    }

    private static String text(Random random) {
        return TEXTS[random.nextInt(TEXTS.length)];
    }

    private static Instant instant(Random random) {
        // whole seconds, milliseconds, microseconds and nanoseconds: ISO-8601 prints each differently
        long nanos = switch (random.nextInt(4)) {
            case 0 -> 0;
            case 1 -> random.nextInt(1000) * 1_000_000L;
            case 2 -> random.nextInt(1_000_000) * 1_000L;
            default -> random.nextInt(1_000_000_000);
        };
        return Instant.ofEpochSecond(random.nextLong(253_402_300_799L), nanos);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void writesTheBytesTheDataBindingWrote(int seed) throws Exception {
        Random random = new Random(seed);
        Map<String, LedgerState.Entry> entries = new HashMap<>();
        for (int i = random.nextInt(30); i > 0; i--) {
            Session session = random.nextInt(5) == 0 ? null : session(random, i);
            entries.put("id" + i + "@x.sched.com", new LedgerState.Entry(random.nextBoolean() ? "" : "ab" + i,
                    random.nextInt(Integer.MAX_VALUE), instant(random), instant(random),
                    random.nextBoolean() ? null : instant(random), session));
        }
        Map<String, LedgerState.Retired> retired = new HashMap<>();
        for (int i = random.nextInt(5); i > 0; i--) {
            retired.put("gone" + i + text(random), new LedgerState.Retired(random.nextInt(99), instant(random)));
        }
        LedgerState state = new LedgerState(entries, retired, random.nextLong(Long.MAX_VALUE), instant(random),
                random.nextBoolean() ? null : 1970 + random.nextInt(8000), random.nextBoolean() ? "" : text(random),
                random.nextInt(Integer.MAX_VALUE));
        assertThat(new String(LedgerFormat.write(state), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(new String(reference(state), java.nio.charset.StandardCharsets.UTF_8));
        assertThat(LedgerFormat.write(state)).isEqualTo(reference(state));
    }

    @Test
    void writesAnEmptyLedgerAsTheDataBindingDid() throws Exception {
        assertThat(LedgerFormat.write(LedgerState.EMPTY)).isEqualTo(reference(LedgerState.EMPTY));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "{\"id\": \"A\", \"uid\": \"A@x\", \"url\": null, \"titles\": [\"T\"], \"speakers\": [{\"name\": \"Ann\","
                + " \"company\": null}], \"starred\": true, \"tutorial\": false, \"start\": \"s\", \"end\": \"e\","
                + " \"location\": \"L\", \"notes\": \"n\", \"notesMarkdown\": \"m\", \"line\": 7}",
        "{\"id\": \"A\", \"uid\": \"A@x\", \"titles\": [\"T\"], \"speakers\": [], \"start\": \"s\", \"end\": \"e\"}",
        "{}",
        "{\"id\": \"A\", \"id\": \"B\", \"speakers\": [{\"name\": \"Ann\"}, {\"company\": \"C\"}], \"line\": 2}",
        "{\"line\": \"12\"}",
        "{\"line\": 1.5}",
        "{\"starred\": \"true\"}",
        "{\"starred\": null, \"line\": null}",
        "{\"titles\": \"one\"}",
        "{\"titles\": [1, null]}",
        "{\"titles\": null, \"speakers\": null}",
        "{\"speakers\": [\"Ann\"]}",
        "{\"speakers\": [{\"name\": 3}]}",
        "{\"id\": 12, \"notes\": true}",
        "{\"unknown\": 1}",
        "{\"speakers\": [{\"name\": \"Ann\", \"role\": \"x\"}]}",
    })
    void readsASessionAsTheDataBindingDid(String json) throws Exception {
        JsonNode node = BINDING.readTree(json);
        Object expected;
        try {
            expected = BINDING.treeToValue(node, StoredSession.class);
        } catch (Exception e) {
            expected = e.getClass();
        }
        Object actual;
        try {
            actual = LedgerFormat.storedSession(node);
        } catch (Exception e) {
            actual = e.getClass();
        }
        assertThat(actual).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"{\"a\": [1, 2.5, -3, 2147483648, 99999999999999999999, 1e400, true, null, \"x\"],"
            + " \"b\": {\"c\": {}}, \"a\": 0}", "[]", "7", "\"text\"", "null", "1.25e2", "{\"x\": [[], [{}]]}"})
    void buildsTheTreeTheDataBindingBuilt(String json) throws Exception {
        try (var parser = LedgerFormat.Streaming.JSON.createParser(json)) {
            JsonNode tree = LedgerTree.read(parser);
            assertThat(tree).isEqualTo(BINDING.readTree(json));
            assertThat(tree.toString()).isEqualTo(BINDING.readTree(json).toString());
        }
    }
}
