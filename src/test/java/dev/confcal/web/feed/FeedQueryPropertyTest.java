package dev.confcal.web.feed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.confcal.calendar.FeedOptions;
import dev.confcal.schedule.Filter;
import dev.confcal.schedule.Language;
import dev.confcal.schedule.Schedule;
import dev.confcal.web.feed.FeedQuery.Feed;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The feed URL contract round-trips: for any query over all parameters, parsing the URL that {@link FeedQuery}
 * writes gives the same query back, and writing it again gives the same URL (format ∘ parse = identity).
 */
class FeedQueryPropertyTest {

    private static final Schedule SCHEDULE = new Schedule("notes.md", "Conf", ZoneId.of("Asia/Shanghai"), null,
            Map.of("wasm", List.of("wasm"), "service mesh", List.of("istio"), "中文", List.of("容器")), List.of());

    @Property(tries = 1_000)
    void parsingTheWrittenUrlGivesTheSameQuery(@ForAll("queries") FeedQuery query) {
        String url = query.url();
        FeedQuery parsed = parse(url, query.feed(), query.name());
        assertThat(parsed).as(() -> visible(url + " gave " + parsed)).isEqualTo(query);
        assertThat(parsed.url()).isEqualTo(url);
    }

    @Property(tries = 500)
    void theFormOfThePageReadsTheSameQueryAsTheFeed(@ForAll("queries") FeedQuery query) {
        FeedQuery feed = new FeedQuery(Feed.CALENDAR, null, query.filter(), query.options(), query.download());
        if (feed.filter().keywords().stream().anyMatch(w -> w.contains("\""))
                || feed.filter().exclude().stream().anyMatch(w -> w.contains("\""))) {
            return; // the form's keyword field keeps a phrase in double quotes: a word cannot hold one
        }
        assertThat(FeedQuery.parseForm(decode(feed.formQueryString()), SCHEDULE)).isEqualTo(feed);
    }

    @Property(tries = 500)
    void theFormSplitsItsKeywordFieldsOnSpacesAndCommasAndKeepsQuotedPhrases(@ForAll("queries") FeedQuery query) {
        for (String word : query.filter().keywords()) {
            if (!word.contains("\"")) {
                assertThat(FeedQuery.formWords(FeedQuery.formValue(List.of(word, "wasm")))).containsExactly(word, "wasm");
            }
        }
        assertThat(FeedQuery.formWords("wasm webassembly,istio，容器、\"service mesh\"  ")).containsExactly("wasm",
                "webassembly", "istio", "容器", "service mesh");
    }

    private static String visible(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> out.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return out.toString();
    }

    /** Parses the path's query the way the server does: split on &, then percent-decode each name and value. */
    private static FeedQuery parse(String url, Feed feed, String name) {
        int question = url.indexOf('?');
        assertThat(url.substring(0, question < 0 ? url.length() : question)).doesNotContain("?", "#", " ");
        return FeedQuery.parse(feed, name, decode(question < 0 ? "" : url.substring(question + 1)), SCHEDULE);
    }

    private static Map<String, List<String>> decode(String query) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        if (query.isEmpty()) {
            return map;
        }
        for (String pair : query.split("&")) {
            String[] kv = pair.split("=", 2);
            assertThat(kv).hasSize(2);
            map.computeIfAbsent(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), k -> new java.util.ArrayList<>())
                    .add(URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return map;
    }

    @Provide
    Arbitrary<FeedQuery> queries() {
        Arbitrary<String> word = Arbitraries.strings().all().ofMinLength(1).ofMaxLength(QueryParameters.MAX_WORD_LENGTH)
                .filter(w -> !w.isBlank() && w.codePoints().noneMatch(c -> Character.getType(c) == Character.SURROGATE));
        // (a lone surrogate is not text: no request can carry one)
        Arbitrary<List<String>> words = word.list().ofMaxSize(6);
        Arbitrary<List<LocalDate>> days = Arbitraries.integers().between(0, 3_000).map(d -> LocalDate.of(2023, 1, 1)
                .plusDays(d)).list().ofMaxSize(5);
        Arbitrary<String> track = Arbitraries.of("wasm", "service mesh", "中文").injectNull(0.6);
        Arbitrary<Filter> filter = Combinators.combine(Arbitraries.of(true, false), words, words, days, track)
                .as(Filter::new);
        Arbitrary<FeedOptions> options = Combinators.combine(Arbitraries.of(Language.values()).injectNull(0.4),
                Arbitraries.integers().between(0, FeedOptions.MAX_ALARM_MINUTES).injectNull(0.5)).as(FeedOptions::new);
        Arbitrary<Feed> feed = Arbitraries.of(Feed.CALENDAR, Feed.STARRED, Feed.JSON, Feed.TRACK, Feed.SESSION);
        return Combinators.combine(feed, filter, options, Arbitraries.of(true, false)).as((f, fi, o, d) -> {
            String name = f == Feed.TRACK ? "service mesh" : f == Feed.SESSION ? "1PTJt" : null;
            Filter asked = f == Feed.TRACK ? fi.withTrack(null) : fi;
            return new FeedQuery(f, name, asked, o, d);
        }).filter(q -> validWords(q.filter()));
    }

    /** Keywords that stay keywords once normalized (lower case can lengthen İ; blanks vanish). */
    private static boolean validWords(Filter filter) {
        return filter.keywords().stream().allMatch(w -> w.length() <= QueryParameters.MAX_WORD_LENGTH)
                && filter.exclude().stream().allMatch(w -> w.length() <= QueryParameters.MAX_WORD_LENGTH);
    }
}
