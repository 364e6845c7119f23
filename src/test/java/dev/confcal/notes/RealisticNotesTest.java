package dev.confcal.notes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.confcal.schedule.Schedule;
import dev.confcal.schedule.Session;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * The facts of the realistic notes among the golden files, as a person reading them would state them: each
 * session's instant (worked out by hand, in UTC), star, title and notes. GoldenFeedTest holds their feeds to
 * the same bytes and reads them back with both parsers.
 */
class RealisticNotesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T08:00:00Z"), ZoneOffset.UTC);

    private static ParseResult parse(String name) throws IOException {
        String notes = Files.readString(Path.of("src/test/resources/golden", name + ".md"), StandardCharsets.UTF_8);
        return NotesParser.builder().clock(CLOCK).build().parse(name + ".md", notes);
    }

    private static Session session(Schedule schedule, String id) {
        return schedule.session(id).orElseThrow();
    }

    @Test
    void aUsConferenceAcrossTheEndOfDaylightSavingTime() throws IOException {
        ParseResult result = parse("cloud-native-nyc-2024");
        Schedule schedule = result.schedule();
        assertThat(result.problems()).isEmpty();
        assertThat(schedule.zone()).isEqualTo(ZoneId.of("America/New_York")); // from "Javits Center, New York"
        assertThat(schedule.sessions()).hasSize(10).filteredOn(Session::starred).extracting(Session::id)
                .containsExactly("1aB2", "1aB5", "1aC1", "1aD1", "1aE1");
        assertThat(session(schedule, "1aB2").start().toInstant()).isEqualTo(Instant.parse("2024-11-01T13:00:00Z"));
        assertThat(session(schedule, "1aD1").start().toInstant()).isEqualTo(Instant.parse("2024-11-03T14:30:00Z"));
        assertThat(session(schedule, "1aE1").start().toInstant()).isEqualTo(Instant.parse("2024-11-04T14:00:00Z"));
        assertThat(session(schedule, "1aC1").location()).isEqualTo("Hall B");
        assertThat(session(schedule, "1aC1").notes()).isEqualTo("Sampling: head vs tail.");
        assertThat(session(schedule, "1aC1").notesMarkdown()).doesNotContain("<!--", "tail-sampling repo");
        assertThat(session(schedule, "1aC2").notes()).isEqualTo("packed, get there early");
        assertThat(session(schedule, "1aB3").speakers()).extracting(s -> s.display())
                .containsExactly("Marcus Webb (Northwind)", "Lena Ortiz (Contoso)");
        assertThat(session(schedule, "1aB5").titles()).containsExactly("Securing the Supply Chain — From SBOM to Admission");
        assertThat(session(schedule, "1aB5").notes()).startsWith("slides promised after the talk\n\n- sigstore")
                .contains("- ask about VEX");
        assertThat(session(schedule, "1aD2").end().toInstant()).isEqualTo(Instant.parse("2024-11-03T16:50:00Z"));
    }

    @Test
    void aFosdemStyleFileWithRoomsBareLinksAndAnUndatedSunday() throws IOException {
        ParseResult result = parse("fosdem-2024");
        Schedule schedule = result.schedule();
        assertThat(result.problems()).isEmpty();
        assertThat(schedule.zone()).isEqualTo(ZoneId.of("Europe/Brussels"));
        assertThat(schedule.sessions()).extracting(Session::id)
                .containsExactly("3238", "1787", "2431", "3045", "3285", "2098", "3239");
        assertThat(session(schedule, "3238").titles()).containsExactly("Welcome to fosdem 2024");
        assertThat(session(schedule, "1787").uid())
                .isEqualTo("2024-fosdem-2024-1787-the-state-of-rust-in-the-linux-kernel@fosdem.org");
        assertThat(session(schedule, "1787").starred()).isTrue();
        assertThat(session(schedule, "1787").start().toInstant()).isEqualTo(Instant.parse("2024-02-03T10:00:00Z"));
        assertThat(session(schedule, "3285").start().toInstant()).isEqualTo(Instant.parse("2024-02-04T08:30:00Z"));
        assertThat(session(schedule, "3285").starred()).isTrue();
        assertThat(session(schedule, "2431").location()).isEqualTo("UB5.132");
        assertThat(session(schedule, "2431").notes()).isEqualTo("Room was full 15 minutes before; watch the video.");
        assertThat(session(schedule, "2098").notes()).isEqualTo("needs follow-up: diffoscope on our images");
        assertThat(result.notices()).extracting(p -> p.code()).containsExactly("zone-from-notes", "title-from-url",
                "title-from-url", "day-from-context");
    }

    @Test
    void aGermanListItemFileWithTaskBoxesAndTimesOnTheLines() throws IOException {
        ParseResult result = parse("pyconde-2024");
        Schedule schedule = result.schedule();
        assertThat(result.all()).isEmpty();
        assertThat(schedule.sessions()).hasSize(8).filteredOn(Session::starred).extracting(Session::id)
                .containsExactly("XKQW7P", "K7NNPA", "DC4PYD");
        assertThat(session(schedule, "FQ3H8L").start().toInstant()).isEqualTo(Instant.parse("2024-04-22T12:00:00Z"));
        assertThat(session(schedule, "FQ3H8L").end().toInstant()).isEqualTo(Instant.parse("2024-04-22T13:30:00Z"));
        assertThat(session(schedule, "FQ3H8L").notes()).isEqualTo("Laptop mitbringen!");
        assertThat(session(schedule, "QSAFGK").notes()).isEqualTo(
                "- Copy-on-Write wird Standard\n- pd.options.mode.copy_on_write = True schon jetzt testen");
        assertThat(session(schedule, "TR8MZD").titles()).containsExactly("Typisierung mit mypy – ein Erfahrungsbericht");
        assertThat(session(schedule, "XKQW7P").speakers()).extracting(s -> s.display())
                .containsExactly("Ritchie Vink (Polars)", "Marco Gorelli (Quansight)");
        assertThat(session(schedule, "SP2024").start().toInstant()).isEqualTo(Instant.parse("2024-04-24T07:30:00Z"));
    }

    @Test
    void aJapaneseFileWhoseZoneComesFromJst() throws IOException {
        ParseResult result = parse("pyconjp-2025");
        Schedule schedule = result.schedule();
        assertThat(result.problems()).isEmpty();
        assertThat(schedule.zone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
        assertThat(result.notices()).extracting(Object::toString).containsExactly("pyconjp-2025.md:10: time zone"
                + " Asia/Tokyo taken from \"JST\" at line 10; set timezone: in the front matter to choose another");
        assertThat(schedule.sessions()).hasSize(6).filteredOn(Session::starred).extracting(Session::id)
                .containsExactly("KEY001", "JPC3D4", "JPE5F6", "JPJ9K0");
        assertThat(session(schedule, "KEY001").start().toInstant()).isEqualTo(Instant.parse("2025-09-26T01:00:00Z"));
        assertThat(session(schedule, "KEY001").end().toInstant()).isEqualTo(Instant.parse("2025-09-26T01:40:00Z"));
        assertThat(session(schedule, "JPE5F6").start().toInstant()).isEqualTo(Instant.parse("2025-09-26T04:30:00Z"));
        assertThat(session(schedule, "JPJ9K0").end().toInstant()).isEqualTo(Instant.parse("2025-09-27T05:40:00Z"));
        assertThat(session(schedule, "JPA1B2").notes()).isEqualTo("スライドは後で公開");
        assertThat(session(schedule, "KEY001").speakers()).extracting(s -> s.display())
                .containsExactly("山田太郎 (Python教育研究会)");
    }
}
