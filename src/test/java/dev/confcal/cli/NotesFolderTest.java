package dev.confcal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.confcal.testing.RoundTrip;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19: a folder of notes, one conference per file — two this year and one last year — published as one site:
 * each conference under its slug, every conference in one feed, a front page; edits, deletions and renames go through
 * each conference's ledger; nothing but the notes is left in the notes folder outside {@code .confcal/}.
 */
class NotesFolderTest {

    static final String BERLIN = "# DevFest Berlin 2026\n\nVenue: Berlin\n\n## 2026-10-24\n\n"
            + "### 10:00\n\n[Kotlin flows - Ana](https://devfestber2026.sched.com/event/K1)\n\n"
            + "### 11:00\n\n⭐ [Gradle at scale - Ben](https://devfestber2026.sched.com/event/K2)\n\n"
            + "### 14:00\n\n[Compose tips - Cy](https://devfestber2026.sched.com/event/K3)\n";
    static final String TOKYO = "# PyCon JP 2026\n\nVenue: Tokyo\n\n## 2026-09-26\n\n"
            + "### 10:30\n\n[Typing in practice - Dee](https://pyconjp2026.sched.com/event/P1)\n\n"
            + "### 13:00\n\n⭐ [Async everywhere - Eve](https://pyconjp2026.sched.com/event/P2)\n";
    static final String NYC = "# Cloud Native NYC 2025\n\nVenue: New York\n\n## 2025-11-03\n\n"
            + "### 09:00\n\n[Service mesh 101 - Fay](https://cnnyc2025.sched.com/event/N1)\n";
    private static final java.time.Clock AT_NOW = java.time.Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"),
            java.time.ZoneOffset.UTC);

    @TempDir
    Path root;
    Path notes;
    Path site;

    @BeforeEach
    void folder() throws IOException {
        notes = Files.createDirectories(root.resolve("notes"));
        site = root.resolve("site");
        Files.writeString(notes.resolve("devfest-berlin-2026.md"), BERLIN);
        Files.writeString(notes.resolve("pyconjp-2026.md"), TOKYO);
        Files.createDirectories(notes.resolve("2025"));
        Files.writeString(notes.resolve("2025/cloud-native-nyc.md"), NYC);
        Files.writeString(notes.resolve("shopping.md"), "# Shopping\n\n- milk\n- bread\n");
        Files.createDirectories(notes.resolve(".obsidian"));
        Files.writeString(notes.resolve(".obsidian/workspace.md"), "[x](https://a.sched.com/event/Z9)\n");
    }

    @Test
    void threeConferencesTheCombinedFeedAndAFrontPage() throws IOException {
        CliRun run = export();
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("devfest-berlin-2026/", "pyconjp-2026/", "cloud-native-nyc/", "all/",
                "1 notes file skipped");
        Map<String, RoundTrip.Event> berlin = events(site.resolve("devfest-berlin-2026/calendar.ics"));
        assertThat(berlin).hasSize(3);
        assertThat(berlin.get("K1@devfestber2026.sched.com").start())
                .isEqualTo(LocalDateTime.parse("2026-10-24T10:00").atZone(ZoneId.of("Europe/Berlin")).toInstant());
        assertThat(events(site.resolve("pyconjp-2026/starred.ics")).keySet()).containsExactly("P2@pyconjp2026.sched.com");

        Map<String, RoundTrip.Event> all = events(site.resolve("all/calendar.ics"));
        assertThat(all).hasSize(6);
        assertThat(all.get("P1@pyconjp2026.sched.com").start()) // each in its own conference's zone
                .isEqualTo(LocalDateTime.parse("2026-09-26T10:30").atZone(ZoneId.of("Asia/Tokyo")).toInstant());
        assertThat(all.get("N1@cnnyc2025.sched.com").start())
                .isEqualTo(LocalDateTime.parse("2025-11-03T09:00").atZone(ZoneId.of("America/New_York")).toInstant());
        String combined = Files.readString(site.resolve("all/calendar.ics"));
        assertThat(combined).contains("TZID:Europe/Berlin\r\n", "TZID:Asia/Tokyo\r\n", "TZID:America/New_York\r\n")
                .doesNotContain("X-WR-TIMEZONE");
        assertThat(events(site.resolve("all/starred.ics")).keySet())
                .containsExactlyInAnyOrder("K2@devfestber2026.sched.com", "P2@pyconjp2026.sched.com");

        String front = Files.readString(site.resolve("index.html"));
        assertThat(front.indexOf("PyCon JP 2026")).as("upcoming, soonest first")
                .isLessThan(front.indexOf("DevFest Berlin 2026"));
        assertThat(front.indexOf("<details>")).as("past ones folded")
                .isLessThan(front.indexOf("Cloud Native NYC 2025")).isPositive();
        assertThat(front).contains("href=\"all/calendar.ics\"", "href=\"pyconjp-2026/\"");
        assertThat(site.resolve("pyconjp-2026/index.html")).exists();
        assertThat(site.resolve("static/app.css")).exists();

        try (Stream<Path> files = Files.list(notes)) { // nothing but the notes outside .confcal/
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("devfest-berlin-2026.md", "pyconjp-2026.md", "2025", "shopping.md",
                            ".obsidian", ".confcal");
        }
        assertThat(notes.resolve(".confcal/pyconjp-2026.json")).exists();
    }

    @Test
    void anEditBumpsOnlyThatTalkAndARemovedTalkIsCancelled() throws IOException {
        assertThat(export().code()).isZero();
        byte[] tokyo = Files.readAllBytes(site.resolve("pyconjp-2026/calendar.ics"));
        Files.writeString(notes.resolve("devfest-berlin-2026.md"), BERLIN
                .replace("Gradle at scale", "Gradle at scale, revisited")
                .replace("### 14:00\n\n[Compose tips - Cy](https://devfestber2026.sched.com/event/K3)\n", ""));
        CliRun run = export();
        assertThat(run.code()).as(run.err()).isZero();
        Map<String, RoundTrip.Event> berlin = events(site.resolve("devfest-berlin-2026/calendar.ics"));
        assertThat(berlin.get("K1@devfestber2026.sched.com").sequence()).isZero();
        assertThat(berlin.get("K2@devfestber2026.sched.com").sequence()).isEqualTo(1);
        assertThat(berlin.get("K3@devfestber2026.sched.com").status()).isEqualTo("CANCELLED");
        assertThat(events(site.resolve("all/calendar.ics")).get("K3@devfestber2026.sched.com").status())
                .isEqualTo("CANCELLED");
        assertThat(Files.readAllBytes(site.resolve("pyconjp-2026/calendar.ics"))).as("untouched conference")
                .isEqualTo(tokyo);
    }

    @Test
    void aDeletedOrRenamedFileIsHeldNotCancelled() throws IOException {
        assertThat(export().code()).isZero();
        Files.move(notes.resolve("pyconjp-2026.md"), notes.resolve("pycon-jp.md"));
        Files.delete(notes.resolve("2025/cloud-native-nyc.md"));
        Path fresh = root.resolve("site2"); // a workflow's site starts empty every run
        CliRun run = CliRun.run(Terminal.plain(), AT_NOW, "export", "--out", fresh.toString(), notes.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).contains("warning: pyconjp-2026/: no notes file in " + notes + " has this name any more",
                "warning: cloud-native-nyc/: no notes file");
        Map<String, RoundTrip.Event> held = events(fresh.resolve("pyconjp-2026/calendar.ics"));
        assertThat(held.values()).hasSize(2).allMatch(e -> e.status().equals("CONFIRMED") && e.sequence() == 0);
        assertThat(events(fresh.resolve("cloud-native-nyc/calendar.ics"))).hasSize(1);
        assertThat(events(fresh.resolve("pycon-jp/calendar.ics"))).hasSize(2);
        assertThat(events(fresh.resolve("all/calendar.ics"))).as("the renamed file's talks once").hasSize(6);
    }

    @Test
    void checkSummarisesEachConferenceAndExitsWithTheWorst() throws IOException {
        CliRun clean = CliRun.run(Terminal.plain(), AT_NOW, "check", notes.toString());
        assertThat(clean.code()).as(clean.out()).isZero();
        assertThat(clean.out()).contains(notes.resolve("pyconjp-2026.md") + " → pyconjp-2026/: PyCon JP 2026,"
                        + " 2026-09-26, Asia/Tokyo, 2 sessions (1 starred): clean")
                .contains("skipped " + notes.resolve("shopping.md") + ": no session in it")
                .contains("3 conferences, 1 file skipped");
        Files.writeString(notes.resolve("pyconjp-2026.md"), TOKYO + "\n### 25:00\n\n[Broken - X](https://pyconjp2026.sched.com/event/P3)\n");
        CliRun broken = CliRun.run(Terminal.plain(), AT_NOW, "check", notes.toString());
        assertThat(broken.code()).isEqualTo(1);
        assertThat(broken.out()).contains("  " + notes.resolve("pyconjp-2026.md") + ":15: error:");
    }

    @Test
    void checkJsonHoldsEachConferencesReportAndTheSkippedFiles() throws IOException {
        CliRun run = CliRun.run(Terminal.plain(), AT_NOW, "check", "--format", "json", notes.toString());
        assertThat(run.code()).as(run.err()).isZero();
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out());
        assertThat(json.get("conferences")).hasSize(3);
        assertThat(json.get("conferences").findValuesAsText("slug"))
                .containsExactly("cloud-native-nyc", "devfest-berlin-2026", "pyconjp-2026");
        assertThat(json.get("conferences").get(2).get("check").get("sessions")).hasSize(2);
        assertThat(json.get("skipped").get(0).get("file").asText()).endsWith("shopping.md");
        assertThat(json.get("exitCode").asInt()).isZero();
    }

    @Test
    void aFolderWithoutConferencesIsUnusable() throws IOException {
        Path empty = Files.createDirectories(root.resolve("empty"));
        Files.writeString(empty.resolve("todo.md"), "- call Ana\n");
        CliRun run = CliRun.run("export", "--out", site.toString(), empty.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("no notes with sessions in " + empty);
    }

    private CliRun export() {
        return CliRun.run(Terminal.plain(), AT_NOW, "export", "--out", site.toString(), notes.toString());
    }

    private static Map<String, RoundTrip.Event> events(Path feed) throws IOException {
        List<RoundTrip.Event> events = RoundTrip.events(Files.readAllBytes(feed));
        return events.stream().collect(Collectors.toMap(RoundTrip.Event::uid, e -> e));
    }
}
