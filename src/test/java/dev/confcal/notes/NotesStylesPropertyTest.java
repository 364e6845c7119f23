package dev.confcal.notes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.confcal.schedule.Problem;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Random notes written in the recognised styles — day headings in seven languages, time headings and times on
 * the line, sessions as paragraphs, list items, task items and headings, starred in every way — with broken
 * lines mixed in. Every generated session is found at its instant with its star, every broken line is reported
 * at its line, and nothing else is.
 */
class NotesStylesPropertyTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final NotesParser PARSER = NotesParser.builder()
            .clock(Clock.fixed(Instant.parse("2026-11-25T08:00:00Z"), ZoneOffset.UTC)).build();
    private static final String[] WORDS = {"kubernetes", "mesh", "latency", "operators", "observability", "scaling",
            "storage", "security", "platform", "edge", "wasm", "rust", "python", "data", "streams"};

    /** A session the notes were written to hold. */
    record Expected(String id, Instant start, boolean starred) {
    }

    /** The notes, what they hold, and the lines that must be reported. */
    static final class Written {
        final List<String> lines = new ArrayList<>();
        final List<Expected> sessions = new ArrayList<>();
        final Set<Integer> broken = new TreeSet<>();
        int ids;

        void add(String... more) {
            lines.addAll(List.of(more));
        }

        String text() {
            return String.join("\n", lines) + "\n";
        }
    }

    @Property(tries = 250)
    void everySessionIsFoundWithItsTimeAndStarAndEveryBrokenLineIsReported(@ForAll long seed) {
        Written notes = write(new Random(seed));
        ParseResult result = PARSER.parse("random.md", notes.text());
        assertThat(result.schedule().sessions())
                .as("seed %d:%n%s", seed, notes.text())
                .extracting(s -> new Expected(s.id(), s.start().toInstant(), s.starred()))
                .containsExactlyInAnyOrderElementsOf(notes.sessions);
        Set<Integer> reported = result.problems().stream().map(Problem::line)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(reported)
                .as("seed %d: %s%n%s", seed, result.problems(), notes.text())
                .isEqualTo(notes.broken);
    }

    private static Written write(Random random) {
        Written notes = new Written();
        notes.add("---", "timezone: Europe/Berlin", "---", "", "# Conference notes", "");
        LocalDate date = LocalDate.of(2024, 1, 8).plusDays(random.nextInt(320));
        int days = 1 + random.nextInt(3);
        for (int d = 0; d < days; d++, date = date.plusDays(1 + random.nextInt(2))) {
            notes.add("## " + dayHeading(date, random), "");
            LocalTime time = LocalTime.of(8 + random.nextInt(2), random.nextBoolean() ? 0 : 30);
            int slots = 1 + random.nextInt(4);
            for (int s = 0; s < slots; s++, time = time.plusMinutes(45 + 15 * random.nextInt(3))) {
                boolean heading = random.nextBoolean();
                LocalTime end = random.nextInt(3) == 0 ? time.plusMinutes(40) : null;
                if (heading) {
                    notes.add("### " + time(time, end, random), "");
                }
                int sessions = 1 + random.nextInt(3);
                boolean list = random.nextBoolean();
                for (int i = 0; i < sessions; i++) {
                    session(notes, date, time, end, heading, list, random);
                }
                if (list) {
                    notes.add("");
                }
                if (random.nextInt(5) == 0) {
                    brokenLine(notes, random);
                }
            }
            if (random.nextInt(4) == 0) {
                notes.broken.add(notes.lines.size() + 1);
                notes.add("### " + (24 + random.nextInt(5)) + ":00", "", "a thought with no session", "");
            }
        }
        return notes;
    }

    private static void session(Written notes, LocalDate date, LocalTime time, LocalTime end, boolean underHeading,
                                boolean list, Random random) {
        String id = "S" + (++notes.ids) + (char) ('a' + random.nextInt(26));
        String title = word(random) + " " + word(random) + " at scale";
        String link = "[" + title + (random.nextBoolean() ? " - Ann Lee, Acme" : "") + "](https://x2024.sched.com/event/"
                + id + ")";
        int star = random.nextInt(8);
        link = switch (star) {
            case 1 -> "**" + link + "**";
            case 2 -> "⭐ " + link;
            case 3 -> link + " 🔥";
            case 4 -> link + " (must see)";
            case 5 -> "[**" + title + "**](https://x2024.sched.com/event/" + id + ")";
            default -> link;
        };
        String own = underHeading && random.nextInt(3) != 0 ? "" : time(time, end, random) + " ";
        boolean checked = list && random.nextInt(4) == 0;
        String line = list ? (checked ? "- [x] " : random.nextInt(5) == 0 ? "- [ ] " : "- ") + own + link
                : random.nextInt(6) == 0 && own.isEmpty() ? "#### " + link : own + link;
        notes.add(line);
        if (random.nextBoolean()) {
            notes.add((list ? "  " : "") + word(random) + " " + word(random) + " notes");
        }
        if (!list) {
            notes.add("");
            if (random.nextBoolean()) {
                notes.add("- " + word(random), "- " + word(random), "");
            }
        } else if (random.nextBoolean()) {
            notes.add("  - " + word(random) + " detail");
        }
        ZonedDateTime start = ZonedDateTime.of(date, time, ZONE);
        notes.sessions.add(new Expected(id, start.toInstant(), star >= 1 && star <= 5 || checked));
    }

    /** A line that looks like a session but cannot be read, or a session link inside text. */
    private static void brokenLine(Written notes, Random random) {
        notes.broken.add(notes.lines.size() + 1);
        String id = "Z" + (++notes.ids);
        notes.add(switch (random.nextInt(3)) {
            case 0 -> "[Broken [title - Ann Lee, Acme](https://x2024.sched.com/event/" + id + ")";
            case 1 -> "[Lost - Ann Lee, Acme](https://x2024.sched.com/events/)";
            default -> "see also [" + word(random) + "](https://x2024.sched.com/event/" + id + ") for more";
        }, "");
    }

    private static String word(Random random) {
        return WORDS[random.nextInt(WORDS.length)];
    }

    private static String dayHeading(LocalDate date, Random random) {
        int month = date.getMonthValue();
        int day = date.getDayOfMonth();
        int weekday = date.getDayOfWeek().getValue() - 1;
        return switch (random.nextInt(10)) {
            case 0 -> date.toString();
            case 1 -> date.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH)
                    + ", " + DateTimeFormatter.ofPattern("MMMM d, yyyy", java.util.Locale.ENGLISH).format(date);
            case 2 -> DateTimeFormatter.ofPattern("EEE d MMMM", java.util.Locale.ENGLISH).format(date);
            case 3 -> List.of("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
                    .get(weekday) + ", " + day + ". " + List.of("Januar", "Februar", "März", "April", "Mai", "Juni",
                    "Juli", "August", "September", "Oktober", "November", "Dezember").get(month - 1) + " 2024";
            case 4 -> List.of("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche").get(weekday)
                    + " " + day + " " + List.of("janvier", "février", "mars", "avril", "mai", "juin", "juillet",
                    "août", "septembre", "octobre", "novembre", "décembre").get(month - 1) + " 2024";
            case 5 -> List.of("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo").get(weekday)
                    + " " + day + " de " + List.of("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio",
                    "agosto", "septiembre", "octubre", "noviembre", "diciembre").get(month - 1) + " de 2024";
            case 6 -> "2024年" + month + "月" + day + "日 星期" + "一二三四五六日".charAt(weekday);
            case 7 -> month + "月" + day + "日(" + "月火水木金土日".charAt(weekday) + ")";
            case 8 -> "2024년 " + month + "월 " + day + "일 " + "월화수목금토일".charAt(weekday) + "요일";
            default -> String.format("%02d.%02d.2024", day, month);
        };
    }

    private static String time(LocalTime start, LocalTime end, Random random) {
        int style = random.nextInt(7);
        String from = clock(start, style);
        if (end == null) {
            return from;
        }
        String separator = List.of(" - ", "–", " – ", "〜", " to ").get(random.nextInt(5));
        return from + separator + clock(end, style);
    }

    private static String clock(LocalTime time, int style) {
        int h12 = time.getHour() % 12 == 0 ? 12 : time.getHour() % 12;
        String minutes = String.format("%02d", time.getMinute());
        boolean pm = time.getHour() >= 12;
        return switch (style) {
            case 1 -> h12 + ":" + minutes + (pm ? "pm" : "am");
            case 2 -> time.getHour() + "h" + minutes;
            case 3 -> time.getHour() + ":" + minutes + " Uhr";
            case 4 -> (pm ? "下午" : "上午") + h12 + ":" + minutes;
            case 5 -> (pm ? "午後" : "午前") + h12 + "時" + (time.getMinute() == 0 ? "" : minutes + "分");
            case 6 -> String.format("%02d:%s", time.getHour(), minutes).chars()
                    .mapToObj(c -> Character.toString(Character.isDigit(c) ? c - '0' + '０' : c == ':' ? '：' : c))
                    .collect(Collectors.joining());
            default -> String.format("%02d:%s", time.getHour(), minutes);
        };
    }

}
