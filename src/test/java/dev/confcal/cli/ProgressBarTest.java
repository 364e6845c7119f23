package dev.confcal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Export's progress bar: only for a person at a terminal, only for slow work, never wider than the terminal. */
class ProgressBarTest {

    @Test
    void aFrameShowsTheShareDoneTheWorkAndTheTime() {
        assertThat(ProgressBar.line("writing files", 0.45, Duration.ofMillis(2300), 80))
                .isEqualTo("[############--------------]  45%  writing files  2.3 s");
        assertThat(ProgressBar.line("reading the notes", -1, Duration.ofMillis(1000), 80))
                .isEqualTo("reading the notes…  1.0 s");
    }

    @ParameterizedTest
    @ValueSource(ints = {40, 50, 80, 200})
    void aFrameNeverFillsTheLastColumnSoTheTerminalNeverWrapsIt(int width) {
        String line = ProgressBar.line("writing sessions/<id>.ics for a very long conference name",
                0.5, Duration.ofSeconds(12), width);
        assertThat(TextColumns.width(line)).isLessThan(width);
    }

    @Test
    void nothingIsDrawnWhenNoPersonWatches() throws Exception {
        StringWriter err = new StringWriter();
        try (ProgressBar bar = ProgressBar.start(new Terminal(80, true, false), new PrintWriter(err), Duration.ZERO)) {
            bar.phase("writing files", () -> 1, 2);
            Thread.sleep(300);
        }
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void slowWorkAtATerminalIsDrawnInPlaceAndErasedAtTheEnd() throws Exception {
        StringWriter err = new StringWriter();
        AtomicInteger done = new AtomicInteger();
        try (ProgressBar bar = ProgressBar.start(new Terminal(80, false, true), new PrintWriter(err), Duration.ZERO)) {
            bar.phase("writing files", done::get, 4);
            done.set(2);
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (!err.toString().contains("50%") && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
        }
        assertThat(err.toString()).startsWith("\r[").contains(" 50%  writing files").endsWith("\r\u001b[K")
                .doesNotContain("\n");
    }

    @Test
    void quickWorkIsNeverDrawn() throws Exception {
        StringWriter err = new StringWriter();
        try (ProgressBar bar = ProgressBar.start(new Terminal(80, false, true), new PrintWriter(err),
                Duration.ofMinutes(1))) {
            bar.phase("writing files", () -> 1, 2);
            Thread.sleep(300);
        }
        assertThat(err.toString()).isEmpty();
    }
}
