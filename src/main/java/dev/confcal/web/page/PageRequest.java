package dev.confcal.web.page;

import dev.confcal.schedule.Schedule;
import dev.confcal.web.feed.FeedParameter;
import dev.confcal.web.feed.FeedQuery;
import dev.confcal.web.feed.InvalidRequestException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What a request for the page asks: the builder's selection (read as the form sends it, {@link FeedQuery#parseForm}),
 * the page's own parameters, which are not a feed's ({@code hl}: the labels' language; {@code show}: days to list in
 * full when the selection is long), and the form's fields that could not be read. A page is never a 400 for a
 * field: the field is left out of the selection, the page says so beside the form, and no link on it carries
 * the value a feed would refuse.
 *
 * @param selection   the builder's selection, without the fields that could not be read
 * @param labels      the language of the page's own words
 * @param labelsAsked the labels were asked for by {@code hl} (else they follow {@code Accept-Language})
 * @param show        days to list in full even where the page would fold them
 * @param errors      each unreadable field (a query parameter's name) with why
 * @param typed       each keyword field as the person typed it ({@code q=wasm webassembly, "cloud native"}), shown
 *                    back in the form as typed; the selection holds its words, normalized
 */
public record PageRequest(FeedQuery selection, Labels labels, boolean labelsAsked, List<LocalDate> show,
                   Map<String, String> errors, Map<String, String> typed) {

    static final String HL = "hl";
    static final String SHOW = "show";
    /** More than this many fields wrong is not a person typing: then the request is answered 400. */
    private static final int MAX_ERRORS = 8;

    public PageRequest {
        show = List.copyOf(show);
        errors = Map.copyOf(errors);
        typed = Map.copyOf(typed);
    }

    public static PageRequest read(Map<String, List<String>> query, String acceptLanguage, Schedule schedule) {
        Map<String, List<String>> form = new LinkedHashMap<>(query);
        List<String> hl = form.remove(HL);
        List<String> shown = form.remove(SHOW);
        String language = hl == null || hl.isEmpty() ? null : hl.get(hl.size() - 1);
        Labels labels = Labels.negotiate(language, acceptLanguage);
        Map<String, String> errors = new LinkedHashMap<>();
        while (true) {
            try {
                FeedQuery selection = FeedQuery.parseForm(form, schedule).withDownload(false);
                return new PageRequest(selection, labels, language != null && Labels.of(language) != null,
                        days(shown, schedule), errors, typed(form));
            } catch (InvalidRequestException e) {
                if (e.parameter() == null || !form.containsKey(e.parameter()) || errors.size() >= MAX_ERRORS) {
                    throw e;
                }
                form.remove(e.parameter());
                errors.put(e.parameter(), e.getMessage());
            }
        }
    }

    /** The keyword fields that were read, each as typed when the form sent it as one value. */
    private static Map<String, String> typed(Map<String, List<String>> form) {
        Map<String, String> typed = new LinkedHashMap<>();
        for (FeedParameter field : List.of(FeedParameter.Q, FeedParameter.EXCLUDE)) {
            List<String> values = form.get(field.key);
            if (values != null && values.size() == 1 && !values.get(0).isBlank()) {
                typed.put(field.key, values.get(0).strip());
            }
        }
        return typed;
    }

    /** The keyword field's value for the form: as typed, else the selection's words. */
    String field(FeedParameter field, List<String> words) {
        return typed.getOrDefault(field.key, FeedQuery.formValue(words));
    }

    /** The days of the schedule among {@code show}'s values; anything else is ignored (it only unfolds a day). */
    private static List<LocalDate> days(List<String> values, Schedule schedule) {
        if (values == null) {
            return List.of();
        }
        TreeSet<LocalDate> days = new TreeSet<>();
        List<LocalDate> known = schedule.days();
        for (String value : values.subList(0, Math.min(values.size(), known.size()))) {
            try {
                LocalDate day = LocalDate.parse(value.strip());
                if (known.contains(day)) {
                    days.add(day);
                }
            } catch (DateTimeParseException e) {
                // not a day: nothing to unfold
            }
        }
        return new ArrayList<>(days);
    }

    /** The page's own parameters as a query string to append ({@code &hl=zh}), or empty. */
    String pageParameters() {
        return labelsAsked ? "&" + HL + "=" + labels.code : "";
    }
}
