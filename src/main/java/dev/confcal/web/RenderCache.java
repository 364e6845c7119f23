package dev.confcal.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * Every rendered response the server keeps, in one cache bounded by bytes (Caffeine's weigher; least valuable
 * out first), keyed by everything the response depends on: the edition's generation and the parsed request.
 * Random query strings therefore cost renderings, never memory beyond the bound. Requests that miss the same
 * key at once wait for one rendering, and at most {@link #CONCURRENT_RENDERS} run at a time: 64 subscribers
 * polling a 10 MB feed right after an edit must not build 64 copies of it.
 */
final class RenderCache {

    static final int CONCURRENT_RENDERS = 2;

    private final Cache<Object, Rendered> entries;
    private final Map<Object, CompletableFuture<Rendered>> inFlight = new ConcurrentHashMap<>();
    private final Semaphore renders = new Semaphore(CONCURRENT_RENDERS);

    RenderCache(long maxBytes) {
        this.entries = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((Object key, Rendered value) -> value.weight())
                .executor(Runnable::run) // evict on the caller's thread: no background pool to size
                .build();
    }

    /** The cached response for {@code key}, rendering it when missing. */
    Rendered get(Object key, Supplier<Rendered> render) {
        Rendered hit = entries.getIfPresent(key);
        if (hit != null) {
            return hit;
        }
        CompletableFuture<Rendered> mine = new CompletableFuture<>();
        CompletableFuture<Rendered> theirs = inFlight.putIfAbsent(key, mine);
        if (theirs != null) {
            return await(theirs);
        }
        try {
            Rendered value = entries.getIfPresent(key);
            if (value == null) {
                renders.acquireUninterruptibly();
                try {
                    value = render.get();
                } finally {
                    renders.release();
                }
                entries.put(key, value);
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

    private static Rendered await(CompletableFuture<Rendered> rendering) {
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

    long size() {
        entries.cleanUp();
        return entries.estimatedSize();
    }

    long bytes() {
        entries.cleanUp();
        return entries.policy().eviction().map(e -> e.weightedSize().orElse(0L)).orElse(0L);
    }
}
