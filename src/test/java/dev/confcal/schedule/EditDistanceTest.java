package dev.confcal.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EditDistanceTest {

    @ParameterizedTest
    @CsvSource({
            "port, port, 0",
            "prot, port, 1",         // two neighbours swapped: one edit
            "exprot, export, 1",
            "sidecra, sidecar, 1",
            "kubspray, kubespray, 1", // one letter missing
            "wasm, wasmedge, 4",
            "'', abc, 3",
            "istio, linkerd, 6"})
    void countsInsertsDeletesReplacementsAndSwaps(String a, String b, int edits) {
        assertThat(EditDistance.between(a, b)).isEqualTo(edits);
        assertThat(EditDistance.between(b, a)).as("the same both ways").isEqualTo(edits);
    }

    @ParameterizedTest
    @CsvSource({"istio, linkerd, 2", "kubernetes, prometheus, 3", "prot, port, 5"})
    void stopsAtTheLimitWithoutGoingPastIt(String a, String b, int limit) {
        assertThat(EditDistance.between(a, b, limit)).isEqualTo(Math.min(limit, EditDistance.between(a, b)));
    }
}
