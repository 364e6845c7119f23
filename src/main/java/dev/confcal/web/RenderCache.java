package dev.confcal.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.confcal.publish.runtime.HeapAlarm;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Every rendered response the server keeps, in one cache bounded by bytes (Caffeine's weigher; least valuable
 * out first), keyed by everything the response depends on: the edition's generation and the parsed request.
 * Random query strings therefore cost renderings, never memory beyond the bound. A miss is rendered on one of
 * {@link #CONCURRENT_RENDERS} threads of its own, and requests that miss the same key at once share that one
 * rendering: 400 subscribers polling a 10 MB feed right after an edit neither build 400 copies of it nor hold
 * 400 of the server's threads while they wait.
 */
final class RenderCache implements AutoCloseable {

    static final int CONCURRENT_RENDERS = 2;

    private final Cache<Object, Rendered> entries;
    private final Map<Object, CompletableFuture<Rendered>> inFlight = new ConcurrentHashMap<>();
    private final ExecutorService renders;

    RenderCache(long maxBytes) {
        this.entries = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((Object key, Rendered value) -> value.weight())
                .executor(Runnable::run) // evict on the caller's thread: no background pool to size
                .build();
        AtomicInteger count = new AtomicInteger();
        this.renders = Executors.newFixedThreadPool(CONCURRENT_RENDERS, runnable -> {
            Thread thread = new Thread(runnable, "render-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The response for {@code key}: at once when cached, else when its one rendering is done. */
    CompletableFuture<Rendered> get(Object key, Supplier<Rendered> render) {
        Rendered hit = entries.getIfPresent(key);
        if (hit != null) {
            return CompletableFuture.completedFuture(hit);
        }
        CompletableFuture<Rendered> mine = new CompletableFuture<>();
        CompletableFuture<Rendered> theirs = inFlight.putIfAbsent(key, mine);
        if (theirs != null) {
            return theirs;
        }
        Rendered meanwhile = entries.getIfPresent(key); // finished between the first look and putIfAbsent
        if (meanwhile != null) {
            inFlight.remove(key, mine);
            mine.complete(meanwhile);
            return mine;
        }
        try {
            renders.execute(() -> {
                Rendered value;
                try {
                    value = render.get();
                    entries.put(key, value);
                } catch (Throwable e) {
                    HeapAlarm.jvm().seen(e);
                    inFlight.remove(key, mine); // before its waiters hear of it: a retry renders again
                    mine.completeExceptionally(e);
                    return;
                }
                inFlight.remove(key, mine);
                mine.complete(value);
            });
        } catch (RuntimeException e) { // stopped
            inFlight.remove(key, mine);
            mine.completeExceptionally(e);
        }
        return mine;
    }

    /** The cached response for {@code key}, or null: never renders. */
    Rendered peek(Object key) {
        return entries.getIfPresent(key);
    }

    long size() {
        entries.cleanUp();
        return entries.estimatedSize();
    }

    long bytes() {
        entries.cleanUp();
        return entries.policy().eviction().map(e -> e.weightedSize().orElse(0L)).orElse(0L);
    }

    @Override
    public void close() {
        renders.shutdownNow();
    }
}
