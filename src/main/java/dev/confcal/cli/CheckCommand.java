package dev.confcal.cli;

import dev.confcal.notes.ParseResult;
import dev.confcal.publish.OfficialFollower;
import dev.confcal.publish.ScheduleFollowing;
import dev.confcal.schedule.Placement;
import java.util.List;
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
        description = {"Prints the schedule as confcal reads it, every problem with file:line and what confcal assumed.",
                "Exit code: 0 clean (notices only), 1 errors or warnings, 2 unusable input."})
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
        try (ScheduleFollowing following = notes.following(clock, null, ScheduleFollowing.Mode.ONCE,
                OfficialFollower.DEFAULT_REFRESH)) {
            result = following.place(Loaded.parse(notes, clock));
        } catch (UnreadableNotesException e) {
            spec.commandLine().getErr().println("confcal: " + e.getMessage());
            return ExitCodes.UNUSABLE;
        }
        Schedule schedule = result.schedule();
        out.printf("%s — %s%s, %d sessions, %d starred%n", schedule.title(), schedule.zone().getId(),
                result.zoneAssumed() ? " (assumed: set timezone: in the front matter)" : "",
                schedule.sessions().size(), schedule.sessions().stream().filter(Session::starred).count());
        LocalDate day = null;
        for (Session session : schedule.sessions()) {
            if (!session.day().equals(day)) {
                day = session.day();
                out.printf("%n%s %s%n", day, day.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
            }
            out.printf("  %s–%s %s %-6s %s%s%s%n", CLOCK.format(session.start()), CLOCK.format(session.end()),
                    session.starred() ? "★" : " ", session.id(), shorten(session.title(Language.EN)),
                    speakers(session), placement(schedule, session));
        }
        out.println();
        for (Problem problem : result.all()) {
            out.println(located(problem));
        }
        out.println(summary(result));
        return result.clean() ? ExitCodes.OK : ExitCodes.PROBLEMS;
    }

    /** {@code notes.md:42: error: …}, the form editors and CI annotate lines from. */
    static String located(Problem problem) {
        String where = problem.line() > 0 ? problem.source() + ":" + problem.line() : problem.source();
        return where + ": " + problem.severity().name().toLowerCase(Locale.ROOT) + ": " + problem.message();
    }

    private static String summary(ParseResult result) {
        int errors = result.errors().size();
        int warnings = result.warnings().size();
        int notices = result.notices().size();
        String counted = errors == 0 && warnings == 0 ? "no problems"
                : count(errors, "error") + ", " + count(warnings, "warning");
        return notices == 0 ? counted : counted + " (" + count(notices, "notice") + ")";
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String shorten(String title) {
        return title.length() <= TITLE_WIDTH ? title : title.substring(0, TITLE_WIDTH - 1) + "…";
    }

    /** {@code  [3M5A; moved from 11:00]}: where the official schedule puts it, or nothing without one. */
    private static String placement(Schedule schedule, Session session) {
        List<String> parts = new java.util.ArrayList<>();
        String room = schedule.room(session);
        if (room != null) {
            parts.add(room);
        }
        schedule.placement(session).filter(Placement::moved)
                .ifPresent(p -> parts.add("moved from " + CLOCK.format(p.notedStart())));
        return parts.isEmpty() ? "" : "  [" + String.join("; ", parts) + "]";
    }

    private static String speakers(Session session) {
        if (session.speakers().isEmpty()) {
            return "";
        }
        return " — " + session.speakers().stream().map(Speaker::name).collect(Collectors.joining(", "));
    }
}
