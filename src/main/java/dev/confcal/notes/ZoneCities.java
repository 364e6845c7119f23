package dev.confcal.notes;

import java.text.Normalizer;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The time zone a place names: {@code location: RAI Amsterdam} is in Europe/Amsterdam. Knows the cities of the
 * IANA zones ({@code Region/City}) and the usual conference cities that have no zone of their own
 * ({@code Barcelona}, {@code Salt Lake City}, {@code 北京}). A place that names cities of two different zones names
 * none.
 */
final class ZoneCities {

    private static final Map<String, String> OTHER_CITIES = Map.ofEntries(
            Map.entry("barcelona", "Europe/Madrid"), Map.entry("valencia", "Europe/Madrid"),
            Map.entry("bilbao", "Europe/Madrid"), Map.entry("malaga", "Europe/Madrid"),
            Map.entry("munich", "Europe/Berlin"), Map.entry("münchen", "Europe/Berlin"),
            Map.entry("hamburg", "Europe/Berlin"), Map.entry("frankfurt", "Europe/Berlin"),
            Map.entry("cologne", "Europe/Berlin"), Map.entry("köln", "Europe/Berlin"),
            Map.entry("leipzig", "Europe/Berlin"), Map.entry("karlsruhe", "Europe/Berlin"),
            Map.entry("stuttgart", "Europe/Berlin"), Map.entry("dresden", "Europe/Berlin"),
            Map.entry("düsseldorf", "Europe/Berlin"), Map.entry("mannheim", "Europe/Berlin"),
            Map.entry("lyon", "Europe/Paris"), Map.entry("lille", "Europe/Paris"), Map.entry("nantes", "Europe/Paris"),
            Map.entry("milan", "Europe/Rome"), Map.entry("milano", "Europe/Rome"), Map.entry("turin", "Europe/Rome"),
            Map.entry("geneva", "Europe/Zurich"), Map.entry("genève", "Europe/Zurich"), Map.entry("bern", "Europe/Zurich"),
            Map.entry("basel", "Europe/Zurich"), Map.entry("rotterdam", "Europe/Amsterdam"),
            Map.entry("utrecht", "Europe/Amsterdam"), Map.entry("antwerp", "Europe/Brussels"),
            Map.entry("ghent", "Europe/Brussels"), Map.entry("porto", "Europe/Lisbon"),
            Map.entry("manchester", "Europe/London"), Map.entry("edinburgh", "Europe/London"),
            Map.entry("gothenburg", "Europe/Stockholm"), Map.entry("krakow", "Europe/Warsaw"),
            Map.entry("kraków", "Europe/Warsaw"), Map.entry("brno", "Europe/Prague"),
            Map.entry("san francisco", "America/Los_Angeles"), Map.entry("seattle", "America/Los_Angeles"),
            Map.entry("san diego", "America/Los_Angeles"), Map.entry("san jose", "America/Los_Angeles"),
            Map.entry("portland", "America/Los_Angeles"), Map.entry("las vegas", "America/Los_Angeles"),
            Map.entry("salt lake city", "America/Denver"), Map.entry("austin", "America/Chicago"),
            Map.entry("dallas", "America/Chicago"), Map.entry("houston", "America/Chicago"),
            Map.entry("atlanta", "America/New_York"), Map.entry("boston", "America/New_York"),
            Map.entry("washington", "America/New_York"), Map.entry("raleigh", "America/New_York"),
            Map.entry("philadelphia", "America/New_York"), Map.entry("pittsburgh", "America/New_York"),
            Map.entry("miami", "America/New_York"), Map.entry("orlando", "America/New_York"),
            Map.entry("montreal", "America/Toronto"), Map.entry("ottawa", "America/Toronto"),
            Map.entry("beijing", "Asia/Shanghai"), Map.entry("shenzhen", "Asia/Shanghai"),
            Map.entry("hangzhou", "Asia/Shanghai"), Map.entry("guangzhou", "Asia/Shanghai"),
            Map.entry("osaka", "Asia/Tokyo"), Map.entry("kyoto", "Asia/Tokyo"), Map.entry("yokohama", "Asia/Tokyo"),
            Map.entry("fukuoka", "Asia/Tokyo"), Map.entry("busan", "Asia/Seoul"),
            Map.entry("bangalore", "Asia/Kolkata"), Map.entry("bengaluru", "Asia/Kolkata"),
            Map.entry("mumbai", "Asia/Kolkata"), Map.entry("delhi", "Asia/Kolkata"),
            Map.entry("new delhi", "Asia/Kolkata"), Map.entry("hyderabad", "Asia/Kolkata"),
            Map.entry("chennai", "Asia/Kolkata"), Map.entry("pune", "Asia/Kolkata"),
            Map.entry("上海", "Asia/Shanghai"), Map.entry("北京", "Asia/Shanghai"), Map.entry("深圳", "Asia/Shanghai"),
            Map.entry("杭州", "Asia/Shanghai"), Map.entry("广州", "Asia/Shanghai"), Map.entry("香港", "Asia/Hong_Kong"),
            Map.entry("台北", "Asia/Taipei"), Map.entry("東京", "Asia/Tokyo"), Map.entry("东京", "Asia/Tokyo"),
            Map.entry("大阪", "Asia/Tokyo"), Map.entry("横浜", "Asia/Tokyo"), Map.entry("京都", "Asia/Tokyo"),
            Map.entry("서울", "Asia/Seoul"), Map.entry("부산", "Asia/Seoul"), Map.entry("新加坡", "Asia/Singapore"));

    /** Zone cities that are also everyday words, or name another, better-known place. */
    private static final Set<String> NOT_PLACES = Set.of("easter", "wake", "midway", "christmas", "reunion",
            "resolute", "jersey", "guernsey", "creston", "nome", "thule", "truk", "chuuk", "palau", "norfolk",
            "regina", "mahe", "cocos", "victoria", "tripoli", "dominica", "marigot", "lower princes", "whitehorse",
            "swift current", "grand turk", "rainy river", "glace bay", "goose bay", "cambridge bay", "thunder bay");

    private static final Map<String, String> CITIES = cities();
    /** Latin-script names stand as words; Chinese, Japanese and Korean ones run on into the next word. */
    private static final Pattern ANY_CITY = Pattern.compile(CITIES.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
            .map(city -> city.codePoints().allMatch(c -> c < 0x2E80) ? "(?<![\\p{L}])" + Pattern.quote(city)
                    + "(?![\\p{L}])" : Pattern.quote(city))
            .collect(Collectors.joining("|", "(", ")")));

    private ZoneCities() {
    }

    /** The zone a place names, and the city that named it. */
    record Named(ZoneId zone, String city) {
    }

    /** A place is a line or two: the first few hundred characters name it. */
    private static final int LONGEST_PLACE = 300;

    static Optional<Named> of(String place) {
        Matcher m = ANY_CITY.matcher(fold(place.length() > LONGEST_PLACE ? place.substring(0, LONGEST_PLACE) : place));
        Set<String> zones = new LinkedHashSet<>();
        String city = null;
        while (m.find()) {
            zones.add(CITIES.get(m.group()));
            city = city == null ? m.group() : city;
        }
        if (zones.size() != 1 || !WritableZone.writable(zones.iterator().next())) {
            return Optional.empty();
        }
        return Optional.of(new Named(ZoneId.of(zones.iterator().next()), city));
    }

    private static Map<String, String> cities() {
        Map<String, String> cities = new HashMap<>();
        for (String id : ZoneId.getAvailableZoneIds()) {
            if (id.matches("(Africa|America|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Za-z_-]+")) {
                String city = fold(id.substring(id.indexOf('/') + 1).replace('_', ' '));
                if (!NOT_PLACES.contains(city)) {
                    cities.putIfAbsent(city, id);
                }
            }
        }
        OTHER_CITIES.forEach((city, zone) -> cities.put(fold(city), zone));
        return cities;
    }

    /** Lower case, Latin accents dropped ({@code São Paulo} is {@code sao paulo}, as its zone writes it). */
    private static String fold(String text) {
        String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return Normalizer.normalize(decomposed.replaceAll("[\\u0300-\\u036f]", ""), Normalizer.Form.NFC);
    }
}
