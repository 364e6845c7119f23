package dev.confcal.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Rendered responses by (edition generation, what was asked). Reads take no lock (a poll of a feed is the hot
 * path); the cache is bounded, and when full the least recently used tenth goes, so random query strings cannot
 * grow it. Entries of an older generation are never asked for again and age out.
 */
final class RenderCache<V> {

    private static final class Entry<V> {
        final V value;
        volatile long lastUsed;

        Entry(V value, long lastUsed) {
            this.value = value;
            this.lastUsed = lastUsed;
        }
    }

    private final int capacity;
    private final Map<Object, Entry<V>> entries = new ConcurrentHashMap<>();
    private final AtomicLong clock = new AtomicLong();
    private final Map<Object, CompletableFuture<V>> inFlight = new ConcurrentHashMap<>();
    private final Semaphore renders = new Semaphore(CONCURRENT_RENDERS);

    static final int CONCURRENT_RENDERS = 2;

    RenderCache(int capacity) {
        this.capacity = capacity;
    }

    /** The cached value for {@code key}, or null. */
    V peek(Object key) {
        Entry<V> entry = entries.get(key);
        if (entry == null) {
            return null;
        }
        entry.lastUsed = clock.incrementAndGet();
        return entry.value;
    }

    /**
     * The cached value for {@code key}, rendering it when missing. Requests that miss the same key at once wait
     * for one rendering, and at most {@link #CONCURRENT_RENDERS} renderings run at a time: 64 subscribers polling
     * a 10 MB feed right after an edit must not build 64 copies of it.
     */
    V get(Object key, Supplier<V> render) {
        V hit = peek(key);
        if (hit != null) {
            return hit;
        }
        CompletableFuture<V> mine = new CompletableFuture<>();
        CompletableFuture<V> theirs = inFlight.putIfAbsent(key, mine);
        if (theirs != null) {
            return await(theirs);
        }
        try {
            V value = peek(key);
            if (value == null) {
                renders.acquireUninterruptibly();
                try {
                    value = render.get();
                } finally {
                    renders.release();
                }
                put(key, value);
            }
            mine.complete(value);
            return value;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            inFlight.remove(key, mine);
        }
    }

    private static <V> V await(CompletableFuture<V> rendering) {
        try {
            return rendering.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    void put(Object key, V value) {
        entries.put(key, new Entry<>(value, clock.incrementAndGet()));
        if (entries.size() > capacity) {
            evict();
        }
    }

    private synchronized void evict() {
        if (entries.size() <= capacity) {
            return;
        }
        List<Map.Entry<Object, Entry<V>>> all = new ArrayList<>(entries.entrySet());
        all.sort(Comparator.comparingLong(e -> e.getValue().lastUsed));
        int remove = entries.size() - capacity + Math.max(1, capacity / 10);
        for (int i = 0; i < remove && i < all.size(); i++) {
            entries.remove(all.get(i).getKey(), all.get(i).getValue());
        }
    }

    int size() {
        return entries.size();
    }
}
