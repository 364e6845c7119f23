package dev.confcal.notes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.confcal.schedule.Session;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Each problem a person can make in their notes gets one located, readable message; parsing goes on. */
class NotesProblemsTest {

    private static final Clock NOV_2026 = Clock.fixed(Instant.parse("2026-11-25T00:00:00Z"), ZoneOffset.UTC);
    private final NotesParser parser = NotesParser.builder().clock(NOV_2026).build();

    private ParseResult parse(String notes) {
        return parser.parse("notes.md", notes);
    }

    private static String session(String id) {
        return "[Talk " + id + " - Ann Lee, Acme](https://x2023.sched.com/event/" + id + ")";
    }

    @Test
    void aTimeHeadingThatIsNotATime() {
        ParseResult result = parse("""
                ## 2023-09-27

                ### 25:00

                %s

                ### 11:00

                %s
                """.formatted(session("A1"), session("B2")));
        assertThat(result.problems()).extracting(Object::toString).containsExactly(
                "notes.md:3: time heading \"25:00\" is not a time (expected 11:00am, 13:55, 下午1:55 or a range"
                        + " like 15:25 - 16:00)");
        assertThat(result.schedule().sessions()).extracting(Session::id).containsExactly("B2");
    }

    @Test
    void aSessionBeforeAnyDay() {
        ParseResult result = parse(session("A1") + "\n");
        assertThat(result.problems()).extracting(Object::toString).contains(
                "notes.md:1: session \"Talk A1\" comes before any day heading");
    }

    @Test
    void aSessionBeforeAnyTime() {
        ParseResult result = parse("## 9月27日\n\n" + session("A1") + "\n");
        assertThat(result.problems()).extracting(Object::toString).contains(
                "notes.md:3: session \"Talk A1\" has no time: put it under a time heading such as \"### 11:00am\", or"
                        + " start its line with the time (\"10:30 [Title](…)\")");
    }

    @Test
    void aDateThatDoesNotExist() {
        ParseResult result = parse("## 2023年2月30日\n\n### 10:00\n\n" + session("A1") + "\n");
        assertThat(result.problems()).extracting(Object::toString).first().isEqualTo(
                "notes.md:1: day heading \"2023年2月30日\" is not a date: 2023-2-30 does not exist");
        assertThat(result.schedule().sessions()).isEmpty();
    }

    @Test
    void aWeekdayThatContradictsTheDate() {
        ParseResult result = parse("## 2023年9月27日 星期四\n\n### 10:00\n\n" + session("A1") + "\n");
        assertThat(result.problems()).extracting(Object::toString).containsExactly(
                "notes.md:1: day heading \"2023年9月27日 星期四\": 2023-09-27 is a Wednesday, not a Thursday");
        assertThat(result.schedule().sessions()).hasSize(1); // the written date is kept
    }

    @Test
    void aMalformedScheduleUrl() {
        ParseResult result = parse("## 2023-09-27\n\n### 10:00\n\n[Talk - Ann, Acme](https://x.sched.com/events/)\n");
        assertThat(result.problems()).extracting(Object::toString).contains(
                "notes.md:5: session link \"https://x.sched.com/events/\" is not a valid schedule URL"
                        + " (expected https://<event>.sched.com/event/<id>/…)");
    }

    @Test
    void aDuplicateSession() {
        ParseResult result = parse("## 2023-09-27\n\n### 10:00\n\n" + session("A1") + "\n\n### 11:00\n\n"
                + session("A1") + "\n\nsecond copy's notes\n");
        assertThat(result.problems()).extracting(Object::toString).containsExactly(
                "notes.md:9: duplicate session \"Talk A1\" (A1 is already at line 5); this copy is ignored");
        assertThat(result.schedule().sessions()).hasSize(1);
        assertThat(result.schedule().sessions().get(0).notes()).isEmpty();
    }

    @Test
    void aRangeThatEndsBeforeItStarts() {
        ParseResult result = parse("## 2023-09-27\n\n### 16:00 - 15:00\n\n" + session("A1") + "\n");
        assertThat(result.problems()).extracting(Object::toString).containsExactly(
                "notes.md:3: time range 16:00–15:00 ends before it starts; using the default duration");
        assertThat(result.schedule().sessions().get(0).end().toLocalTime()).hasToString("16:35");
    }

    @Test
    void notesWithoutSessions() {
        assertThat(parse("# Just a title\n\nsome text\n").problems()).extracting(Object::toString)
                .containsExactly("notes.md: no sessions found: a session is a link to its schedule page on a line of"
                        + " its own or in a list item, such as [Title - Speaker, Company](https://x.sched.com/event/ID)");
    }

    @Test
    void badFrontMatterValuesFallBackToDefaults() {
        ParseResult result = parse("""
                ---
                timezone: Mars/Olympus
                duration: forever
                ---
                ## 2023-09-27

                ### 10:00

                %s
                """.formatted(session("A1")));
        assertThat(result.problems()).extracting(Object::toString).containsExactly(
                "notes.md:2: timezone \"Mars/Olympus\" is not an IANA time zone (such as Asia/Shanghai)",
                "notes.md:3: duration \"forever\" is not a number of minutes between 1 and 1440; using 35");
        assertThat(result.schedule().zone()).isEqualTo(NotesParser.DEFAULT_ZONE);
    }

    @Test
    void frontMatterThatIsNotYaml() {
        ParseResult result = parse("---\ntitle: [unclosed\n---\n## 2023-09-27\n\n### 10:00\n\n" + session("A1") + "\n");
        assertThat(result.problems()).hasSize(1);
        assertThat(result.problems().get(0).toString()).startsWith("notes.md:").contains("front matter is not valid YAML");
        assertThat(result.schedule().sessions()).hasSize(1);
    }

    @Test
    void withoutAnyYearTheWeekdayPicksTheNearestYear() {
        ParseResult result = parse("## 9月27日 周三\n\n### 10:00\n\n[Talk - A, B](https://example.sched.com/event/A1)\n");
        assertThat(result.schedule().sessions().get(0).day()).isEqualTo(LocalDate.of(2028, 9, 27));
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void aWeekdayThatContradictsTheYearOfTheLinksIsAnErrorNamingBoth() {
        // 2023-09-28 is a Thursday: the heading's Wednesday never silently moves the session to 2022
        ParseResult result = parse("## 9月28日 周三\n\n### 10:00\n\n" + session("A1") + "\n");
        assertThat(result.schedule().sessions().get(0).day()).isEqualTo(LocalDate.of(2023, 9, 28));
        assertThat(result.problems()).extracting(Object::toString).containsExactly("notes.md:1: day heading"
                + " \"9月28日 周三\": in 2023, the year the session links name, 2023-09-28 is a Thursday, not a Wednesday");
        assertThat(result.hasErrors()).isTrue();
    }

    @Test
    void theCommandLineYearIsUsedWhenTheNotesSayNone() {
        ParseResult result = NotesParser.builder().year(2024).clock(NOV_2026).build()
                .parse("notes.md", "## 9月27日\n\n### 10:00\n\n" + session("A1") + "\n");
        assertThat(result.schedule().sessions().get(0).day()).isEqualTo(LocalDate.of(2024, 9, 27));
    }

    @Test
    void aByteOrderMarkAndCrlfLineEndingsAreFine() {
        ParseResult result = parse("\uFEFF## 2023-09-27\r\n\r\n### 10:00\r\n\r\n" + session("A1") + "\r\n\r\nnote\r\n");
        assertThat(result.problems()).isEmpty();
        assertThat(result.schedule().sessions().get(0).notes()).isEqualTo("note");
    }

    @Test
    void linksThatAreNotWebLinksAreNeverWrittenOut() {
        ParseResult result = parse("## 2023-09-27\n\n### 10:00\n\n" + session("A1")
                + "\n\n[click](javascript:alert(1)) and [file](file:///etc/passwd)\n");
        assertThat(result.schedule().sessions().get(0).notes()).isEqualTo("click and file");
    }
}
