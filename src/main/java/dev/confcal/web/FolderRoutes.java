package dev.confcal.web;

import dev.confcal.calendar.Edition;
import dev.confcal.calendar.IcsWriter;
import dev.confcal.schedule.Schedule;
import dev.confcal.web.feed.BaseUrl;
import dev.confcal.web.feed.FeedQuery;
import dev.confcal.web.feed.FeedQuery.Feed;
import dev.confcal.web.page.FrontPage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * What a folder of notes serves beside its conferences' own routes: every conference in one feed
 * ({@code /all/calendar.ics}, {@code /all/starred.ics}, with the same filters as a conference's feeds) and the front
 * page, each rendered once per set of editions into the shared cache.
 */
final class FolderRoutes {

    /** The combined feeds' folder; no conference's slug can be it. */
    static final String ALL = StaticFolderExport.ALL;

    private record CombinedKey(List<Object> editions, Feed kind, FeedQuery.Body body, Object selection,
                               Object options) {
    }

    private record FrontKey(List<Object> editions, LocalDate today, BaseUrl base) {
    }

    private final FolderEditions folder;
    private final RenderCache cache;
    private final IcsWriter writer = new IcsWriter();

    FolderRoutes(FolderEditions folder, RenderCache cache) {
        this.folder = folder;
        this.cache = cache;
    }

    /** @throws InvalidRequestException for a filter no conference could take (a 400, as for one conference) */
    CompletableFuture<Rendered> combined(Feed kind, Map<String, List<String>> parameters) {
        Map<String, Edition> editions = editions();
        FeedQuery query = FeedQuery.parse(kind, null, parameters, shell(editions));
        List<Object> versions = versions(editions);
        return cache.get(new CombinedKey(versions, kind, kind.body, query.selection(), query.options()), () -> {
            List<Edition> published = editions.values().stream().map(PublicEdition::of).toList();
            return Rendered.of(writer.combined("All conferences", published, query.selection(), query.options()),
                    lastChange(), MediaTypes.CALENDAR);
        });
    }

    /** @param base where the request came in, for the subscribe links */
    CompletableFuture<Rendered> front(BaseUrl base) {
        Map<String, Edition> editions = editions();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return cache.get(new FrontKey(versions(editions), today, base), () -> {
            List<FrontPage.Entry> entries = new ArrayList<>();
            editions.forEach((slug, edition) -> entries.add(new FrontPage.Entry(slug + "/",
                    PublicEdition.of(edition).schedule())));
            return Rendered.page(FrontPage.render(entries, ALL + "/", today, base).getBytes(StandardCharsets.UTF_8),
                    lastChange(), MediaTypes.HTML);
        });
    }

    private Map<String, Edition> editions() {
        Map<String, Edition> editions = new LinkedHashMap<>();
        folder.all().forEach((slug, live) -> editions.put(slug, live.edition()));
        return editions;
    }

    /** Every conference's edition by identity and version: any change renders anew. */
    private static List<Object> versions(Map<String, Edition> editions) {
        List<Object> versions = new ArrayList<>();
        editions.forEach((slug, edition) -> {
            versions.add(slug);
            versions.add(edition.version());
            versions.add(System.identityHashCode(edition));
        });
        return versions;
    }

    /** A schedule that knows every conference's tracks, to read a filter against (the zone is not used). */
    private static Schedule shell(Map<String, Edition> editions) {
        Map<String, List<String>> tracks = new LinkedHashMap<>();
        editions.values().forEach(edition -> edition.schedule().tracks().forEach(tracks::putIfAbsent));
        return new Schedule("all", "All conferences", ZoneOffset.UTC, null, tracks, List.of());
    }

    /** When the last conference's edition was loaded: the combined feed's Last-Modified. */
    private Instant lastChange() {
        return folder.all().values().stream().map(live -> live.state().loadedAt()).max(Instant::compareTo)
                .orElse(Instant.EPOCH);
    }
}
