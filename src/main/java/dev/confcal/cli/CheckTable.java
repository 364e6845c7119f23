package dev.confcal.cli;

import dev.confcal.notes.ParseResult;
import dev.confcal.schedule.Placement;
import dev.confcal.schedule.Problem;
import dev.confcal.schedule.Schedule;
import dev.confcal.schedule.Session;
import dev.confcal.schedule.Speaker;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * {@code check}'s report for a person: the schedule as a table fitted to the terminal's width, a day at a time,
 * then every problem, grouped by severity with a count, in the located form editors and CI read
 * ({@code notes.md:42: error: …}, never cut), and a last line that sums it up.
 */
final class CheckTable {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");
    private static final String GAP = "  ";
    /** {@code 11:00–11:35} */
    private static final int TIME = 11;
    private static final int MAX_ID = 12;
    private static final int MIN_TITLE = 16;

    private final Schedule schedule;
    private final Paint paint;
    private final int width;
    private final NotesLanguage language;

    private CheckTable(Schedule schedule, Terminal terminal) {
        this.schedule = schedule;
        this.paint = new Paint(terminal.colour());
        this.width = terminal.width();
        this.language = NotesLanguage.of(schedule);
    }

    static void print(PrintWriter out, ParseResult result, Terminal terminal) {
        new CheckTable(result.schedule(), terminal).print(out, result);
    }

    private void print(PrintWriter out, ParseResult result) {
        List<Session> sessions = schedule.sessions();
        out.println(paint.bold(TextColumns.printable(schedule.title())) + " — " + schedule.zone().getId()
                + (result.zoneAssumed() ? " (assumed)" : "") + ", " + count(sessions.size(), "session") + ", "
                + sessions.stream().filter(Session::starred).count() + " starred");
        if (!sessions.isEmpty()) {
            table(out, sessions);
        }
        problems(out, "Errors", result.errors());
        problems(out, "Warnings", result.warnings());
        problems(out, "Notices, what confcal assumed", result.notices());
        out.println();
        out.println(summary(result));
    }

    /** The widths of the columns that share what the fixed ones leave. */
    private record Widths(int id, int title, int speakers, int room) {
    }

    private void table(PrintWriter out, List<Session> sessions) {
        Widths widths = widths(sessions);
        String header = paint.dim(row("TIME", "★", "ID", "TITLE", "SPEAKERS", "ROOM", widths));
        LocalDate day = null;
        for (Session session : sessions) {
            if (!session.day().equals(day)) {
                day = session.day();
                out.println();
                out.println(paint.bold(day + " " + day.getDayOfWeek().getDisplayName(TextStyle.SHORT,
                        Locale.ENGLISH)));
                out.println(header);
            }
            String time = CLOCK.format(session.start()) + "–" + CLOCK.format(session.end());
            String room = room(session);
            String line = row(time, session.starred() ? paint.yellow("★") : " ", session.id(), title(session),
                    speakers(session), room, widths);
            out.println(line);
            // on a line of its own, so that no width ever cuts it
            schedule.placement(session).filter(Placement::moved).ifPresent(placement ->
                    out.println(" ".repeat(2 + TIME + GAP.length() + 2) + paint.yellow("↳ " + moved(placement))));
        }
    }

    private Widths widths(List<Session> sessions) {
        int id = Math.min(MAX_ID, Math.max(2, sessions.stream().mapToInt(s -> TextColumns.width(s.id())).max()
                .orElse(2)));
        int title = Math.max("TITLE".length(), sessions.stream().mapToInt(s -> TextColumns.width(title(s))).max()
                .orElse(0));
        int speakers = sessions.stream().mapToInt(s -> TextColumns.width(speakers(s))).max().orElse(0);
        int room = sessions.stream().mapToInt(s -> TextColumns.width(room(s))).max().orElse(0);
        speakers = speakers == 0 ? 0 : Math.max(speakers, "SPEAKERS".length());
        room = room == 0 ? 0 : Math.max(room, "ROOM".length());
        int free = width - (2 + TIME + 2 + 1 + 1 + id + 2);
        if (title + column(speakers) + column(room) <= free) {
            return new Widths(id, title, speakers, room);
        }
        // narrow: speakers and room get a share, the title the rest (and what they do not need); they go first
        // when the title would be too short
        int roomShare = Math.min(room, Math.max(10, free / 6));
        int speakersShare = Math.min(speakers, Math.max(12, free / 4));
        if (free - column(speakersShare) - column(roomShare) < MIN_TITLE) {
            roomShare = 0;
        }
        if (free - column(speakersShare) - column(roomShare) < MIN_TITLE) {
            speakersShare = 0;
        }
        int titleShare = Math.max(MIN_TITLE, free - column(speakersShare) - column(roomShare));
        if (titleShare > title) {
            int spare = titleShare - title;
            titleShare = title;
            int more = speakersShare == 0 ? 0 : Math.min(speakers - speakersShare, spare);
            speakersShare += more;
            roomShare += roomShare == 0 ? 0 : Math.min(room - roomShare, spare - more);
        }
        return new Widths(id, titleShare, speakersShare, roomShare);
    }

    private static int column(int width) {
        return width == 0 ? 0 : GAP.length() + width;
    }

    private static String row(String time, String star, String id, String title, String speakers, String room,
                              Widths widths) {
        StringBuilder line = new StringBuilder("  ").append(TextColumns.pad(time, TIME)).append(GAP).append(star)
                .append(' ').append(TextColumns.pad(TextColumns.fit(id, widths.id()), widths.id())).append(GAP)
                .append(TextColumns.pad(TextColumns.fit(title, widths.title()), widths.title()));
        if (widths.speakers() > 0) {
            line.append(GAP).append(TextColumns.pad(TextColumns.fit(speakers, widths.speakers()), widths.speakers()));
        }
        if (widths.room() > 0) {
            line.append(GAP).append(TextColumns.fit(room, widths.room()));
        }
        return line.toString().stripTrailing();
    }

    /** The title in the notes' own language, as the notes write it. */
    private String title(Session session) {
        return TextColumns.printable(language.title(session));
    }

    private static String speakers(Session session) {
        return TextColumns.printable(session.speakers().stream().map(Speaker::name).collect(Collectors.joining(", ")));
    }

    /** The official schedule's room, else the notes'. */
    private String room(Session session) {
        String room = schedule.room(session);
        return room == null ? "" : TextColumns.printable(room);
    }

    private static String moved(Placement placement) {
        return "moved: the notes say " + CLOCK.format(placement.notedStart());
    }

    private void problems(PrintWriter out, String heading, List<Problem> problems) {
        if (problems.isEmpty()) {
            return;
        }
        out.println();
        out.println(paint.bold(heading + " (" + problems.size() + "):"));
        List<Problem> inOrder = new ArrayList<>(problems);
        inOrder.sort(Comparator.comparingInt(Problem::line));
        for (Problem problem : inOrder) {
            out.println(paint.severity(ProblemLines.located(problem), problem.severity()));
        }
    }

    private static String summary(ParseResult result) {
        int errors = result.errors().size();
        int warnings = result.warnings().size();
        int notices = result.notices().size();
        String counted = errors == 0 && warnings == 0 ? "no problems"
                : count(errors, "error") + ", " + count(warnings, "warning");
        return notices == 0 ? counted : counted + " (" + count(notices, "notice") + ")";
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
