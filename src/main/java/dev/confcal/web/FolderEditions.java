package dev.confcal.web;

import dev.confcal.publish.LiveEdition;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The live editions a folder of notes serves, by slug ({@code /kubecon-china-2023/calendar.ics}): one per conference,
 * put and removed while serving as files come and go in the folder.
 */
public final class FolderEditions {

    private final Map<String, LiveEdition> bySlug = new ConcurrentSkipListMap<>();

    public void put(String slug, LiveEdition live) {
        bySlug.put(slug, live);
    }

    public LiveEdition get(String slug) {
        return bySlug.get(slug);
    }

    public boolean has(String slug) {
        return bySlug.containsKey(slug);
    }

    /** In slug order, as it is now (a view: conferences put later show in it). */
    public Map<String, LiveEdition> all() {
        return java.util.Collections.unmodifiableMap(bySlug);
    }
}
