package dev.confcal.cli;

import dev.confcal.notes.ParseResult;
import dev.confcal.publish.UnreadableNotesException;
import dev.confcal.schedule.Language;
import dev.confcal.schedule.Problem;
import dev.confcal.schedule.Schedule;
import dev.confcal.schedule.Session;
import dev.confcal.schedule.Speaker;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Prints the schedule as confcal reads it, and every problem with file:line.",
                "Exit code: 0 clean, 1 problems, 2 unusable input."})
final class CheckCommand implements Callable<Integer> {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");
    private static final int TITLE_WIDTH = 64;

    @Mixin
    NotesOptions notes;

    @Spec
    CommandSpec spec;

    private final java.time.Clock clock;

    CheckCommand(java.time.Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ParseResult result;
        try {
            result = Loaded.parse(notes, clock);
        } catch (UnreadableNotesException e) {
            spec.commandLine().getErr().println("confcal: " + e.getMessage());
            return ExitCodes.UNUSABLE;
        }
        Schedule schedule = result.schedule();
        out.printf("%s — %s, %d sessions, %d starred%n", schedule.title(), schedule.zone().getId(),
                schedule.sessions().size(), schedule.sessions().stream().filter(Session::starred).count());
        LocalDate day = null;
        for (Session session : schedule.sessions()) {
            if (!session.day().equals(day)) {
                day = session.day();
                out.printf("%n%s %s%n", day, day.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
            }
            out.printf("  %s–%s %s %-6s %s%s%n", CLOCK.format(session.start()), CLOCK.format(session.end()),
                    session.starred() ? "★" : " ", session.id(), shorten(session.title(Language.EN)),
                    speakers(session));
        }
        out.println();
        for (Problem problem : result.problems()) {
            out.println(problem);
        }
        out.println(result.clean() ? "no problems" : result.problems().size() + " problem"
                + (result.problems().size() == 1 ? "" : "s"));
        return result.clean() ? ExitCodes.OK : ExitCodes.PROBLEMS;
    }

    private static String shorten(String title) {
        return title.length() <= TITLE_WIDTH ? title : title.substring(0, TITLE_WIDTH - 1) + "…";
    }

    private static String speakers(Session session) {
        if (session.speakers().isEmpty()) {
            return "";
        }
        return " — " + session.speakers().stream().map(Speaker::name).collect(Collectors.joining(", "));
    }
}
