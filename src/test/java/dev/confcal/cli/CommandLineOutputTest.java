package dev.confcal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What a person reads: help, one-line usage errors, check's table and JSON, export's summary — exactly. */
class CommandLineOutputTest {

    @TempDir
    Path dir;

    static String resource(String name) throws IOException {
        try (InputStream in = CommandLineOutputTest.class.getResourceAsStream("/cli/" + name)) {
            assertThat(in).as("test resource /cli/" + name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private Path tiny() throws IOException {
        Path notes = dir.resolve("tiny.md");
        Files.writeString(notes, resource("tiny.md"), StandardCharsets.UTF_8);
        return notes;
    }

    private static String[] helpArgs(String command) {
        return command.isEmpty() ? new String[] {"--help"} : new String[] {command, "--help"};
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "serve", "export", "check"})
    void helpAtEightyColumnsIsExactlyTheGoldenText(String command) throws IOException {
        CliRun run = CliRun.run(helpArgs(command));
        assertThat(run.code()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo(resource("help/" + (command.isEmpty() ? "confcal" : command) + ".txt"));
    }

    /** Issue 13: help cut export's description mid-sentence and broke {@code sessions/<id>.ics} across lines. */
    @ParameterizedTest
    @MethodSource("commandsAndWidths")
    void helpWrapsAtTheTerminalsWidthAndOnlyAtSpaces(String command, int width) {
        String wide = CliRun.run(new Terminal(400, false, false), helpArgs(command)).out();
        String narrow = CliRun.run(new Terminal(width, false, false), helpArgs(command)).out();
        for (String line : narrow.split("\n")) {
            assertThat(TextColumns.width(line)).as("at %d columns: %s", width, line).isLessThanOrEqualTo(width);
        }
        assertThat(words(narrow)).as("the same words, none broken").isEqualTo(words(wide));
        if (wide.contains("sessions/<id>.ics")) {
            assertThat(narrow).contains("sessions/<id>.ics");
        }
    }

    static Stream<Arguments> commandsAndWidths() {
        return Stream.of("", "serve", "export", "check")
                .flatMap(command -> Stream.of(50, 72, 100, 132).map(width -> Arguments.of(command, width)));
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.split("\\s+")).filter(word -> !word.isEmpty())
                .filter(word -> !word.equals("\\")) // an example command continued on the next line
                .toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"serve", "export", "check"})
    void eachCommandsHelpEndsWithExamplesThatRun(String command) {
        String help = CliRun.run(command, "--help").out();
        String examples = help.substring(help.indexOf("\nExamples:\n"));
        List<String> commands = examples.lines().map(String::strip).filter(l -> l.startsWith("confcal ")).toList();
        assertThat(commands).hasSizeBetween(2, 3).allMatch(l -> l.startsWith("confcal " + command + " "));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("usageErrors")
    void aUsageErrorIsOneLineNamingOnlyWhatIsWrong(String args, String message) {
        CliRun run = CliRun.run(args.split(" "));
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo(message + "\n");
    }

    static Stream<Arguments> usageErrors() {
        return Stream.of(
                Arguments.of("serve --prot 8080",
                        "confcal: unknown option --prot; did you mean --port? Try confcal serve --help."),
                Arguments.of("exprot --out site",
                        "confcal: unknown command exprot; did you mean export? Try confcal --help."),
                Arguments.of("serve --port 99999 --poll 100",
                        "confcal: --port 99999 is not a port: give 0–65535 (0 picks a free one)."
                                + " Try confcal serve --help."),
                Arguments.of("serve --port 0 --poll 10",
                        "confcal: --poll 10 is out of range: give 50 to 86400000 ms (a day). Try confcal serve --help."),
                Arguments.of("check --year 1800",
                        "confcal: --year 1800 is not a year calendars take: give 1970–9999 (iCalendar writes"
                                + " four-digit years; calendar apps and confcal's ledger count time from 1970)."
                                + " Try confcal check --help."),
                Arguments.of("export --year 10000",
                        "confcal: --year 10000 is not a year calendars take: give 1970–9999 (iCalendar writes"
                                + " four-digit years; calendar apps and confcal's ledger count time from 1970)."
                                + " Try confcal export --help."),
                Arguments.of("check --format xml",
                        "confcal: --format xml is not a format: give text or json. Try confcal check --help."));
    }

    @Test
    void aYearAtTheEdgeOfWhatCalendarsTakeIsAccepted() throws IOException {
        assertThat(CliRun.run("check", "--year", "1970", tiny().toString()).err()).isEmpty();
        assertThat(CliRun.run("check", "--year", "9999", tiny().toString()).err()).isEmpty();
    }

    /** Issue 13: a port in use printed Javalin's ERROR line, with its exception, before confcal's own message. */
    @Test
    void aPortInUseIsOnlyConfcalsOwnLine() throws Exception {
        CliRun.Logged logged;
        try (ServerSocket taken = new ServerSocket(0)) {
            logged = CliRun.logging("serve", "--quiet", "--port", String.valueOf(taken.getLocalPort()));
            assertThat(logged.run().code()).isEqualTo(2);
            assertThat(logged.run().err()).isEqualTo("confcal: cannot listen on port " + taken.getLocalPort()
                    + ": address already in use\n");
        }
        assertThat(logged.log()).doesNotContain("ERROR").doesNotContain("Exception");
    }

    @Test
    void checkAsJsonIsExactlyTheGoldenReport() throws IOException {
        CliRun run = CliRun.run("check", "--format", "json", tiny().toString());
        assertThat(run.code()).as("the same exit code as the text report").isEqualTo(1);
        assertThat(run.err()).isEmpty();
        assertThat(run.out().replace(dir + "/", "")).isEqualTo(resource("tiny.check.json"));
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertThat(report.at("/summary/exitCode").asInt()).isEqualTo(run.code());
        assertThat(report.at("/notices/0/line").isNull()).as("a notice about the whole file has no line").isTrue();
    }

    @Test
    void checkAsTextIsExactlyTheGoldenReport() throws IOException {
        CliRun run = CliRun.run("check", tiny().toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out().replace(dir + "/", "")).isEqualTo(resource("tiny.check.txt"));
    }

    /** Issue 13: the table is fitted to COLUMNS; the located problems are never cut (editors and CI read them). */
    @ParameterizedTest
    @ValueSource(ints = {40, 60, 80, 120})
    void checksTableFitsTheWidthAndProblemsAreNeverCut(int width) throws IOException {
        String out = CliRun.run(new Terminal(width, false, false), "check", tiny().toString()).out();
        String table = out.substring(0, out.indexOf("\nErrors (1):\n"));
        List<String> rows = table.lines().filter(line -> line.startsWith("  ")).toList();
        assertThat(rows).hasSize(3);
        for (String row : rows) {
            assertThat(TextColumns.width(row)).as("at %d columns: %s", width, row).isLessThanOrEqualTo(width);
        }
        assertThat(out).contains("tiny.md:11: error: time heading \"25:00\" is not a time (expected 11:00am, 13:55,"
                + " 下午1:55 or a range like 15:25 - 16:00)\n");
    }

    /** Found while attacking check: titles shorter than the word TITLE cut the header to "TIT…". */
    @Test
    void shortTitlesNeverCutTheColumnHeaders() throws IOException {
        Path notes = dir.resolve("short.md");
        Files.writeString(notes, "## 2024-03-20\n\n### 10:00\n\n[Talk - A, B](https://x.sched.com/event/Q1)\n");
        assertThat(CliRun.run("check", notes.toString()).out())
                .contains("\n  TIME         ★ ID  TITLE  SPEAKERS\n  10:00–10:35    Q1  Talk   A\n");
    }

    @Test
    void wideTitlesAreCutByTheColumnsTheyTakeNotByTheirLength() {
        String out = CliRun.run(new Terminal(60, false, false), "check").out();
        List<String> rows = out.lines().filter(l -> l.contains("1PTFR")).toList();
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(TextColumns.width(row)).isLessThanOrEqualTo(60);
            assertThat(row).contains("如何在大型集群中").contains("…");
        });
    }

    /** Issue 13: titles in the notes' language, as written — English notes show the English half of a pair. */
    @ParameterizedTest
    @ValueSource(strings = {"I want to ask them how offline installs work with Ansible.|SIG Cluster Lifecycle: What's",
            "想问一下离线安装怎么做，Ansible 的版本要求是什么。|SIG集群生命周期：Kubespray的新功能"})
    void checkShowsTheTitleInTheLanguageOfThePersonsOwnNotes(String notesAndTitle) throws IOException {
        String[] parts = notesAndTitle.split("\\|");
        Path notes = dir.resolve("mine.md");
        Files.writeString(notes, "## 2023-09-27\n\n### 11:00\n\n[SIG集群生命周期：Kubespray的新功能 | SIG Cluster"
                + " Lifecycle: What's New in Kubespray - Kay Yan, DaoCloud](https://kccncosschn2023.sched.com/event/1PTJt)"
                + "\n\n" + parts[0] + "\n");
        String out = CliRun.run(new Terminal(200, false, false), "check", notes.toString()).out();
        assertThat(out).containsPattern("(?m)^  11:00–11:35    1PTJt  " + java.util.regex.Pattern.quote(parts[1]));
    }

    @Test
    void colourOnlyOnATerminalAndNeverWithNoColor() throws IOException {
        String coloured = CliRun.run(new Terminal(80, true, false), "check", tiny().toString()).out();
        assertThat(coloured).contains("\u001b[1m").contains("\u001b[31m");
        assertThat(coloured.replaceAll("\u001b\\[[0-9;]*m", "").replace(dir + "/", ""))
                .isEqualTo(resource("tiny.check.txt"));
        assertThat(CliRun.run("check", tiny().toString()).out()).doesNotContain("\u001b");

        assertThat(Terminal.from(java.util.Map.of(), true, true, () -> 90))
                .isEqualTo(new Terminal(90, true, true));
        assertThat(Terminal.from(java.util.Map.of("NO_COLOR", "1"), true, true, () -> 90).colour()).isFalse();
        assertThat(Terminal.from(java.util.Map.of(), false, false, () -> 90))
                .as("a pipe: 80 columns, plain").isEqualTo(Terminal.plain());
        assertThat(Terminal.from(java.util.Map.of("COLUMNS", "132"), false, false, () -> 90).width()).isEqualTo(132);
        assertThat(Terminal.from(java.util.Map.of("TERM", "dumb"), true, true, () -> 90))
                .isEqualTo(Terminal.plain());
        assertThat(Terminal.from(java.util.Map.of("CLICOLOR_FORCE", "1"), false, false, () -> 90).colour()).isTrue();
    }

    @Test
    void exportPrintsASummaryAndTheFolderAndVerboseListsEveryFile() throws IOException {
        Path out = dir.resolve("site");
        CliRun run = CliRun.run("export", "--out", out.toString(), tiny().toString());
        assertThat(run.code()).isZero();
        long bytes;
        try (Stream<Path> files = Files.walk(out)) {
            bytes = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
        // the size follows the page's assets: the golden says where it goes, the files say what it is
        assertThat(run.out().replace(dir + "/", ""))
                .isEqualTo(resource("tiny.export.txt").replace("SIZE", ExportReport.size(bytes)));

        CliRun verbose = CliRun.run("export", "--verbose", "--out", out.toString(), tiny().toString());
        try (Stream<Path> files = Files.walk(out)) {
            List<String> written = files.filter(Files::isRegularFile).map(f -> out.relativize(f).toString()).toList();
            assertThat(written).hasSize(8);
            for (String file : written) {
                assertThat(verbose.out()).as(file).containsPattern("(?m)^" + java.util.regex.Pattern.quote(file)
                        + " ");
            }
        }
    }

    /** Found while attacking the CLI: an --out that could not be created was an "internal error" with a class name. */
    @Test
    void anOutputFolderThatCannotBeWrittenIsSaidInWordsNotAsAnInternalError() throws IOException {
        Path file = dir.resolve("a-file");
        Files.writeString(file, "x");
        CliRun onAFile = CliRun.run("export", "--out", file.toString(), tiny().toString());
        assertThat(onAFile.code()).isEqualTo(2);
        assertThat(onAFile.err()).isEqualTo("confcal: --out " + file + " is a file, not a folder; give a folder (it"
                + " is created if missing)\n");

        CliRun under = CliRun.run("export", "--out", file.resolve("site").toString(), tiny().toString());
        assertThat(under.code()).isEqualTo(3);
        assertThat(under.err()).doesNotContain("internal error").doesNotContain("Exception")
                .endsWith("confcal: cannot write the export to " + file.resolve("site") + ": " + file
                        + " is a file where a folder is needed; files already there were left as they were or"
                        + " replaced whole\n");
        assertThat(file).hasContent("x");
    }

    @Test
    void aThousandSessionsExportInASummaryOfAFewLines() throws IOException {
        StringBuilder notes = new StringBuilder("---\ntimezone: Europe/Berlin\n---\n## 2024-03-20\n\n");
        for (int i = 0; i < 1000; i++) {
            notes.append(String.format("### %02d:%02d%n%n[Talk %d](https://big.sched.com/event/T%d)%n%n",
                    8 + i / 100, i % 60, i, i));
        }
        Path file = dir.resolve("big.md");
        Files.writeString(file, notes);
        CliRun run = CliRun.run("export", "--out", dir.resolve("big").toString(), file.toString());
        assertThat(run.code()).isZero();
        assertThat(run.out().lines().count()).isLessThanOrEqualTo(8);
        assertThat(run.out()).contains("1000 feeds, one per session");
    }
}
