package dev.confcal.publish.ledger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Ledger files as tests need them: hand-written JSON with one value changed, and a ledger that cannot be written. */
final class LedgerFiles {

    private LedgerFiles() {
    }

    /** A format-1 ledger holding the given entries ({@link #entry}). */
    static String ledger(String... entries) {
        return "{\n  \"format\" : 1,\n  \"version\" : 7,\n  \"entries\" : {\n"
                + Arrays.stream(entries).collect(Collectors.joining(",\n")) + "\n  }\n}\n";
    }

    /**
     * A valid entry for session {@code uid} (id before the {@code @}, on x.sched.com, as {@code Fixtures.session}
     * writes it), with {@code fields} (such as {@code "sequence": -1}) replacing the defaults of the same name.
     */
    static String entry(String uid, String... fields) {
        String id = uid.substring(0, uid.indexOf('@'));
        String session = """
                {"id": "%s", "uid": "%s", "url": "https://x.sched.com/event/%s", "titles": ["Talk %s"],
                 "speakers": [{"name": "Ann", "company": "Acme"}], "starred": false, "tutorial": false,
                 "start": "2023-09-27T11:00:00+08:00", "end": "2023-09-27T11:35:00+08:00", "notes": "n",
                 "notesMarkdown": "n", "line": 1}""".formatted(id, uid, id, id);
        StringBuilder entry = new StringBuilder("    \"" + uid + "\" : {");
        String[] defaults = {"\"hash\": \"" + "0".repeat(64) + "\"", "\"sequence\": 4",
                "\"created\": \"2026-10-01T00:00:00Z\"", "\"lastModified\": \"2026-10-02T00:00:00Z\"",
                "\"removedAt\": null", "\"session\": " + session};
        for (int i = 0; i < defaults.length; i++) {
            String name = defaults[i].substring(0, defaults[i].indexOf(':'));
            String value = defaults[i];
            for (String field : fields) {
                if (field.startsWith(name + ":")) {
                    value = field;
                }
            }
            entry.append(i == 0 ? "\n      " : ",\n      ").append(value);
        }
        return entry.append("\n    }").toString();
    }

    /** Makes every later save of the ledger fail, as a full disk would: its path becomes a non-empty folder. */
    static void blockWrites(Path ledger) throws IOException {
        Files.deleteIfExists(ledger);
        Files.createDirectories(ledger.resolve("blocked"));
    }

    static void unblockWrites(Path ledger) throws IOException {
        Files.delete(ledger.resolve("blocked"));
        Files.delete(ledger);
    }
}
