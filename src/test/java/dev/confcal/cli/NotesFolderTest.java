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
        assertThat(front).contains("href=\"all/calendar.ics\"", "href=\"pyconjp-2026/\"")
                .doesNotContain("webcal:").contains("copy its address to subscribe");
        CliRun based = CliRun.run(Terminal.plain(), AT_NOW, "export", "--out", root.resolve("based").toString(),
                "--base-url", "https://cal.example.org/notes", notes.toString());
        assertThat(based.code()).as(based.err()).isZero();
        assertThat(Files.readString(root.resolve("based/index.html")))
                .contains("href=\"webcal://cal.example.org/notes/all/calendar.ics\"")
                .contains("https://calendar.google.com/calendar/r?cid=webcal%3A%2F%2Fcal.example.org%2Fnotes%2Fall%2Fcalendar.ics");
        assertThat(Files.readString(root.resolve("based/pyconjp-2026/index.html")))
                .contains("webcal://cal.example.org/notes/pyconjp-2026/calendar.ics");
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
    void aDeletedFileIsHeldAndARenamedOneKeepsItsFeed() throws IOException {
        Files.writeString(notes.resolve("2025/cloud-native-nyc.md"), NYC.replace("# Cloud Native NYC 2025\n\n", ""));
        assertThat(export().code()).isZero();
        assertThat(Files.readString(site.resolve("cloud-native-nyc/calendar.ics")))
                .contains("X-WR-CALNAME:Cloud Native Nyc\r\n"); // the title from the file's name
        Files.move(notes.resolve("pyconjp-2026.md"), notes.resolve("pycon-jp.md"));
        Files.delete(notes.resolve("2025/cloud-native-nyc.md"));
        Path fresh = root.resolve("site2"); // a workflow's site starts empty every run
        CliRun run = CliRun.run(Terminal.plain(), AT_NOW, "export", "--out", fresh.toString(), notes.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).contains("warning: cloud-native-nyc/: 2025/cloud-native-nyc.md is no longer in " + notes)
                .contains("confcal: " + notes.resolve("pycon-jp.md") + " takes over pyconjp-2026/ from pyconjp-2026.md");
        assertThat(events(fresh.resolve("cloud-native-nyc/calendar.ics")).values()).singleElement()
                .satisfies(e -> assertThat(e.status()).isEqualTo("CONFIRMED"));
        assertThat(Files.readString(fresh.resolve("cloud-native-nyc/calendar.ics")))
                .as("the held feed keeps its name").contains("X-WR-CALNAME:Cloud Native Nyc\r\n");
        assertThat(events(fresh.resolve("pyconjp-2026/calendar.ics")).values()).hasSize(2)
                .allMatch(e -> e.status().equals("CONFIRMED") && e.sequence() == 0);
        assertThat(fresh.resolve("pycon-jp")).doesNotExist();
        assertThat(events(fresh.resolve("all/calendar.ics"))).hasSize(6);
        CliRun check = CliRun.run(Terminal.plain(), AT_NOW, "check", notes.toString());
        assertThat(check.out()).contains("held cloud-native-nyc/: 2025/cloud-native-nyc.md is no longer in " + notes)
                .contains(notes.resolve("pycon-jp.md") + " → pyconjp-2026/");
    }

    /** Attack on issue 19: renaming a file and editing it in one push froze the talk in all/ at its old title. */
    @Test
    void aRenamedAndEditedFileKeepsItsFeedAndTheEditArrivesEverywhere() throws IOException {
        assertThat(export().code()).isZero();
        Files.delete(notes.resolve("pyconjp-2026.md"));
        Files.writeString(notes.resolve("pycon-jp.md"), TOKYO.replace("Async everywhere", "Async everywhere, again"));
        assertThat(export().code()).isZero();
        for (String feed : List.of("pyconjp-2026/calendar.ics", "all/calendar.ics")) {
            RoundTrip.Event edited = events(site.resolve(feed)).get("P2@pyconjp2026.sched.com");
            assertThat(edited.summary()).as(feed).contains("again");
            assertThat(edited.sequence()).as(feed).isEqualTo(1);
        }
    }

    /**
     * Attack on issue 19: adding files gave an existing conference's slug to another one, whose talks then showed
     * CANCELLED under the old feed; 2024/kubecon-eu.md moved to 2024-kubecon-eu/ when 2025/kubecon-eu.md came.
     */
    @Test
    void addingFilesNeverMovesOrHandsOverAnotherConferencesFeed() throws IOException {
        Files.createDirectories(notes.resolve("2026"));
        Files.move(notes.resolve("devfest-berlin-2026.md"), notes.resolve("2026/devfest.md"));
        assertThat(export().code()).isZero();
        assertThat(site.resolve("devfest/calendar.ics")).exists();
        Files.createDirectories(notes.resolve("2027"));
        Files.writeString(notes.resolve("2027/devfest.md"), BERLIN.replace("2026", "2027"));
        CliRun run = export();
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(events(site.resolve("devfest/calendar.ics")).keySet()).as("2026's, still")
                .containsExactlyInAnyOrder("K1@devfestber2026.sched.com", "K2@devfestber2026.sched.com",
                        "K3@devfestber2026.sched.com");
        assertThat(events(site.resolve("devfest/calendar.ics")).values()).allMatch(e -> e.status().equals("CONFIRMED"));
        assertThat(events(site.resolve("2027-devfest/calendar.ics")).keySet())
                .allMatch(uid -> uid.endsWith("@devfestber2027.sched.com"));
    }

    /** Attack on issue 19: a talk one file dropped was CANCELLED in all/ though another file still listed it. */
    @Test
    void aTalkTwoFilesListIsNotCancelledInAllWhileOneStillHoldsIt() throws IOException {
        Files.writeString(notes.resolve("copy.md"), BERLIN);
        assertThat(export().code()).isZero();
        Files.writeString(notes.resolve("copy.md"), BERLIN.replace(
                "### 14:00\n\n[Compose tips - Cy](https://devfestber2026.sched.com/event/K3)\n", ""));
        assertThat(export().code()).isZero();
        assertThat(events(site.resolve("copy/calendar.ics")).get("K3@devfestber2026.sched.com").status())
                .isEqualTo("CANCELLED");
        assertThat(events(site.resolve("all/calendar.ics")).get("K3@devfestber2026.sched.com").status())
                .isEqualTo("CONFIRMED");
        assertThat(events(site.resolve("all/calendar.ics")).get("K3@devfestber2026.sched.com").sequence())
                .as("never below what all/ published").isEqualTo(1);
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

    /** Attack on issue 19: the former layout's NOTES.confcal-state.json.last-good.md was published as a conference. */
    @Test
    void aFolderInTheFormerLayoutIsTakenOverWithoutAGhostConference() throws IOException {
        Path old = Files.createDirectories(root.resolve("old"));
        Files.writeString(old.resolve("pyconjp-2026.md"), TOKYO);
        Path former = old.resolve("pyconjp-2026.confcal-state.json");
        assertThat(CliRun.run(Terminal.plain(), AT_NOW, "export", "--out", root.resolve("o").toString(), "--state",
                former.toString(), old.resolve("pyconjp-2026.md").toString()).code()).isZero();
        Files.move(old.resolve("pyconjp-2026.confcal-state.json.last-good"),
                old.resolve("pyconjp-2026.confcal-state.json.last-good.md")); // as an older confcal named it
        Files.writeString(old.resolve("pyconjp-2026.md"), TOKYO.replace("Async everywhere", "Async, again"));
        CliRun run = CliRun.run(Terminal.plain(), AT_NOW, "export", "--out", site.toString(), old.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).contains("moved the ledger");
        try (Stream<Path> files = Files.list(site)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("pyconjp-2026", "all", "index.html", "static");
        }
        assertThat(events(site.resolve("pyconjp-2026/calendar.ics")).get("P2@pyconjp2026.sched.com").sequence())
                .isEqualTo(1);
        CliRun again = CliRun.run(Terminal.plain(), AT_NOW, "export", "--out", site.toString(), old.toString());
        assertThat(again.err()).doesNotContain("no longer in");
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
