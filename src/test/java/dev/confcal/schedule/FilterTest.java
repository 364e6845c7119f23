package dev.confcal.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.confcal.notes.NotesParser;
import dev.confcal.publish.NotesSource;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FilterTest {

    private static Schedule seed;

    @BeforeAll
    static void parseSeed() throws Exception {
        seed = NotesParser.create().parse("seed.md", NotesSource.bundled().read()).schedule();
    }

    private static List<String> ids(Filter filter) {
        return seed.select(filter).stream().map(Session::id).toList();
    }

    @Test
    void keywordsMatchAnyOfThemCaseInsensitivelyOverTitlesSpeakersCompaniesAndNotes() {
        assertThat(ids(new Filter(false, List.of("grafana labs"), List.of(), List.of(), null)))
                .containsExactly("1PTKu");
        assertThat(ids(new Filter(false, List.of("Sandbox API"), List.of(), List.of(), null)))
                .containsExactly("1PTKB");
        assertThat(ids(new Filter(false, List.of("istio", "kyverno"), List.of(), List.of(), null)))
                .contains("1PTKi", "1PTKZ");
    }

    @Test
    void aKeywordFindsItsSynonymsAndLeavingOutAKeywordLeavesOutItsSynonymsToo() {
        Filter wasm = new Filter(false, List.of("WASM"), List.of(), List.of(), null);
        Filter webassembly = new Filter(false, List.of("webassembly"), List.of(), List.of(), null);
        assertThat(ids(wasm)).as("1PTKo says only WebAssembly").contains("1R598", "1PTF3", "1PTKo");
        assertThat(ids(wasm)).isEqualTo(ids(webassembly));
        assertThat(ids(new Filter(false, List.of("k8s"), List.of(), List.of(), null)))
                .isEqualTo(ids(new Filter(false, List.of("kubernetes"), List.of(), List.of(), null)))
                .as("K8s in 1R598's notes, Kubernetes in 1PTJt's").contains("1R598", "1PTJt");
        assertThat(ids(new Filter(false, List.of(), List.of("wasm"), List.of(), null)))
                .doesNotContain("1R598", "1PTF3", "1PTKo").hasSize(seed.sessions().size() - ids(wasm).size());
        assertThat(Synonyms.of("K8s")).containsExactly("kubernetes");
        assertThat(Synonyms.of("webassembly")).containsExactly("wasm");
        assertThat(Synonyms.of("wasm edge")).as("a phrase stands for itself").isEmpty();
        assertThat(Synonyms.expand(List.of("istio", "wasm"))).containsExactly("istio", "wasm", "webassembly");
    }

    @Test
    void criteriaCombine() {
        Filter filter = new Filter(true, List.of("wasm", "webassembly"), List.of("dapr"),
                List.of(LocalDate.of(2023, 9, 27)), null);
        assertThat(ids(filter)).containsExactly("1R598");
    }

    @Test
    void equalFiltersAreEqualValues() {
        assertThat(new Filter(false, List.of(" Wasm", "istio", "wasm"), List.of(), List.of(), " "))
                .isEqualTo(new Filter(false, List.of("istio", "wasm"), List.of(), List.of(), null));
    }

    @Test
    void anUnknownTrackMatchesNothing() {
        assertThat(ids(Filter.ALL.withTrack("nope"))).isEmpty();
    }

    @Test
    void describeNamesEveryCriterion() {
        assertThat(new Filter(true, List.of("wasm"), List.of("dapr"), List.of(LocalDate.of(2023, 9, 27)), "ai")
                .describe()).isEqualTo("starred · track ai · wasm · without dapr · 2023-09-27");
        assertThat(Filter.ALL.describe()).isEmpty();
    }
}
