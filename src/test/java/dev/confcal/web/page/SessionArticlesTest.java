package dev.confcal.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import dev.confcal.notes.NotesParser;
import dev.confcal.publish.NotesSource;
import dev.confcal.schedule.Schedule;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SessionArticlesTest {

    /**
     * Regression: the memo once checked the schedule, then took the current sets; a request for the old schedule
     * between the two put its articles among the new schedule's, and pages of the new schedule showed the old one.
     */
    @Test
    void requestsForAnOldAndANewScheduleAtOnceEachGetTheirOwnArticles() throws Exception {
        String notes = NotesSource.bundled().read();
        Schedule old = NotesParser.create().parse("notes.md", notes).schedule();
        Schedule current = NotesParser.create().parse("notes.md", notes).schedule();
        SessionArticles.Memo memo = new SessionArticles.Memo();
        AtomicInteger wrong = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<?> a = threads.submit(() -> ask(memo, old, wrong));
            Future<?> b = threads.submit(() -> ask(memo, current, wrong));
            a.get();
            b.get();
        } finally {
            threads.shutdown();
        }
        assertThat(wrong.get()).as("articles of another schedule").isZero();
    }

    private static void ask(SessionArticles.Memo memo, Schedule schedule, AtomicInteger wrong) {
        for (int i = 0; i < 200_000; i++) {
            if (memo.of(schedule, "", i % 2 == 0 ? Labels.EN : Labels.ZH).schedule() != schedule) {
                wrong.incrementAndGet();
            }
        }
    }
}
