package dev.confcal.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10 item 13: a ledger of a million entries (or 500 MB) was read whole, and confcal died of
 * OutOfMemoryError. In a 64 MB heap, it is now refused with a message, and left as it was. Run with
 * {@code mvn -P load test}.
 */
@Tag("load")
class HugeLedgerTest {

    @TempDir
    Path dir;

    @Test
    void aMillionEntryLedgerIsRefusedWithAMessageNotAnOutOfMemoryError() throws Exception {
        Path state = dir.resolve("state.json");
        try (BufferedWriter out = Files.newBufferedWriter(state, StandardCharsets.UTF_8)) {
            out.write("{\n  \"format\" : 1,\n  \"version\" : 1,\n  \"entries\" : {\n");
            for (int i = 0; i < 1_000_000; i++) {
                out.write((i == 0 ? "" : ",\n") + "    \"S" + i + "@x.sched.com\" : { \"hash\" : \"\", \"sequence\" : "
                        + i % 7 + ", \"created\" : \"2026-10-01T00:00:00Z\", \"lastModified\" :"
                        + " \"2026-10-01T00:00:00Z\", \"removedAt\" : null, \"session\" : null }");
            }
            out.write("\n  }\n}\n");
        }
        long size = Files.size(state);
        Path notes = dir.resolve("notes.md");
        Files.writeString(notes, "## 2023-09-27\n\n### 10:00\n\n[T - A, B](https://x.sched.com/event/A1)\n");

        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx64m", "-cp", System.getProperty("java.class.path"), "dev.confcal.cli.Main",
                "export", "--out", dir.resolve("out").toString(), "--state", state.toString(), notes.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isEqualTo(2);
        assertThat(output).isEqualTo("confcal: the ledger " + state + " holds more than 200000 entries, more than"
                + " confcal reads; it was not changed. Move it away or give --state another file\n");
        assertThat(Files.size(state)).isEqualTo(size);
        assertThat(dir.resolve("out")).doesNotExist();
    }
}
