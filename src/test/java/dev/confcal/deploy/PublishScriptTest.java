package dev.confcal.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.confcal.testing.RoundTrip;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19: {@code deploy/publish.sh}, the one script the GitHub and GitLab workflows run, on a throwaway notes
 * repository with a remote: two runs with an edit and a deletion between them keep the ledger in the repository, so
 * the edited talk goes to SEQUENCE 1, the others keep their bytes, the deleted one is CANCELLED, and the site's links
 * all lead to files a stock web server serves.
 */
class PublishScriptTest {

    private static final Path SCRIPT = Path.of("deploy/publish.sh").toAbsolutePath();
    private static final String NOTES = "# FOSDEM 2027\n\nVenue: Brussels\n\n## 2027-02-06\n\n"
            + "### 10:00\n\n[Rust in the kernel - Ana](https://fosdem.org/2027/schedule/event/rust-kernel/)\n\n"
            + "### 11:00\n\n[Postgres internals - Ben](https://fosdem.org/2027/schedule/event/pg-internals/)\n\n"
            + "### 12:00\n\n[Nix for all - Cy](https://fosdem.org/2027/schedule/event/nix-for-all/)\n";

    @TempDir
    Path dir;

    @Test
    void twoRunsWithAnEditAndADeletionBetween() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/git")) || Files.isExecutable(Path.of("/bin/git")),
                "git is not installed");
        Path remote = dir.resolve("remote.git");
        Path repo = dir.resolve("repo");
        git(dir, "init", "--quiet", "--bare", "--initial-branch=main", remote.toString());
        git(dir, "clone", "--quiet", remote.toString(), repo.toString());
        Files.createDirectories(repo.resolve("notes"));
        Files.writeString(repo.resolve("notes/fosdem-2027.md"), NOTES);
        git(repo, "add", ".");
        git(repo, "commit", "--quiet", "-m", "notes");
        git(repo, "push", "--quiet", "origin", "HEAD:main");

        publish(repo, "site1");
        Path first = repo.resolve("site1/fosdem-2027");
        assertThat(git(repo, "log", "--format=%s", "-1")).contains("confcal: ledger");
        assertThat(git(repo, "status", "--porcelain", "--", "notes")).as("the ledger is committed").isEmpty();
        assertThat(git(remote, "log", "--format=%s", "-1", "main")).as("and pushed").contains("confcal: ledger");
        assertThat(git(repo, "ls-files", "notes/.confcal")).contains("notes/.confcal/fosdem-2027.json")
                .doesNotContain(".lock");

        // a new checkout, as every workflow run starts from one
        Path again = dir.resolve("again");
        git(dir, "clone", "--quiet", remote.toString(), again.toString());
        Files.writeString(again.resolve("notes/fosdem-2027.md"), NOTES
                .replace("Postgres internals", "Postgres internals, part 2")
                .replace("### 12:00\n\n[Nix for all - Cy](https://fosdem.org/2027/schedule/event/nix-for-all/)\n", ""));
        git(again, "commit", "--quiet", "-am", "edit");
        publish(again, "site2");
        Path second = again.resolve("site2/fosdem-2027");

        Map<String, RoundTrip.Event> events = RoundTrip.events(Files.readAllBytes(second.resolve("calendar.ics")))
                .stream().collect(Collectors.toMap(e -> e.uid().replaceFirst("@.*", ""), e -> e));
        assertThat(events).hasSize(3);
        assertThat(events.values()).filteredOn(e -> e.summary().contains("Postgres")).singleElement()
                .satisfies(e -> assertThat(e.sequence()).isEqualTo(1));
        assertThat(events.values()).filteredOn(e -> e.summary().contains("Nix")).singleElement()
                .satisfies(e -> assertThat(e.status()).isEqualTo("CANCELLED"));
        List<Path> rust = sessionFiles(first, "Rust");
        assertThat(rust).hasSize(1);
        assertThat(Files.readAllBytes(second.resolve(first.relativize(rust.get(0)))))
                .as("the untouched talk's file, byte for byte").isEqualTo(Files.readAllBytes(rust.get(0)));
        assertLinksResolve(again.resolve("site2"), again.resolve("site2/index.html"));
        assertLinksResolve(again.resolve("site2"), second.resolve("index.html"));
    }

    @Test
    void theWorkflowsAreYamlAndRunOnlyTheScript() throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        for (String file : List.of("deploy/github/publish-calendar.yml", "deploy/gitlab/.gitlab-ci.yml")) {
            JsonNode workflow = yaml.readTree(Path.of(file).toFile());
            List<String> runs = new ArrayList<>();
            workflow.findValues("run").forEach(run -> runs.add(run.asText()));
            workflow.findValues("script").forEach(script -> script.forEach(line -> runs.add(line.asText())));
            assertThat(runs).as(file).anyMatch(run -> run.contains("deploy/publish.sh"))
                    .noneMatch(run -> run.contains("confcal.jar export") || run.contains("confcal export"));
        }
    }

    private static void publish(Path repo, String site) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder("bash", SCRIPT.toString(), "notes", site,
                "https://calendar.example.org/notes").directory(repo.toFile()).redirectErrorStream(true);
        builder.environment().put("CONFCAL", java + " -cp " + System.getProperty("java.class.path")
                + " dev.confcal.cli.Main");
        builder.environment().put("CONFCAL_COMMIT_STATE", "1");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
    }

    private static List<Path> sessionFiles(Path site, String title) throws IOException {
        try (var files = Files.list(site.resolve("sessions"))) {
            return files.filter(f -> {
                try {
                    return Files.readString(f).contains(title);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }

    /** Every relative link on a page leads to a file in the site (or a folder with an index.html). */
    private static void assertLinksResolve(Path site, Path page) throws IOException {
        Matcher links = Pattern.compile("(?:href|src)=\"([^\"#?]+)").matcher(Files.readString(page));
        int checked = 0;
        while (links.find()) {
            String link = links.group(1);
            if (link.contains("://") || link.startsWith("mailto:") || link.startsWith("webcal:")) {
                continue;
            }
            Path target = link.startsWith("/") ? site.resolve(link.substring(1)) : page.getParent().resolve(link);
            assertThat(Files.isRegularFile(target) || Files.isRegularFile(target.resolve("index.html")))
                    .as(page + " links to " + link).isTrue();
            checked++;
        }
        assertThat(checked).as("links on " + page).isPositive();
    }

    private static String git(Path in, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=t", "-c", "user.email=t@example.org",
                "-c", "init.defaultBranch=main"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(in.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(String.join(" ", command) + ": " + output).isZero();
        return output;
    }
}
