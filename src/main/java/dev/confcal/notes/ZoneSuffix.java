package dev.confcal.notes;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A time zone written after a time: an abbreviation ({@code CEST}, {@code 9:00 AM CST}) or an offset
 * ({@code UTC+2}, {@code GMT-5}, {@code +09:00}). It says which zone the notes mean when they name none, and every
 * time written with one is checked against the zone the notes are read in.
 *
 * @param text    as written
 * @param offsets the UTC offsets it may stand for, the one it names first; an abbreviation also allows its
 *                daylight-saving sibling ({@code CET} for {@code CEST}), which people mix up without meaning
 *                another time
 * @param zones   the places it names: one when unambiguous ({@code JST}), several when not ({@code CST}), none
 *                for an offset that no writable zone holds
 * @param offset  whether it was written as an offset rather than an abbreviation
 */
record ZoneSuffix(String text, List<ZoneOffset> offsets, List<ZoneId> zones, boolean offset) {

    /** After a time: {@code CEST}, {@code (UTC+2)}, {@code GMT -5}, {@code +09:00}. */
    static final Pattern PATTERN = Pattern.compile(
            "\\s*\\(?\\s*(?:(UTC|GMT)(?:\\s*([+\\-−])\\s*(\\d{1,2})(?::?(\\d{2}))?)?|([+\\-−])(\\d{2}):?(\\d{2})"
                    + "|([A-Z]{2,5}))(?![\\p{L}\\d])\\s*\\)?");

    private record Abbreviation(List<ZoneOffset> offsets, List<ZoneId> zones) {
    }

    private static final Map<String, Abbreviation> ABBREVIATIONS = Map.ofEntries(
            entry("WET", "Europe/Lisbon", 0, 60), entry("WEST", "Europe/Lisbon", 60, 0),
            entry("BST", "Europe/London", 60, 0),
            entry("CET", "Europe/Paris", 60, 120), entry("CEST", "Europe/Paris", 120, 60),
            entry("MEZ", "Europe/Berlin", 60, 120), entry("MESZ", "Europe/Berlin", 120, 60),
            entry("EET", "Europe/Athens", 120, 180), entry("EEST", "Europe/Athens", 180, 120),
            entry("MSK", "Europe/Moscow", 180),
            entry("JST", "Asia/Tokyo", 540), entry("KST", "Asia/Seoul", 540),
            entry("HKT", "Asia/Hong_Kong", 480), entry("SGT", "Asia/Singapore", 480),
            entry("AEST", "Australia/Sydney", 600, 660), entry("AEDT", "Australia/Sydney", 660, 600),
            entry("AWST", "Australia/Perth", 480),
            entry("NZST", "Pacific/Auckland", 720, 780), entry("NZDT", "Pacific/Auckland", 780, 720),
            entry("EST", "America/New_York", -300, -240), entry("EDT", "America/New_York", -240, -300),
            entry("ET", "America/New_York", -300, -240),
            entry("CDT", "America/Chicago", -300, -360), entry("CT", "America/Chicago", -360, -300),
            entry("MST", "America/Denver", -420, -360), entry("MDT", "America/Denver", -360, -420),
            entry("MT", "America/Denver", -420, -360),
            entry("PST", "America/Los_Angeles", -480, -420), entry("PDT", "America/Los_Angeles", -420, -480),
            entry("PT", "America/Los_Angeles", -480, -420),
            entry("AKST", "America/Anchorage", -540, -480), entry("AKDT", "America/Anchorage", -480, -540),
            entry("HST", "Pacific/Honolulu", -600),
            entry("BRT", "America/Sao_Paulo", -180),
            // the same letters for places half a world apart: never guessed from, only checked
            entry("CST", "America/Chicago Asia/Shanghai", -360, -300, 480),
            entry("IST", "Asia/Kolkata Europe/Dublin Asia/Jerusalem", 330, 60, 0, 120, 180));

    private static Map.Entry<String, Abbreviation> entry(String name, String zones, int... minutes) {
        return Map.entry(name, new Abbreviation(
                java.util.Arrays.stream(minutes).mapToObj(m -> ZoneOffset.ofTotalSeconds(m * 60)).toList(),
                java.util.Arrays.stream(zones.split(" ")).map(ZoneId::of).toList()));
    }

    /** The suffix at the start of the text (after spaces), if one is there. */
    static Optional<Matched> leading(String text) {
        Matcher m = PATTERN.matcher(text);
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        return of(m).map(suffix -> new Matched(suffix, m.end()));
    }

    /** A suffix and where it ends in the text it was found in. */
    record Matched(ZoneSuffix suffix, int end) {
    }

    private static Optional<ZoneSuffix> of(Matcher m) {
        String text = m.group().strip();
        if (m.group(1) != null || m.group(5) != null) {
            boolean utc = m.group(1) != null;
            String sign = utc ? m.group(2) : m.group(5);
            int hours = sign == null ? 0 : Integer.parseInt(utc ? m.group(3) : m.group(6));
            String minuteText = utc ? m.group(4) : m.group(7);
            int minutes = minuteText == null ? 0 : Integer.parseInt(minuteText);
            if (hours > 14 || minutes > 59) {
                return Optional.empty();
            }
            int seconds = (hours * 3600 + minutes * 60) * ("+".equals(sign) || sign == null ? 1 : -1);
            ZoneOffset offset = ZoneOffset.ofTotalSeconds(seconds);
            List<ZoneId> zones = WritableZone.forOffset(offset).map(List::of).orElse(List.of());
            return Optional.of(new ZoneSuffix(text, List.of(offset), zones, true));
        }
        Abbreviation abbreviation = ABBREVIATIONS.get(m.group(8));
        return abbreviation == null ? Optional.empty()
                : Optional.of(new ZoneSuffix(text, abbreviation.offsets(), abbreviation.zones(), false));
    }

    /** The one zone it names, if it names exactly one. */
    Optional<ZoneId> zone() {
        return zones.size() == 1 ? Optional.of(zones.get(0)) : Optional.empty();
    }

    boolean ambiguous() {
        return zones.size() > 1;
    }

    /** Whether a local time in a zone can be what the suffix says. */
    boolean fits(ZoneId zone, LocalDateTime time) {
        List<ZoneOffset> valid = zone.getRules().getValidOffsets(time);
        return valid.isEmpty() ? offsets.contains(zone.getRules().getOffset(time))
                : valid.stream().anyMatch(offsets::contains);
    }

    /** {@code CEST (UTC+02:00)} or {@code UTC+02:00}, for messages. */
    String describe() {
        return offset ? utc(offsets.get(0)) : text.replaceAll("[()]", "").strip() + " (" + utc(offsets.get(0)) + ")";
    }

    static String utc(ZoneOffset offset) {
        return offset.getTotalSeconds() == 0 ? "UTC" : "UTC" + offset.getId();
    }

    static String names(List<ZoneId> zones) {
        return zones.stream().map(ZoneId::getId).collect(Collectors.joining(", "));
    }
}
