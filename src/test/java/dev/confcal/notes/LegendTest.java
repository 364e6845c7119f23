package dev.confcal.notes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A legend says which mark stars a session; a line of notes that merely has an "=" in it says nothing. */
class LegendTest {

    @ParameterizedTest
    @ValueSource(strings = {"CPU = 4 cores, RAM = 16 GB", "P99 = 200ms", "Q = queue length", "x = 1",
            "```\n!! = not a legend in code\n```", "TTL = 30s · QPS = 5000"})
    void notesWithAnEqualsSignAreNoLegend(String notes) {
        assertThat(Legend.top(Legend.read(notes))).isEmpty();
    }

    @Test
    void aSymbolAloneWithItsMeaningIsALegend() {
        assertThat(Legend.top(Legend.read("!! = don't miss\n? = maybe")).orElseThrow().mark()).isEqualTo("!!");
    }

    @Test
    void theMarkWhoseMeaningSaysMustWinsOverTheFirst() {
        assertThat(Legend.top(Legend.read("- 표시: 👉 = 들을 것, 🔥 = 꼭!!")).orElseThrow().mark()).isEqualTo("🔥");
    }

    @Test
    void aLegendLabelNeedsNoEqualsSign() {
        assertThat(Legend.top(Legend.read("Legend: 🔴 must / 🟡 nice to have")).orElseThrow().mark()).isEqualTo("🔴");
    }

    @Test
    void aFirstMarkThatMeansMaybeStarsNothing() {
        assertThat(Legend.top(Legend.read("(?) = maybe · ✗ = not going"))).isEmpty();
    }
}
