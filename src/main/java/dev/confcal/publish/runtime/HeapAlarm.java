package dev.confcal.publish.runtime;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;

/**
 * Whether the heap has been running out lately. When it is exhausted, whichever thread allocates next fails — a
 * feed request, the notes watcher, the official schedule — so /healthz must not say ok meanwhile: an
 * OutOfMemoryError reported by any thread keeps the alarm on for {@link #REMEMBERED}, and so does a garbage
 * collection that left a heap pool {@value #NEARLY_FULL_PERCENT}% full. Reporting allocates nothing: it is called
 * when there is no memory left.
 */
public final class HeapAlarm {

    public static final Duration REMEMBERED = Duration.ofMinutes(2);
    static final int NEARLY_FULL_PERCENT = 95;
    private static final HeapAlarm JVM = new HeapAlarm(Ticker.SYSTEM);

    static {
        for (MemoryPoolMXBean pool : heapPools()) {
            long max = pool.getUsage().getMax();
            if (max > 0) {
                pool.setCollectionUsageThreshold(max / 100 * NEARLY_FULL_PERCENT);
            }
        }
    }

    private final Ticker ticker;
    private volatile long lastAt;
    private volatile boolean seen;

    public HeapAlarm(Ticker ticker) {
        this.ticker = ticker;
    }

    /** What every thread of this process reports to: uncaught errors, the web layer, the official schedule. */
    public static HeapAlarm jvm() {
        return JVM;
    }

    /** Notes {@code failure} when it is an OutOfMemoryError, or caused by one. */
    public void seen(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                lastAt = ticker.nanos();
                seen = true;
                return;
            }
        }
    }

    /** Why the heap is a reason for /healthz to fail, or null. */
    public String trouble() {
        if (seen) {
            long ago = ticker.nanos() - lastAt;
            if (ago < REMEMBERED.toNanos()) {
                return "the heap ran out of memory " + Duration.ofNanos(ago).toSeconds() + " s ago (OutOfMemoryError);"
                        + " requests and checks may fail until it has enough";
            }
        }
        return this == JVM ? nearlyFull() : null;
    }

    /** A heap pool still nearly full after the last garbage collection (the old generation, in practice). */
    private static String nearlyFull() {
        for (MemoryPoolMXBean pool : heapPools()) {
            if (pool.getCollectionUsageThreshold() > 0 && pool.isCollectionUsageThresholdExceeded()) {
                return "the heap is " + NEARLY_FULL_PERCENT + "% full after a garbage collection (" + pool.getName()
                        + ", " + (pool.getUsage().getMax() >> 20) + " MB at most)";
            }
        }
        return null;
    }

    private static java.util.List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP
                && pool.isValid() && pool.isCollectionUsageThresholdSupported()).toList();
    }
}
