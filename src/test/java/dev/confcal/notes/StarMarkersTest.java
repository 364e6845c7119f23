package dev.confcal.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StarMarkersTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"⭐ Talk", "Talk 🌟", "★Talk", "🔥", "Talk ❤️", "Talk ❤", "Talk (must see)",
            "MUST SEE: Talk", "(Must See) Talk"})
    void theDefaultMarkersStar(String text) {
        assertThat(StarMarkers.DEFAULTS.in(text)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"☆ Talk", "Talk", "a must-read", "👀 Talk", "seen it"})
    void aHollowStarAndOtherTextDoNot(String text) {
        assertThat(StarMarkers.DEFAULTS.in(text)).isFalse();
    }

    @Test
    void stripLeavesTheTitle() {
        assertThat(StarMarkers.DEFAULTS.strip("⭐ Kubernetes ❤️ at Scale (must see)")).isEqualTo("Kubernetes at Scale");
        assertThat(StarMarkers.DEFAULTS.leading("Must see: [T](u)")).isEqualTo("Must see:".length());
    }

    @Test
    void theFrontMattersMarkersReplaceTheDefaults() {
        StarMarkers mine = new StarMarkers(List.of("TOP", "(!)"));
        assertThat(mine.in("top pick")).isTrue();
        assertThat(mine.in("Talk (!)")).isTrue();
        assertThat(mine.in("⭐ Talk")).isFalse();
    }
}
