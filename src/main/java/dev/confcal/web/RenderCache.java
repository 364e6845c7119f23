package dev.confcal.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Rendered responses by (edition generation, what was asked). Bounded, least recently used out first, so random
 * query strings cannot grow it; entries of an older generation are simply never asked for again and age out.
 */
final class RenderCache {

    private final int capacity;
    private final Map<Object, Rendered> entries;

    RenderCache(int capacity) {
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(capacity * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, Rendered> eldest) {
                return size() > RenderCache.this.capacity;
            }
        };
    }

    /** The cached rendering for {@code key}, rendering it (outside the lock) when missing. */
    Rendered get(Object key, Supplier<Rendered> render) {
        synchronized (entries) {
            Rendered hit = entries.get(key);
            if (hit != null) {
                return hit;
            }
        }
        Rendered rendered = render.get();
        synchronized (entries) {
            entries.put(key, rendered);
        }
        return rendered;
    }

    int size() {
        synchronized (entries) {
            return entries.size();
        }
    }
}
