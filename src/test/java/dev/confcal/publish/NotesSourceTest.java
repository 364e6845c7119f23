package dev.confcal.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 10 item 12: a FIFO at the notes path blocked the watcher forever, and then shutdown. */
class NotesSourceTest {

    @TempDir
    Path dir;

    @Test
    void aFifoAtTheNotesPathIsRefusedWithoutBlocking() throws Exception {
        Path fifo = dir.resolve("notes.md");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo is available");
        UnreadableNotesException refused = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> catchUnreadable(NotesSource.of(fifo)));
        assertThat(refused).hasMessage(fifo + ": is not a regular file (a FIFO, socket or device); confcal reads"
                + " only regular files");
        assertThat(refused.noFile()).isTrue();
    }

    @Test
    void aLinkToAnEndlessDeviceIsRefusedWithoutReadingIt() throws Exception {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "/dev/zero exists");
        Path link = Files.createSymbolicLink(dir.resolve("notes.md"), zero);
        assertThat(assertTimeoutPreemptively(Duration.ofSeconds(5), () -> catchUnreadable(NotesSource.of(link))))
                .hasMessageContaining("is not a regular file");
        Files.delete(link);
    }

    @Test
    void notesLargerThanTheCapAreRefusedWithTheCap() throws Exception {
        Path notes = dir.resolve("notes.md");
        try (RandomAccessFile sparse = new RandomAccessFile(notes.toFile(), "rw")) {
            sparse.setLength(NotesSource.MAX_BYTES + 1);
        }
        assertThat(catchUnreadable(NotesSource.of(notes))).hasMessage(notes + ": is larger than the 64 MiB"
                + " confcal reads");
    }

    @Test
    void aFolderOrNothingAtThePathIsNoFile() throws Exception {
        assertThat(catchUnreadable(NotesSource.of(dir)).noFile()).isTrue();
        assertThat(catchUnreadable(NotesSource.of(dir.resolve("gone.md")))).hasMessage(dir.resolve("gone.md")
                + ": no such file");
    }

    @Test
    void theSameBytesHaveTheSameHashAndOneChangedByteAnother() throws Exception {
        Path notes = dir.resolve("notes.md");
        Files.writeString(notes, "## 2023-09-27\n");
        String before = NotesSource.of(notes).snapshot().hash();
        Files.writeString(notes, "## 2023-09-28\n");
        assertThat(NotesSource.of(notes).snapshot().hash()).isNotEqualTo(before);
        Files.writeString(notes, "## 2023-09-27\n");
        assertThat(NotesSource.of(notes).snapshot().hash()).isEqualTo(before);
    }

    private static UnreadableNotesException catchUnreadable(NotesSource source) {
        return (UnreadableNotesException) org.assertj.core.api.Assertions.catchThrowable(source::read);
    }

    @Test
    void unreadableContentIsNotAMissingFile() throws Exception {
        Path notes = dir.resolve("notes.md");
        Files.write(notes, new byte[] {'#', ' ', (byte) 0xC3, (byte) 0x28});
        assertThatThrownBy(() -> NotesSource.of(notes).read()).isInstanceOf(UnreadableNotesException.class)
                .satisfies(e -> assertThat(((UnreadableNotesException) e).noFile()).isFalse());
    }
}
