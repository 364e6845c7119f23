package dev.confcal.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.confcal.notes.ParseResult;
import dev.confcal.publish.following.ExportRefresher;
import dev.confcal.publish.following.ScheduleFollowing;
import dev.confcal.schedule.Session;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code check DIR}: every notes file in a folder, one summary line per conference with its problems under it, the
 * files skipped and why; the exit code is the worst of them.
 */
final class FolderCheck {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private FolderCheck() {
    }

    static int run(Path dir, NotesOptions options, CheckCommand.Format format, Clock clock, PrintWriter out)
            throws IOException {
        FolderNotes.Folder folder = FolderNotes.read(dir, options, clock);
        int exit = ExitCodes.OK;
        ObjectNode report = JSON.createObjectNode().put("folder", dir.toString());
        ArrayNode conferences = report.putArray("conferences");
        for (FolderNotes.Read read : folder.conferences()) {
            ParseResult result;
            Optional<ExportRefresher.Status> following;
            try (ScheduleFollowing schedule = FolderNotes.following(read, clock, null)) {
                result = schedule.place(read.result());
                following = schedule.status();
            }
            int code = result.clean() ? ExitCodes.OK : ExitCodes.PROBLEMS;
            exit = Math.max(exit, code);
            if (format == CheckCommand.Format.JSON) {
                conferences.addObject().put("slug", read.slug()).put("file", read.shown().toString())
                        .set("check", JSON.readTree(CheckJson.render(result, null, following, code)));
            } else {
                out.println(summary(read, result));
                result.problems().forEach(problem -> out.println("  " + ProblemLines.located(problem)));
            }
        }
        ArrayNode skipped = report.putArray("skipped");
        for (FolderNotes.Skip skip : folder.skipped()) {
            if (skip.hint() != null) {
                exit = Math.max(exit, ExitCodes.PROBLEMS);
            }
            if (format == CheckCommand.Format.JSON) {
                ObjectNode node = skipped.addObject().put("file", skip.shown()).put("why", skip.why());
                if (skip.hint() != null) {
                    node.put("line", skip.hint().line()).put("looksLike", skip.hint().message());
                }
            } else {
                out.println(TextColumns.printable("skipped " + skip.shown() + ": " + skip.why()));
                if (skip.hint() != null) {
                    out.println("  " + ProblemLines.located(skip.hint()) + " — if this file is a conference's notes,"
                            + " this line was not read; run confcal check " + skip.shown() + " for all of it");
                }
            }
        }
        if (folder.conferences().isEmpty()) {
            exit = ExitCodes.UNUSABLE;
        }
        if (format == CheckCommand.Format.JSON) {
            report.put("exitCode", exit);
            out.print(JSON.writeValueAsString(report) + "\n");
        } else {
            out.println(String.format(Locale.ROOT, "%d conference%s, %d file%s skipped%s", folder.conferences().size(),
                    folder.conferences().size() == 1 ? "" : "s", folder.skipped().size(),
                    folder.skipped().size() == 1 ? "" : "s", folder.conferences().isEmpty()
                            ? ": no notes with sessions in " + dir : ""));
        }
        out.flush();
        return exit;
    }

    /** {@code notes/kubecon.md → kubecon/: KubeCon EU 2024, 2024-03-20 – 2024-03-22, Europe/Paris, 12 sessions (3 starred): 1 warning} */
    static String summary(FolderNotes.Read read, ParseResult result) {
        var schedule = result.schedule();
        var days = schedule.days();
        String when = days.isEmpty() ? "no days" : days.get(0) + (days.size() > 1 ? " – " + days.get(days.size() - 1) : "");
        long starred = schedule.sessions().stream().filter(Session::starred).count();
        String problems = result.clean() ? "clean" : count(result.errors().size(), "error") + ", "
                + count(result.warnings().size(), "warning");
        return TextColumns.printable(read.shown() + " → " + read.slug() + "/: " + schedule.title() + ", " + when + ", "
                + schedule.zone().getId() + ", " + count(schedule.sessions().size(), "session") + " (" + starred
                + " starred): " + problems + (result.notices().isEmpty() ? ""
                : ", " + count(result.notices().size(), "notice")));
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}
