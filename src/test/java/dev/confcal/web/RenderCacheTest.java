package dev.confcal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RenderCacheTest {

    private static Rendered body(String text) {
        return Rendered.of(text.getBytes(StandardCharsets.UTF_8), Instant.EPOCH, "text/plain");
    }

    @Test
    void aHitDoesNotRenderAgain() {
        RenderCache cache = new RenderCache(1 << 20);
        AtomicInteger renders = new AtomicInteger();
        cache.get("a", () -> body("a" + renders.incrementAndGet())).join();
        Rendered second = cache.get("a", () -> body("a" + renders.incrementAndGet())).join();
        assertThat(renders).hasValue(1);
        assertThat(new String(second.body(), StandardCharsets.UTF_8)).isEqualTo("a1");
    }

    @Test
    void tenThousandDistinctKeysStayWithinTheByteBoundAndAHotEntryStays() {
        RenderCache cache = new RenderCache(200_000);
        cache.get("hot", () -> body("hot")).join();
        for (int i = 0; i < 10_000; i++) {
            int size = 1_000 + i % 3_000;
            cache.get("q" + i, () -> body("x".repeat(size))).join();
            cache.get("hot", () -> body("rendered again")).join();
        }
        assertThat(cache.bytes()).isBetween(100_000L, 200_000L);
        assertThat(new String(cache.get("hot", () -> body("miss")).join().body(), StandardCharsets.UTF_8)).isEqualTo("hot");
    }

    @Test
    void aResponseLargerThanTheWholeBoundIsServedButNotKept() {
        RenderCache cache = new RenderCache(10_000);
        assertThat(cache.get("big", () -> body("x".repeat(50_000))).join().body()).hasSize(50_000);
        assertThat(cache.bytes()).isLessThanOrEqualTo(10_000L);
    }

    @Test
    void theGzipBodyHasItsOwnStrongEtag() {
        Rendered big = body("calendar line\r\n".repeat(200));
        assertThat(big.gzipped()).isNotNull();
        assertThat(big.gzipEtag()).isNotEqualTo(big.etag()).startsWith("\"").endsWith("-gz\"");
    }

    @Test
    void etagsAreStrongAndFollowTheBytes() {
        assertThat(body("a").etag()).isEqualTo(body("a").etag()).startsWith("\"").doesNotStartWith("W/");
        assertThat(body("a").etag()).isNotEqualTo(body("b").etag());
    }

    @Test
    void concurrentMissesOfOneKeyRenderItOnce() throws Exception {
        RenderCache cache = new RenderCache(1 << 20);
        AtomicInteger renders = new AtomicInteger();
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(16);
        try {
            List<java.util.concurrent.Future<Rendered>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 64; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return cache.get("big", () -> {
                        renders.incrementAndGet();
                        sleep(200);
                        return body("big");
                    }).join();
                }));
            }
            start.countDown();
            for (var result : results) {
                assertThat(result.get().body()).isEqualTo(body("big").body());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(renders).hasValue(1);
    }

    @Test
    void aFailedRenderingFailsItsWaitersAndIsNotCached() {
        RenderCache cache = new RenderCache(1 << 20);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> cache.get("k", () -> {
            throw new IllegalStateException("boom");
        }).join()).hasRootCauseMessage("boom");
        assertThat(cache.get("k", () -> body("ok")).join().body()).isEqualTo(body("ok").body());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
