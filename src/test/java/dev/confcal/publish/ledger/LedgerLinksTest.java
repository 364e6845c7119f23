package dev.confcal.publish.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.confcal.calendar.Edition;
import dev.confcal.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Issue 23 item 5: a ledger reached through links is the ledger it links to, for locking, comparing and writing. */
class LedgerLinksTest {

    private static final Instant T0 = Fixtures.T0;

    @TempDir
    Path dir;

    private static int sequence(Edition edition) {
        return edition.revisions().get("A@x.sched.com").sequence();
    }

    /**
     * A {@code --state} that was a symlink was replaced by a plain file on the first save: the real ledger never
     * changed, and after the link was pointed back at it, SEQUENCE went 2 → 1.
     */
    @Test
    void aStateThatIsASymlinkIsWrittenThroughToItsTarget() throws Exception {
        Path volume = Files.createDirectories(dir.resolve("volume"));
        Path real = volume.resolve("state.json");
        Path link = Files.createSymbolicLink(dir.resolve("state.json"), real);
        for (String notes : new String[] {"one", "two", "three"}) {
            try (Ledger ledger = Ledger.open(link, w -> { })) {
                ledger.publish(Fixtures.schedule(Fixtures.session("A", notes)), T0);
            }
        }
        assertThat(Files.isSymbolicLink(link)).isTrue();
        try (Ledger ledger = Ledger.open(real, w -> { })) {
            assertThat(sequence(ledger.publish(Fixtures.schedule(Fixtures.session("A", "three")), T0))).isEqualTo(2);
            assertThat(ledger.status().path()).isEqualTo(real.toRealPath());
        }
        assertThat(volume.resolve("state.json.lock")).exists();
        assertThat(volume.resolve("state.json.last-good.md")).doesNotExist(); // not written by publish alone
        assertThat(dir.resolve("state.json.lock")).doesNotExist();
    }

    @Test
    void aDanglingSymlinkIsTheFileItWillBe() throws Exception {
        Path volume = Files.createDirectories(dir.resolve("volume"));
        Path link = Files.createSymbolicLink(dir.resolve("state.json"), volume.resolve("state.json"));
        try (Ledger ledger = Ledger.open(link, w -> { })) {
            ledger.publish(Fixtures.schedule(Fixtures.session("A", "one")), T0);
        }
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(volume.resolve("state.json")).isRegularFile();
    }

    static Stream<Arguments> spellings() {
        return Stream.<Arguments>of(
                spelling("the same path", state -> state),
                spelling("with ./", state -> state.getParent().resolve(".").resolve("state.json")),
                spelling("through ..", state -> state.getParent().resolve("sub/../state.json")),
                spelling("relative to the working folder", state -> Path.of("").toAbsolutePath()
                        .relativize(state)),
                spelling("a symlink to the file", state -> link(state.resolveSibling("link.json"), state)),
                spelling("a symlink to its folder", state -> link(state.getParent().resolveSibling("alias"),
                        state.getParent()).resolve("state.json")),
                spelling("a relative symlink", state -> link(state.resolveSibling("rel.json"), Path.of("state.json"))),
                spelling("a chain of symlinks", state -> link(state.resolveSibling("chain.json"),
                        link(state.resolveSibling("link2.json"), state))),
                spelling("through /proc/self/root", state -> Path.of("/proc/self/root" + state)),
                spelling("a hard link", state -> hardLink(state.resolveSibling("hard.json"), state)),
                spelling("a hard link in another folder", state -> hardLink(state.getParent().resolveSibling("other")
                        .resolve("state.json"), state)));
    }

    private static Arguments spelling(String name, Function<Path, Path> spell) {
        return Arguments.of(name, spell);
    }

    private static Path link(Path link, Path target) {
        try {
            Files.createDirectories(link.getParent());
            return Files.createSymbolicLink(link, target);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Path hardLink(Path link, Path target) {
        try {
            Files.createDirectories(link.getParent());
            return Files.createLink(link, target);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A second writer was not refused when it reached the ledger through a symlink or a hard link (4 of 11). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("spellings")
    void aSecondWriterIsRefusedHoweverItNamesTheLedger(String name, Function<Path, Path> spell) throws Exception {
        Path state = Files.createDirectories(dir.resolve("data").resolve("sub")).resolveSibling("state.json");
        try (Ledger first = Ledger.open(state, w -> { })) {
            first.publish(Fixtures.schedule(Fixtures.session("A", "one")), T0);
            Path other = spell.apply(state);
            assertThatThrownBy(() -> Ledger.open(other, w -> { }).close()).isInstanceOf(UnusableLedgerException.class);
        }
    }

    /** A ledger with a second name would lose it at the first save (the file is replaced): refused, saying why. */
    @Test
    void aLedgerWithAHardLinkIsRefusedWithWhatToDo() throws Exception {
        Path state = dir.resolve("state.json");
        try (Ledger first = Ledger.open(state, w -> { })) {
            first.publish(Fixtures.schedule(Fixtures.session("A", "one")), T0);
        }
        Files.createLink(dir.resolve("backup.json"), state);
        assertThatThrownBy(() -> Ledger.open(state, w -> { })).isInstanceOf(UnusableLedgerException.class)
                .hasMessage("the ledger " + state.toRealPath() + " has another name (a hard link): confcal saves it"
                        + " by replacing the file, which would leave the other name behind with an old ledger; remove"
                        + " the other name, or give --state a copy");
    }
}
