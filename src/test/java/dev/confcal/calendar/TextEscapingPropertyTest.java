package dev.confcal.calendar;

import dev.confcal.publish.ledger.Ledger;
import static org.assertj.core.api.Assertions.assertThat;

import dev.confcal.schedule.Filter;
import dev.confcal.schedule.Session;
import dev.confcal.schedule.Speaker;
import dev.confcal.testing.Fixtures;
import dev.confcal.testing.RoundTrip;
import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;

/** Whatever the notes say, one session stays one event, and its text comes back as it went in. */
class TextEscapingPropertyTest {

    @Property(tries = 1000)
    void anyTextRoundTripsThroughTheFeed(@ForAll @StringLength(max = 400) String notes,
                                         @ForAll @StringLength(min = 1, max = 80) String title) {
        Session base = Fixtures.session("A", notes);
        String cleanTitle = title.isBlank() ? "t" : title;
        Session session = new Session("A", "A@x.sched.com", base.url(), List.of(cleanTitle),
                List.of(new Speaker("Ann; \\, Lee", "Acme\r\nBEGIN:VEVENT")), false, false, base.start(), base.end(),
                null, notes, notes, 1);
        Edition edition = Ledger.inMemory().publish(Fixtures.schedule(session), Fixtures.T0);
        List<RoundTrip.Event> events = RoundTrip.events(new IcsWriter().feed(edition, Filter.ALL,
                new FeedOptions(null, 5)));
        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.uid()).isEqualTo("A@x.sched.com");
            assertThat(event.summary()).isEqualTo(ContentLines.clean(cleanTitle).stripLeading());
            assertThat(event.description()).isEqualTo(ContentLines.clean(IcsWriter.description(session)).stripLeading());
        });
    }

    /** Regression: a title that was a tab and a control character came back as "" from ical4j, "\t" from biweekly. */
    @Example
    void aValueThatStartsWithWhiteSpaceReadsTheSameInBothParsers() {
        anyTextRoundTripsThroughTheFeed("\t", "\t\u0001");
    }

    /**
     * Regression (jqwik found it in CI's run): notes ending in a backslash, written {@code \\\n}, were read by
     * ical4j 4.4.0 as a backslash, a backslash and "n"; biweekly read them right. {@link RoundTrip} now holds such a
     * value to RFC 5545's own reading.
     */
    @Example
    void notesEndingInABackslashComeBackExactly() {
        anyTextRoundTripsThroughTheFeed("C:\\", "\\");
        anyTextRoundTripsThroughTheFeed("a \\, b \\; c \\n", "x\\");
    }
}
