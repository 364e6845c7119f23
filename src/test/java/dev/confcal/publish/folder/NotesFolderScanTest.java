package dev.confcal.publish.folder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 19: which files of a notes folder are read, and the slug each conference is published under. */
class NotesFolderScanTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({
            "KubeCon China 2023, kubecon-china-2023",
            "kubecon-china-2023, kubecon-china-2023",
            "Ünïcode Café – Zürich, unicode-cafe-zurich",
            "all, all-notes",
            "static, static-notes",
            "conferences, conferences-notes",
            "'  --  ', notes-5a3a5e8b",
    })
    void slugs(String name, String slug) {
        assertThat(NotesFolder.slug(name, "x/" + name + ".md")).startsWith(slug.startsWith("notes-") ? "notes-" : slug)
                .matches("[a-z0-9]+(-[a-z0-9]+)*");
    }

    /** Attack on issue 19: 上海大会 2023.md was "2023", then 北京大会 2023.md "2023-2" — any year's notes collide. */
    @Test
    void aNameWithLettersBeyondAsciiKeepsWhatItHasAndAHashOfItsPath() {
        assertThat(NotesFolder.slug("上海大会 2023", "上海大会 2023.md")).matches("2023-[0-9a-f]{6}")
                .isNotEqualTo(NotesFolder.slug("北京大会 2023", "北京大会 2023.md"));
        assertThat(NotesFolder.slug("Café Zürich", "Café Zürich.md")).isEqualTo("cafe-zurich");
    }

    /** Attack on issue 19: adding 2025/kubecon-eu.md moved 2024/kubecon-eu.md from kubecon-eu/ to 2024-kubecon-eu/. */
    @Test
    void aSlugOnceGivenStaysWithItsFileWhateverIsAddedBesideIt() throws IOException {
        Files.createDirectories(dir.resolve("2024"));
        Files.writeString(dir.resolve("2024/kubecon-eu.md"), "x");
        SlugRegistry registry = SlugRegistry.empty();
        NotesFolder.scan(dir, registry).files().forEach(f -> registry.put(f.slug(), f.relative()));
        assertThat(registry.slugOf("2024/kubecon-eu.md")).contains("kubecon-eu");
        Files.createDirectories(dir.resolve("2025"));
        Files.writeString(dir.resolve("2025/kubecon-eu.md"), "x");
        assertThat(NotesFolder.scan(dir, registry).files()).extracting(NotesFolder.NotesFile::slug)
                .containsExactly("kubecon-eu", "2025-kubecon-eu");
        registry.put("kubecon-eu", "2024/kubecon-eu.md");
        Files.delete(dir.resolve("2024/kubecon-eu.md")); // gone, its slug still given: never handed to another file
        assertThat(NotesFolder.scan(dir, registry).files()).extracting(NotesFolder.NotesFile::slug)
                .containsExactly("2025-kubecon-eu");
        registry.write(dir.resolve(".state"));
        assertThat(SlugRegistry.read(dir.resolve(".state")).fileOf("kubecon-eu")).contains("2024/kubecon-eu.md");
    }

    @Test
    void aNameWithoutLatinLettersGetsAStableSlugFromItsPath() {
        assertThat(NotesFolder.slug("上海大会", "上海大会.md")).isEqualTo(NotesFolder.slug("上海大会", "上海大会.md"))
                .startsWith("notes-").isNotEqualTo(NotesFolder.slug("北京大会", "北京大会.md"));
    }

    @Test
    void hiddenFoldersOtherFilesAndLinksOutsideAreNotNotes() throws IOException {
        Files.writeString(dir.resolve("a.md"), "x");
        Files.writeString(dir.resolve("b.markdown"), "x");
        Files.writeString(dir.resolve("c.txt"), "x");
        Files.writeString(dir.resolve(".hidden.md"), "x");
        Files.createDirectories(dir.resolve(".obsidian"));
        Files.writeString(dir.resolve(".obsidian/d.md"), "x");
        Files.createDirectories(dir.resolve("node_modules/pkg"));
        Files.writeString(dir.resolve("node_modules/pkg/README.md"), "x");
        Path outside = Files.createTempFile("outside", ".md");
        Files.createSymbolicLink(dir.resolve("linked.md"), outside);
        Files.createSymbolicLink(dir.resolve("inside.md"), dir.resolve(".obsidian/d.md"));
        Files.createSymbolicLink(dir.resolve("again.md"), dir.resolve("a.md")); // would publish a.md twice
        Files.writeString(dir.resolve("notes.confcal-state.json.last-good.md"), "x"); // an older confcal's copy
        NotesFolder.Scan scan = NotesFolder.scan(dir);
        assertThat(scan.files()).extracting(NotesFolder.NotesFile::relative)
                .containsExactly("a.md", "b.markdown", "inside.md");
        assertThat(scan.skipped()).extracting(NotesFolder.Skipped::relative)
                .containsExactlyInAnyOrder("linked.md", "again.md", "notes.confcal-state.json.last-good.md");
        Files.delete(outside);
    }

    @Test
    void atMostTwoThousandFilesTwelveFoldersDeepAndTheRestSaid() throws IOException {
        Path deep = dir;
        for (int level = 1; level <= 12; level++) {
            deep = Files.createDirectories(deep.resolve("d" + level));
            Files.writeString(deep.resolve("at-" + level + ".md"), "x");
        }
        NotesFolder.Scan scan = NotesFolder.scan(dir);
        assertThat(scan.files()).extracting(NotesFolder.NotesFile::slug).contains("at-11").doesNotContain("at-12");

        Path many = Files.createDirectories(dir.resolve("many"));
        for (int i = 0; i < NotesFolder.MAX_FILES; i++) {
            Files.writeString(many.resolve(String.format("n%04d.md", i)), "x");
        }
        scan = NotesFolder.scan(many);
        Files.writeString(many.resolve("n9999.md"), "x");
        NotesFolder.Scan over = NotesFolder.scan(many);
        assertThat(scan.files()).hasSize(NotesFolder.MAX_FILES);
        assertThat(over.files()).hasSize(NotesFolder.MAX_FILES);
        assertThat(over.skipped()).singleElement().satisfies(skip -> assertThat(skip.why())
                .isEqualTo("more than 2000 Markdown files in the folder"));
    }

    @Test
    void twoFilesOfOneNameAreToldApartByTheirFolders() throws IOException {
        Files.createDirectories(dir.resolve("2024"));
        Files.createDirectories(dir.resolve("2025"));
        Files.writeString(dir.resolve("2024/KubeCon EU.md"), "x");
        Files.writeString(dir.resolve("2025/KubeCon EU.md"), "x");
        Files.writeString(dir.resolve("fosdem.md"), "x");
        assertThat(NotesFolder.scan(dir).files()).extracting(NotesFolder.NotesFile::slug)
                .containsExactly("2024-kubecon-eu", "2025-kubecon-eu", "fosdem");
    }
}
