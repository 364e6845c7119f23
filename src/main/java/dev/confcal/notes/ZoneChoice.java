package dev.confcal.notes;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which time zone the notes are read in: the front matter's {@code timezone:}, else the {@code --timezone} option,
 * else one the notes state (a {@code location:} city, else a zone written after a time, {@code 10:00 CEST}), else
 * {@link NotesParser#DEFAULT_ZONE}, said so. Then every time written with a zone is checked against it.
 */
final class ZoneChoice {

    private ZoneChoice() {
    }

    /**
     * @param given the zone of the front matter or the option, already checked to be writable, or null
     */
    /** A place the notes name: a title, a heading, a {@code Venue:} line, the lines before the first day. */
    record Place(String text, int line, String what, boolean strong) {
        Place(String text, int line, String what) {
            this(text, line, what, true);
        }
    }

    /**
     * @param places    where the notes may name the conference's city, most telling first
     * @param chinese   what says the notes are for a conference in China (Chinese date headings, a host that
     *                  names China), or null
     * @param prose     the zone a line of the notes states for their times ({@code All times are PT}), if one does
     * @param written   the language the notes write (their script, or their month and weekday names), or null
     */
    static ZoneId choose(ZoneId given, String location, List<Draft> drafts, Problems problems, List<Place> places,
                         String chinese, Optional<ZoneInProse.Stated> prose, DateLanguage.Written written) {
        ZoneId zone = given != null ? given : stated(location, drafts, problems, places, prose);
        if (zone == null && chinese != null) {
            zone = NotesParser.DEFAULT_ZONE;
            problems.add(ProblemCode.ZONE_DEFAULT_AGREES, 0, zone.getId(), chinese);
        }
        int first = drafts.isEmpty() ? 0 : drafts.get(0).line;
        if (zone == null && written != null) { // weak evidence, and said so at the first session
            Optional<ZoneId> country = ZoneCities.ofCountry(written.country());
            if (country.isPresent()) {
                zone = country.get();
                problems.add(ProblemCode.ZONE_FROM_LANGUAGE, first, zone.getId(), new java.util.Locale("",
                        written.country()).getDisplayCountry(java.util.Locale.ENGLISH), java.util.Locale
                        .forLanguageTag(written.language()).getDisplayLanguage(java.util.Locale.ENGLISH));
            }
        }
        if (zone == null) {
            zone = NotesParser.DEFAULT_ZONE;
            problems.add(ProblemCode.ZONE_ASSUMED, first, zone.getId());
        }
        check(zone, drafts, problems);
        return zone;
    }

    private static ZoneId stated(String location, List<Draft> drafts, Problems problems, List<Place> places,
                                 Optional<ZoneInProse.Stated> prose) {
        Optional<ZoneCities.Named> city = location == null ? Optional.empty() : ZoneCities.of(location);
        if (city.isPresent()) {
            problems.add(ProblemCode.ZONE_FROM_NOTES, 0, city.get().zone().getId(), "location: " + location);
            return city.get().zone();
        }
        Place named = null;
        ZoneId fromPlace = null;
        for (Place place : places) {
            Optional<ZoneCities.Named> in = ZoneCities.of(place.text(), place.strong());
            if (in.isEmpty()) {
                continue;
            }
            if (fromPlace == null) {
                fromPlace = in.get().zone();
                named = place;
            } else if (!fromPlace.getRules().equals(in.get().zone().getRules())) {
                problems.add(ProblemCode.ZONE_EVIDENCE_DISAGREES, place.line(), in.get().city(), in.get().zone()
                        .getId(), place.what(), fromPlace.getId(), named.what());
                break;
            }
        }
        Draft ambiguous = null;
        for (Draft draft : drafts) {
            if (draft.suffix == null) {
                continue;
            }
            Optional<ZoneId> zone = draft.suffix.zone();
            if (zone.isEmpty() && fromPlace != null && draft.suffix.fits(fromPlace,
                    draft.date.atTime(draft.time.start()))) {
                zone = Optional.of(fromPlace); // CST beside "Chicago" is Chicago's
            }
            if (zone.isPresent()) {
                problems.add(ProblemCode.ZONE_FROM_NOTES, draft.timeLine, zone.get().getId(),
                        "\"" + draft.suffix.text() + "\" at line " + draft.timeLine);
                return zone.get();
            }
            if (ambiguous == null && draft.suffix.ambiguous()) {
                ambiguous = draft;
            }
        }
        if (fromPlace != null) {
            ZoneId place = fromPlace;
            String from = named.what();
            prose.filter(p -> p.zones().stream().noneMatch(z -> z.getRules().equals(place.getRules())))
                    .ifPresent(p -> problems.add(ProblemCode.ZONE_EVIDENCE_DISAGREES, p.line(), "\"" + p.text()
                            + "\"", ZoneSuffix.names(p.zones()), "line " + p.line(), place.getId(), from));
            problems.add(ProblemCode.ZONE_FROM_PLACE, named.line(), fromPlace.getId(), named.what());
            return fromPlace;
        }
        if (prose.isPresent() && !prose.get().ambiguous()) { // "All times are Las Vegas time (PT)"
            problems.add(ProblemCode.ZONE_FROM_NOTES, prose.get().line(), prose.get().zones().get(0).getId(),
                    "\"" + prose.get().text() + "\" at line " + prose.get().line());
            return prose.get().zones().get(0);
        }
        if (prose.isPresent()) { // "all times IST", and no place to tell India's from Ireland's
            problems.add(ProblemCode.AMBIGUOUS_ZONE_IN_NOTES, prose.get().line(), prose.get().text(),
                    ZoneSuffix.names(prose.get().zones()));
        }
        if (ambiguous != null) {
            problems.add(ProblemCode.AMBIGUOUS_ZONE, ambiguous.timeLine, time(ambiguous), ambiguous.suffix.text(),
                    ZoneSuffix.names(ambiguous.suffix.zones()));
        }
        return null;
    }

    /** Each time written with a zone must be that zone's time where the notes are read. */
    private static void check(ZoneId zone, List<Draft> drafts, Problems problems) {
        Set<Integer> reported = new HashSet<>();
        for (Draft draft : drafts) {
            if (draft.suffix == null || reported.contains(draft.timeLine)) {
                continue;
            }
            LocalDateTime at = draft.date.atTime(draft.time.start());
            if (!draft.suffix.fits(zone, at)) {
                reported.add(draft.timeLine);
                ZoneOffset actual = zone.getRules().getOffset(at);
                problems.add(ProblemCode.ZONE_MISMATCH, draft.timeLine, time(draft), draft.suffix.describe(),
                        zone.getId(), actual.getId().equals("Z") ? "" : actual.getId(), draft.date);
            }
        }
    }

    private static String time(Draft draft) {
        return draft.time.start() + " " + draft.suffix.text();
    }
}
