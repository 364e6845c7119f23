package dev.confcal.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The committed name tables are what the platform says today: made again by {@link PlatformNamesGenerator} on
 * the Java and ICU versions they were made from, they are the same. With {@code -Dconfcal.regenerate=true} this
 * writes them instead (after a Java or ICU upgrade, or a change to the generator).
 */
class PlatformNamesTest {

    @Test
    void theDateNamesAreTheJdksCldrNames() throws IOException {
        check(PlatformNamesGenerator.DATE_NAMES, PlatformNamesGenerator.dateNames());
    }

    @Test
    void theZonePlacesAreIcusAndTheJdksNames() throws IOException {
        check(PlatformNamesGenerator.ZONE_PLACES, PlatformNamesGenerator.zonePlaces());
    }

    private static void check(String table, String made) throws IOException {
        Path path = PlatformNamesGenerator.DIRECTORY.resolve(table);
        if (Boolean.getBoolean("confcal.regenerate")) {
            Files.writeString(path, made, StandardCharsets.UTF_8);
        }
        String committed = Files.readString(path, StandardCharsets.UTF_8);
        assumeTrue(committed.contains("from " + PlatformNamesGenerator.source() + ";"),
                () -> table + " was made on another Java or ICU version than " + PlatformNamesGenerator.source());
        assertThat(committed).as(table + ": regenerate with -Dconfcal.regenerate=true").isEqualTo(made);
    }
}
