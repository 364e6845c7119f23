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
    // the zone is given: these tests are about other problems than a missing zone
    private final NotesParser parser = NotesParser.builder().clock(NOV_2026).zone(java.time.ZoneId.of("Asia/Shanghai")).build();

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
    void withoutAnyYearTheWeekdayPicksTheNearestYearAndWarns() {
        ParseResult result = parse("## 9月27日 周三\n\n### 10:00\n\n[Talk - A, B](https://example.sched.com/event/A1)\n");
        assertThat(result.schedule().sessions().get(0).day()).isEqualTo(LocalDate.of(2028, 9, 27));
        // a weekday repeats every few years: weak evidence, so a warning at the line, never a quiet notice
        assertThat(result.warnings()).extracting(Object::toString).containsExactly("notes.md:1: day heading"
                + " \"9月27日 周三\" names no year: 2028 is the nearest year in which it is a Wednesday; set year: in the"
                + " front matter if that is wrong");
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
    void aYearFromTheClockIsReportedAndGivenBackKeepsTheDatesAfterNewYear() {
        String notes = "## September 27\n\n### 10:00\n\n[Talk - A, B](https://example.sched.com/event/A1)\n\n"
                + "## Friday, October 2\n\n### 10:00\n\n[Other - A, B](https://example.sched.com/event/B2)\n";
        ParseResult before = parse(notes);
        assertThat(before.guessedYear()).isEqualTo(2026);
        assertThat(before.schedule().sessions()).extracting(Session::day)
                .containsExactly(LocalDate.of(2026, 9, 27), LocalDate.of(2026, 10, 2));

        Clock nextYear = Clock.fixed(Instant.parse("2027-01-02T00:00:00Z"), ZoneOffset.UTC);
        ParseResult drifted = NotesParser.builder().clock(nextYear).build().parse("notes.md", notes);
        assertThat(drifted.schedule().sessions()).extracting(Session::day) // what the fallback year prevents
                .containsExactlyInAnyOrder(LocalDate.of(2027, 9, 27), LocalDate.of(2026, 10, 2));
        ParseResult kept = NotesParser.builder().clock(nextYear).fallbackYear(before.guessedYear()).build()
                .parse("notes.md", notes);
        assertThat(kept.schedule().sessions()).extracting(Session::day)
                .containsExactly(LocalDate.of(2026, 9, 27), LocalDate.of(2026, 10, 2));
        assertThat(kept.guessedYear()).isEqualTo(2026);
    }

    @Test
    void aYearTheNotesNameIsNotAGuess() {
        assertThat(parse("## 2023-09-27\n\n### 10:00\n\n" + session("A1") + "\n").guessedYear()).isNull();
        assertThat(parse("## 9月27日\n\n### 10:00\n\n" + session("A1") + "\n").guessedYear()).isNull(); // x2023
    }

    @Test
    void aTitleWithAnUnbalancedBracketSaysHowToWriteIt() {
        ParseResult result = parse("## 2023-09-27\n\n### 10:00\n\n[Talk [A - Ann Lee, Acme](https://x.sched.com/event/A1)\n");
        assertThat(result.errors()).extracting(Object::toString).containsExactly("notes.md:5: the link to"
                + " https://x.sched.com/event/A1 has an unbalanced \"[\" or \"]\" around it, so its title cannot be read:"
                + " write [Title - Speaker, Company](https://x.sched.com/event/A1), or escape a bracket in a title as \\[");
        assertThat(result.schedule().sessions()).isEmpty();
    }

    @Test
    void aSessionLinkAfterOtherTextSaysItIsReadAsNotes() {
        ParseResult result = parse("## 2023-09-27\n\n### 10:00\n\n" + session("A1")
                + "\n\nKeynote: [Big Talk](https://x.sched.com/event/B2)\n");
        assertThat(result.warnings()).extracting(Object::toString).containsExactly("notes.md:7: the link to"
                + " https://x.sched.com/event/B2 comes after other text (\"Keynote:\"), so it is read as part of the notes,"
                + " not as a session; to make it a session, start the line with the link (a time or a star may come"
                + " first)");
        assertThat(result.hasErrors()).isFalse();
    }

    @Test
    void aZoneAfterATimeThatContradictsTheNotesZoneSaysBoth() {
        ParseResult result = parse("---\ntimezone: Asia/Tokyo\n---\n## 2024-03-20\n\n### 10:00 CEST\n\n"
                + session("A1") + "\n");
        assertThat(result.errors()).extracting(Object::toString).containsExactly("notes.md:6: time \"10:00 CEST\" says"
                + " CEST (UTC+02:00), but in the notes' time zone Asia/Tokyo it is UTC+09:00 on 2024-03-20; set"
                + " timezone: to the conference's zone, or correct the time");
    }

    @Test
    void anAmbiguousZoneAbbreviationIsNeverGuessed() {
        ParseResult result = NotesParser.builder().clock(NOV_2026).build().parse("notes.md",
                "## 2023-11-07\n\n### 9:00 AM CST\n\n" + session("A1") + "\n");
        assertThat(result.errors()).extracting(Object::toString).containsExactly("notes.md:3: time \"09:00 CST\": CST"
                + " names several time zones (America/Chicago, Asia/Shanghai); set timezone: in the front matter");
        assertThat(result.zoneAssumed()).isTrue();
    }

    @Test
    void aDayWithNothingToCountFromSaysWhatToWrite() {
        ParseResult result = parse("## Day 2\n\n### 10:00\n\n" + session("A1") + "\n");
        assertThat(result.errors()).extracting(Object::toString).containsExactly("notes.md:1: day heading \"Day 2\" has"
                + " no date, and no dated day heading before it nor the front matter's start: gives one; write the date"
                + " (\"## Day 2 — 2024-03-21\") or set start: YYYY-MM-DD");
    }

    @Test
    void aCommentThatNeverClosesAndHidesSessionsIsAnError() {
        ParseResult result = parse("## 2023-09-27\n\n### 10:00\n\n" + session("A1") + "\n\n<!-- later\n\n"
                + session("B2") + "\n\n" + session("C3") + "\n");
        assertThat(result.errors()).extracting(Object::toString).containsExactly("notes.md:7: an HTML comment opens here"
                + " and never closes, so it hides the rest of the notes (2 session links); close it with -->");
    }

    @Test
    void aTimezoneNoCalendarCanBeGivenIsAnErrorAtItsLine() {
        ParseResult result = parse("---\ntitle: T\ntimezone: \"+05:30\"\n---\n## 2023-09-27\n\n### 10:00\n\n"
                + session("A1") + "\n");
        assertThat(result.errors()).extracting(Object::toString).containsExactly("notes.md:3: timezone \"+05:30\" has no"
                + " iCalendar definition that calendars can read; name the place instead, such as Asia/Kolkata");
        assertThat(result.schedule().zone()).isEqualTo(NotesParser.DEFAULT_ZONE);
    }

    @Test
    void aFixedOffsetFromTheBuilderIsMappedAndSaidSo() {
        ParseResult result = NotesParser.builder().zone(java.time.ZoneId.of("UTC+2")).clock(NOV_2026).build()
                .parse("notes.md", "## 2023-09-27\n\n### 10:00\n\n" + session("A1") + "\n");
        assertThat(result.schedule().zone()).isEqualTo(java.time.ZoneId.of("Etc/GMT-2"));
        assertThat(result.notices()).extracting(Object::toString).containsExactly("notes.md: timezone \"UTC+02:00\" is"
                + " written as Etc/GMT-2, the iCalendar name of the same fixed offset (no daylight saving time)");
        assertThat(result.clean()).isTrue();
    }

    @Test
    void htmlCommentsAreNeverPublishedInTitlesNotesOrMarkdown() {
        ParseResult result = parse("## 2023-09-27\n\n### 10:00\n\n"
                + "[Talk <!-- t1 --> - Ann Lee, Acme](https://x.sched.com/event/A1) <!-- t2 -->\ntext <!-- t3 -->\n\n"
                + "<!-- t4 -->\n\n- item <!-- t5 -->\n\n<div>\n<!-- t6 -->\n</div>\n\n> quote <!--\nt7 -->\n");
        Session session = result.schedule().sessions().get(0);
        String everything = String.join("\n", session.titles()) + session.speakers() + session.notes()
                + session.notesMarkdown() + session.url() + session.location();
        assertThat(everything).doesNotContain("<!--", "-->", "t1", "t2", "t3", "t4", "t5", "t6", "t7");
        assertThat(session.notes()).contains("text", "- item", "> quote");
    }

    @Test
    void linksThatAreNotWebLinksAreNeverWrittenOut() {
        ParseResult result = parse("## 2023-09-27\n\n### 10:00\n\n" + session("A1")
                + "\n\n[click](javascript:alert(1)) and [file](file:///etc/passwd)\n");
        assertThat(result.schedule().sessions().get(0).notes()).isEqualTo("click and file");
    }
}
