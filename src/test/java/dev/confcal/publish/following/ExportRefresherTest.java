package dev.confcal.publish.following;

import static org.assertj.core.api.Assertions.assertThat;

import dev.confcal.official.ExportFetcher;
import dev.confcal.official.ExportReaderTest;
import dev.confcal.testing.ExportServer;
import dev.confcal.official.ExportSource;
import dev.confcal.official.OfficialSchedule;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportRefresherTest {

    private static final byte[] EXPORT = ExportReaderTest.schedFixture();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2023-09-26T00:00:00Z"), ZoneOffset.UTC);
    private static final ExportFetcher FETCHER = new ExportFetcher(new ExportFetcher.Limits(Duration.ofSeconds(2),
            Duration.ofSeconds(5), 1 << 20, 5));

    @TempDir
    Path dir;

    private ExportServer server;
    private final List<OfficialSchedule> changes = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        server = new ExportServer(EXPORT);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private ExportRefresher follower(ExportSource source) {
        return new ExportRefresher(source, FETCHER, dir.resolve("notes.confcal-state.json"), CLOCK,
                ExportRefresher.DEFAULT_REFRESH, changes::add);
    }

    private ExportSource.Remote remote() {
        return new ExportSource.Remote(server.uri(), true);
    }

    private static byte[] moved(String from, String to) {
        return new String(EXPORT, StandardCharsets.UTF_8).replace(from, to).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void anUnchangedExportIsAConditionalGetAndChangesNothing() {
        ExportRefresher follower = follower(remote());
        assertThat(follower.refreshNow()).isTrue();
        assertThat(follower.refreshNow()).isFalse();
        assertThat(server.notModified()).isEqualTo(1);
        assertThat(changes).hasSize(1);
        assertThat(follower.current()).get().extracting(s -> s.sessions().size()).isEqualTo(43);
    }

    @Test
    void aChangedExportIsToldOnce() {
        ExportRefresher follower = follower(remote());
        follower.refreshNow();
        server.serve(moved("DTSTART:20230927T031500Z", "DTSTART:20230927T033000Z"));
        assertThat(follower.refreshNow()).isTrue();
        assertThat(follower.refreshNow()).isFalse();
        assertThat(changes).hasSize(2);
        assertThat(changes.get(1).sessions().get(0).start()).isEqualTo(Instant.parse("2023-09-27T03:30:00Z"));
    }

    @Test
    void aBrokenTruncatedOrUnreachableExportNeverReplacesTheGoodOneAndBacksOff() {
        ExportRefresher follower = follower(remote());
        follower.refreshNow();
        OfficialSchedule good = follower.current().orElseThrow();
        server.mode(ExportServer.Mode.TRUNCATED);
        assertThat(follower.refreshNow()).isFalse();
        assertThat(follower.nextDelay()).isEqualTo(Duration.ofMinutes(1));
        server.mode(ExportServer.Mode.GARBAGE);
        assertThat(follower.refreshNow()).isFalse();
        assertThat(follower.nextDelay()).isEqualTo(Duration.ofMinutes(2));
        server.mode(ExportServer.Mode.ERROR_500);
        assertThat(follower.refreshNow()).isFalse();
        assertThat(follower.nextDelay()).isEqualTo(Duration.ofMinutes(4));
        assertThat(follower.current()).containsSame(good);
        assertThat(follower.status().lastFailure()).isEqualTo("HTTP 500");
        assertThat(follower.problems()).singleElement().asString().endsWith("the official schedule could not be"
                + " fetched: HTTP 500; still using the copy of 2023-09-26T00:00:00Z");
        for (int i = 0; i < 10; i++) {
            follower.refreshNow();
        }
        assertThat(follower.nextDelay()).isEqualTo(ExportRefresher.DEFAULT_REFRESH);
        server.mode(ExportServer.Mode.OK);
        follower.refreshNow();
        assertThat(follower.status().failures()).isZero();
        assertThat(follower.problems()).isEmpty();
        assertThat(changes).hasSize(1);
    }

    @Test
    void afterARestartWithoutNetworkTheCopyOnDiskIsUsedWithItsAge() {
        follower(remote()).refreshNow();
        server.close();
        ExportRefresher restarted = follower(remote());
        assertThat(restarted.current()).get().extracting(s -> s.sessions().size()).isEqualTo(43);
        assertThat(restarted.status().copyFetchedAt()).isEqualTo(CLOCK.instant());
        assertThat(restarted.refreshNow()).isFalse();
        assertThat(restarted.current()).isPresent();
        assertThat(restarted.status().lastFailure()).startsWith("cannot connect");
    }

    @Test
    void aCopyCutByACrashIsNotUsed() throws Exception {
        follower(remote()).refreshNow();
        Path bytes = OfficialCopy.bytesFile(dir.resolve("notes.confcal-state.json"));
        Files.write(bytes, java.util.Arrays.copyOf(Files.readAllBytes(bytes), 1000));
        assertThat(follower(remote()).current()).isEmpty();
    }

    @Test
    void aCopyOfAnotherSourceIsNotUsed() {
        follower(remote()).refreshNow();
        ExportRefresher other = follower(new ExportSource.Remote(java.net.URI.create("http://127.0.0.1:1/other.ics"),
                false));
        assertThat(other.current()).isEmpty();
    }

    @Test
    void aFileSourceIsReadAgainOnEachRefresh() throws Exception {
        Path file = dir.resolve("all.ics");
        Files.write(file, EXPORT);
        ExportRefresher follower = follower(new ExportSource.LocalFile(file));
        assertThat(follower.refreshNow()).isTrue();
        assertThat(follower.refreshNow()).isFalse();
        Files.write(file, moved("LOCATION:3M5A", "LOCATION:Room 9"));
        assertThat(follower.refreshNow()).isTrue();
        Files.delete(file);
        assertThat(follower.refreshNow()).isFalse();
        assertThat(follower.status().lastFailure()).isEqualTo("does not exist");
        assertThat(follower.current()).isPresent();
    }

    @Test
    void startingFetchesInTheBackgroundWithoutWaitingForTheNetwork() throws Exception {
        ExportRefresher follower = follower(remote());
        follower.start();
        try {
            Instant next = CLOCK.instant().plus(ExportRefresher.DEFAULT_REFRESH);
            for (int i = 0; i < 100 && !next.equals(follower.status().nextAttemptAt()); i++) {
                Thread.sleep(50);
            }
            assertThat(changes).hasSize(1);
            assertThat(follower.status().nextAttemptAt()).isEqualTo(next);
        } finally {
            follower.close();
        }
    }

    /** Issue 23 item 2: a secret {@code ?token=} in the operator's schedule URL was shown on the page and /healthz. */
    @Test
    void aSecretTokenInTheScheduleUrlReachesNeitherProblemsNorStatus() {
        ExportRefresher follower = follower(new ExportSource.Remote(java.net.URI.create(server.uri()
                + "?token=s3cret"), false));
        server.mode(ExportServer.Mode.ERROR_500);
        follower.refreshNow();
        assertThat(follower.status().source()).isEqualTo(server.uri() + "?…");
        assertThat(follower.problems()).singleElement().asString().isEqualTo(server.uri() + "?…: the official"
                + " schedule could not be fetched: HTTP 500; the notes alone are served");
        assertThat(follower.status().toString()).doesNotContain("s3cret");
    }

    /**
     * Issue 23 item 2: {@code schedule: /etc/passwd} showed the file's first characters and its folder on the page
     * and /healthz. The file is named by its name; what it holds, and where, goes to the log.
     */
    @Test
    void aScheduleFileThatIsNotACalendarIsNamedByItsFileNameAloneNotItsContent() throws Exception {
        Path secret = Files.writeString(dir.resolve("app.env"), "DATABASE_PASSWORD=hunter2\n");
        ExportRefresher follower = follower(new ExportSource.LocalFile(secret));
        follower.refreshNow();
        assertThat(follower.problems()).singleElement().asString().isEqualTo("app.env: the official schedule is not an"
                + " iCalendar file; it is not used");
        assertThat(follower.status().source()).isEqualTo("app.env");
        assertThat(follower.status().toString()).doesNotContain("hunter2").doesNotContain(dir.toString());
    }

    /** Issue 23, smaller: a schedule file reached through a symlink (a ConfigMap's) was refused. */
    @Test
    void aScheduleFileReachedThroughASymlinkIsRead() throws Exception {
        Path file = dir.resolve("..data-all.ics");
        Files.write(file, EXPORT);
        Path link = Files.createSymbolicLink(dir.resolve("all.ics"), file.getFileName());
        ExportRefresher follower = follower(new ExportSource.LocalFile(link));
        assertThat(follower.refreshNow()).isTrue();
        assertThat(follower.problems()).isEmpty();
    }

    /** Issue 23, smaller: a 304 when confcal had no copy yet counted as a success (health ok, next try in 30 min). */
    @Test
    void a304WhenConfcalHasNoCopyYetIsAFailureAndRetriedSoon() {
        ExportRefresher follower = follower(remote());
        server.mode(ExportServer.Mode.ALWAYS_304);
        assertThat(follower.refreshNow()).isFalse();
        assertThat(follower.status().lastFailure()).isEqualTo("answered 304 Not Modified, but confcal has no copy yet");
        assertThat(follower.status().lastSuccessAt()).isNull();
        assertThat(follower.nextDelay()).isEqualTo(Duration.ofMinutes(1));
        server.mode(ExportServer.Mode.OK);
        assertThat(follower.refreshNow()).isTrue();
    }
}
