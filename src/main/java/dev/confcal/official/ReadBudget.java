package dev.confcal.official;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.time.Duration;

/**
 * How much reading one export may cost: time, and bytes allocated by the reading thread (garbage included, so it
 * bounds the work; what is kept is bounded by the export's size and {@link ExportReader#MAX_EVENTS}). The reader
 * that {@link #watch} gives checks both as the parser pulls characters, and ends the read with
 * {@link Exceeded} when either runs out: a read that would take the heap or the CPU fails alone, the last good
 * copy stays in use.
 *
 * @param time           from the first character read
 * @param allocatedBytes by the thread that reads; not checked where the JVM cannot count them
 */
record ReadBudget(Duration time, long allocatedBytes) {

    /**
     * A 31 MB export of 39,135 events reads in 3–10 s on two busy cores and allocates 600 MB: about three and
     * seven times that.
     */
    static final ReadBudget DEFAULT = new ReadBudget(Duration.ofSeconds(30), 4L << 30);
    /** Characters between two looks at the clock and the allocation counter. */
    private static final int CHECK_EVERY = 16 * 1024;
    private static final com.sun.management.ThreadMXBean THREADS = threads();

    /** Why a read was stopped, for a person. */
    static final class Exceeded extends IOException {
        private static final long serialVersionUID = 1L;

        Exceeded(String message) {
            super(message);
        }
    }

    /** {@code in}, checked against this budget from now on, on the calling thread. */
    Reader watch(Reader in) {
        long startedAt = System.nanoTime();
        long allocatedAtStart = allocated();
        return new FilterReader(in) {
            private int sinceCheck = CHECK_EVERY; // the first read looks too

            @Override
            public int read() throws IOException {
                count(1);
                return super.read();
            }

            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                int read = super.read(buffer, offset, length);
                count(Math.max(read, 1));
                return read;
            }

            private void count(int chars) throws Exceeded {
                sinceCheck += chars;
                if (sinceCheck < CHECK_EVERY) {
                    return;
                }
                sinceCheck = 0;
                if (System.nanoTime() - startedAt > time.toNanos()) {
                    throw new Exceeded("took longer than " + time.toSeconds() + " s to read");
                }
                long allocated = allocated();
                if (allocatedAtStart >= 0 && allocated - allocatedAtStart > allocatedBytes) {
                    throw new Exceeded("needed more than " + (allocatedBytes >> 20) + " MB of memory to read");
                }
            }
        };
    }

    private static long allocated() {
        return THREADS == null ? -1 : THREADS.getCurrentThreadAllocatedBytes();
    }

    private static com.sun.management.ThreadMXBean threads() {
        try {
            if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads
                    && threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled()) {
                return threads;
            }
        } catch (RuntimeException | LinkageError e) {
            // a JVM without HotSpot's management extensions: time alone bounds the read
        }
        return null;
    }
}
