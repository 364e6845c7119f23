package dev.confcal.notes;

import java.text.Normalizer;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The time zone a place names: {@code location: RAI Amsterdam} is in Europe/Amsterdam. Knows the cities of the
 * IANA zones in the first language of every country (ICU's exemplar cities: {@code Wien}, {@code Viena},
 * {@code 维也纳}, {@code ウィーン}, {@code 비엔나}, {@code Вена}), the usual conference cities that have no zone of
 * their own ({@code Barcelona}, {@code München}, {@code 北京}), and the countries in those languages
 * ({@code Deutschland}, {@code 日本}) whose zones all keep the same offsets or that CLDR gives a primary zone
 * ({@code España} is Europe/Madrid; the United States names no zone), from {@code zone-places.tsv} (made by
 * {@code PlatformNamesGenerator}). A city beats the country it is in ({@code Vancouver, Canada};
 * {@code 中国香港}); a place that names cities of two different zones names none, and so do two countries.
 * Latin-script names stand as words; Chinese and Japanese ones may run on into the next word.
 */
final class ZoneCities {

    private static final Map<String, String> OTHER_CITIES = Map.ofEntries(
            Map.entry("caba", "America/Argentina/Buenos_Aires"), Map.entry("cdmx", "America/Mexico_City"),
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
            Map.entry("chennai", "Asia/Kolkata"), Map.entry("pune", "Asia/Kolkata"), Map.entry("jaipur", "Asia/Kolkata"),
            Map.entry("上海", "Asia/Shanghai"), Map.entry("北京", "Asia/Shanghai"), Map.entry("深圳", "Asia/Shanghai"),
            Map.entry("杭州", "Asia/Shanghai"), Map.entry("广州", "Asia/Shanghai"), Map.entry("香港", "Asia/Hong_Kong"),
            Map.entry("台北", "Asia/Taipei"), Map.entry("東京", "Asia/Tokyo"), Map.entry("东京", "Asia/Tokyo"),
            Map.entry("大阪", "Asia/Tokyo"), Map.entry("横浜", "Asia/Tokyo"), Map.entry("京都", "Asia/Tokyo"),
            Map.entry("서울", "Asia/Seoul"), Map.entry("부산", "Asia/Seoul"), Map.entry("新加坡", "Asia/Singapore"),
            Map.entry("st. louis", "America/Chicago"), Map.entry("saint louis", "America/Chicago"),
            Map.entry("st louis", "America/Chicago"), Map.entry("kansas city", "America/Chicago"),
            Map.entry("minneapolis", "America/Chicago"), Map.entry("nashville", "America/Chicago"),
            Map.entry("new orleans", "America/Chicago"), Map.entry("columbus", "America/New_York"),
            Map.entry("naha", "Asia/Tokyo"), Map.entry("那覇", "Asia/Tokyo"), Map.entry("沖縄", "Asia/Tokyo"),
            Map.entry("okinawa", "Asia/Tokyo"), Map.entry("札幌", "Asia/Tokyo"), Map.entry("sapporo", "Asia/Tokyo"),
            Map.entry("hanoi", "Asia/Ho_Chi_Minh"), Map.entry("hà nội", "Asia/Ho_Chi_Minh"), Map.entry("ha noi", "Asia/Ho_Chi_Minh"),
            Map.entry("da nang", "Asia/Ho_Chi_Minh"), Map.entry("caxias do sul", "America/Sao_Paulo"),
            Map.entry("porto alegre", "America/Sao_Paulo"), Map.entry("rio de janeiro", "America/Sao_Paulo"),
            Map.entry("belo horizonte", "America/Sao_Paulo"), Map.entry("florianópolis", "America/Sao_Paulo"),
            Map.entry("curitiba", "America/Sao_Paulo"), Map.entry("brasília", "America/Sao_Paulo"),
            Map.entry("guadalajara", "America/Mexico_City"), Map.entry("medellín", "America/Bogota"));

    /** Zone cities and countries that are also everyday words, or name another, better-known place. */
    private static final Set<String> NOT_PLACES = Set.of("easter", "wake", "midway", "christmas", "reunion",
            "resolute", "jersey", "guernsey", "creston", "nome", "thule", "truk", "chuuk", "palau", "norfolk",
            "regina", "mahe", "cocos", "victoria", "tripoli", "dominica", "marigot", "lower princes", "whitehorse",
            "swift current", "grand turk", "rainy river", "glace bay", "goose bay", "cambridge bay", "thunder bay",
            // a US state, and names that are given names or words: Chad, Jordan, "mali" (Slavic "small"),
            // "soul", "seul" (Seoul in Turkish and Portuguese), Icelandic and German "Island" (Iceland), Wallis
            // (and Futuna; also German for Valais), Canton (Kanton, Kiribati), "oral" (Kazakhstan), and names of
            // other, better-known places: Granada (Grenada in Spanish), Jaipur (Jayapura in Hindi), Sidney
            // (Sydney in Portuguese), Madera, Navidad and Pasqua (Madeira, Christmas and Easter Island)
            "georgia", "chad", "jordan", "man", "mali", "soul", "seul", "island", "wallis", "canton", "oral",
            "granada", "jaipur", "sidney", "madera", "navidad", "pasqua", "sepia", "swede", "easter island",
            "stanley");

    /**
     * Latin-script names in other languages than the place's own and English must be this long to count: four
     * letters are too often a word ({@code Rom}, {@code Vine}, {@code Pole}, {@code Lime}, {@code Bene}), so
     * {@code Prag}, {@code Rzym} and Hungarian {@code Bécs} are not read either.
     */
    private static final int FOREIGN_LETTERS = 5;

    private ZoneCities() {
    }

    /** What named a zone: a city, or a country. */
    enum By {
        CITY, COUNTRY
    }

    /**
     * The zone a place names, and the name that named it (as the place writes it, folded: {@code münchen},
     * {@code deutschland}).
     */
    record Named(ZoneId zone, String city, By by) {
        Named(ZoneId zone, String city) {
            this(zone, city, By.CITY);
        }
    }

    /** A place is a line or two: the first few hundred characters name it. */
    private static final int LONGEST_PLACE = 300;

    static Optional<Named> of(String place) {
        return of(place, true);
    }

    /**
     * @param strong whether the text is where notes name their place (a title, a heading, a {@code Venue:} line):
     *               elsewhere, the long list of cities (cities.tsv) is not read — "salto" in an Italian legend is
     *               not Salto in Uruguay, "Mandalay Bay" in Las Vegas not Mandalay
     */
    static Optional<Named> of(String place, boolean strong) {
        return of(place, strong, strong);
    }

    /**
     * @param listed whether to read the long list of cities when the zones' own name none here; false for a first
     *               look over every place the notes name, so the list is read only when none names a zone's city
     */
    static Optional<Named> of(String place, boolean strong, boolean listed) {
        String unescaped = place.replace("\\", ""); // Markdown exports escape dots: "St\. Louis"
        String text = NameFold.fold(Normalizer.normalize(unescaped.length() > LONGEST_PLACE
                ? unescaped.substring(0, LONGEST_PLACE) : unescaped, Normalizer.Form.NFC)) + flagCountries(unescaped);
        Set<String> cities = new LinkedHashSet<>();
        Set<String> countries = new LinkedHashSet<>();
        String city = null;
        String country = null;
        for (int start = 0; start < text.length(); start++) {
            int end = Table.longest(text, start);
            if (end < 0) {
                continue;
            }
            String name = text.substring(start, end);
            Place found = Table.NAMES.get(name);
            start = end - 1;
            if (found.zone() == null) {
                continue;
            }
            if (found.by() == By.CITY) {
                cities.add(found.zone());
                city = city == null ? name : city;
            } else {
                countries.add(found.zone());
                country = country == null ? name : country;
            }
        }
        if (cities.isEmpty() && strong && listed) { // "Mandalay Bay Convention Center, Las Vegas": Las Vegas says more
            for (int start = 0; start < text.length(); start++) {
                int end = Listed.longest(text, start);
                if (end >= 0) {
                    cities.add(Listed.NAMES.get(text.substring(start, end)));
                    city = city == null ? text.substring(start, end) : city;
                    start = end - 1;
                }
            }
        }
        Set<String> zones = cities.isEmpty() ? countries : cities;
        if (zones.size() != 1 || !WritableZone.writable(zones.iterator().next())) {
            return Optional.empty();
        }
        return Optional.of(new Named(ZoneId.of(zones.iterator().next()), cities.isEmpty() ? country : city,
                cities.isEmpty() ? By.COUNTRY : By.CITY));
    }

    /**
     * The countries a text's flag emoji name ({@code 🇻🇳} is VN), written out in English so the country table reads
     * them: " viet nam".
     */
    private static String flagCountries(String text) {
        StringBuilder names = new StringBuilder();
        int[] points = text.codePoints().toArray();
        for (int i = 0; i + 1 < points.length; i++) {
            if (points[i] >= 0x1F1E6 && points[i] <= 0x1F1FF && points[i + 1] >= 0x1F1E6 && points[i + 1] <= 0x1F1FF) {
                String code = new String(new char[] {(char) ('A' + points[i] - 0x1F1E6),
                        (char) ('A' + points[i + 1] - 0x1F1E6)});
                names.append(" , ").append(NameFold.fold(new java.util.Locale("", code)
                        .getDisplayCountry(java.util.Locale.ENGLISH)));
                i++;
            }
        }
        return names.toString();
    }

    /** What a folded name names: a zone (null when names of different zones collide), as a city or a country. */
    private record Place(String zone, By by) {
    }

    /**
     * The end of the longest of {@code names} (none longer than {@code longestName}) that starts at {@code start}
     * and stands there as a word ({@link NameTrie}'s rules), or -1.
     */
    private static int longest(Map<String, ?> names, int longestName, String text, int start) {
        for (int end = Math.min(text.length(), start + longestName); end > start; end--) {
            if (names.containsKey(text.substring(start, end)) && NameTrie.standsAt(text, start, end)) {
                return end;
            }
        }
        return -1;
    }

    /** The zone of a country (ISO code: {@code DE}) that keeps one clock or has a primary zone, or empty. */
    static Optional<ZoneId> ofCountry(String code) {
        String zone = Table.COUNTRY_ZONES.get(code);
        return zone == null || !WritableZone.writable(zone) ? Optional.empty() : Optional.of(ZoneId.of(zone));
    }

    /** The names, read when a place is first looked up. */
    private static final class Table {

        /** Folded names; a map, not a trie: built in a third of the time, and a place is looked up once. */
        static final Map<String, Place> NAMES = new HashMap<>(1 << 16);
        /** The zone of each country that keeps one clock, or CLDR's primary zone, by ISO code. */
        static final Map<String, String> COUNTRY_ZONES = new HashMap<>();
        /** The longest name's length. */
        private static int longestName;
        /*
         * About 19,000 names: 120 ms, cold, on the 2-core build machine while other builds ran (the same in ICU
         * at run time: 1.6 s).
         */
        static {
            load();
        }

        private static void load() {
            String table = Resources.text("zone-places.tsv");
            for (int from = 0, to; from < table.length(); from = to + 1) {
                to = table.indexOf('\n', from);
                to = to < 0 ? table.length() : to;
                if (to == from || table.charAt(from) == '#') {
                    continue;
                }
                List<String> f = split(table.substring(from, to), '\t');
                boolean zone = f.get(0).equals("zone");
                if (!zone && !f.get(2).equals("-")) {
                    COUNTRY_ZONES.put(f.get(1), f.get(2));
                }
                String id = zone ? f.get(1) : f.get(2);
                if (zone ? !conferenceCity(id) : id.equals("-")) {
                    continue;
                }
                for (String name : split(f.get(3), '|')) {
                    add(name, id, zone ? By.CITY : By.COUNTRY, false);
                }
                for (String name : split(f.get(4), '|')) {
                    add(name, id, zone ? By.CITY : By.COUNTRY, true);
                }
            }
            for (Map.Entry<String, String> city : OTHER_CITIES.entrySet()) {
                put(NameFold.fold(city.getKey()), new Place(city.getValue(), By.CITY));
            }
        }

        private static void put(String key, Place place) {
            NAMES.put(key, place);
            longestName = Math.max(longestName, key.length());
        }

        /**
         * The end of the longest name that starts at {@code start} and stands there as a word ({@link NameTrie}'s
         * rules), or -1.
         */
        static int longest(String text, int start) {
            return ZoneCities.longest(NAMES, longestName, text, start);
        }

        /**
         * A zone of a region's city ({@code Europe/Vienna}, {@code America/Argentina/Cordoba}); not Antarctic
         * stations, nor the small towns of Indiana, Kentucky and North Dakota that keep their own zones
         * ({@code Center}, {@code Knox}).
         */
        private static boolean conferenceCity(String id) {
            int slash = id.indexOf('/');
            return slash > 0 && Set.of("Africa", "America", "Asia", "Atlantic", "Australia", "Europe", "Indian",
                    "Pacific").contains(id.substring(0, slash))
                    && !(id.matches("America/(Indiana|Kentucky|North_Dakota)/.*")
                            && !id.equals("America/Indiana/Indianapolis") && !id.equals("America/Kentucky/Louisville"));
        }

        private static void add(String name, String zone, By by, boolean foreign) {
            if (name.equals("-")) {
                return;
            }
            String key = NameFold.fold(name);
            if (NOT_PLACES.contains(key) || !longEnough(key, foreign)) {
                return;
            }
            put(key, merge(NAMES.get(key), new Place(zone, by)));
        }

        /**
         * One name of two places: the same zone's city and country are its city ({@code Singapore}); names of two
         * zones name none ({@code Cuba} is Havana's country and, in Turkish, Juba).
         */
        private static Place merge(Place present, Place place) {
            if (present == null) {
                return place;
            }
            if (present.zone() == null || !present.zone().equals(place.zone())) {
                return new Place(null, By.CITY);
            }
            return present.by() == By.CITY ? present : place;
        }

        /**
         * Whether a name is long enough not to be a word: three letters ({@code Rome}, {@code Вена}), but
         * {@link #FOREIGN_LETTERS} for a Latin-script name in another language than the place's own and English
         * ({@code Viena}; not German {@code Rom}, Vietnamese {@code Vin}); two characters in the scripts written
         * without spaces ({@code 东京}, and {@code パリ} where it is not part of a longer word).
         */
        private static boolean longEnough(String key, boolean foreign) {
            int letters = 0;
            boolean latin = true;
            boolean runsOn = false;
            for (int i = 0; i < key.length(); i++) {
                char c = key.charAt(i);
                letters += Character.isLetter(c) ? 1 : 0;
                latin &= c < 0x250;
                runsOn |= NameFold.runsOn(c);
            }
            return letters >= (runsOn ? 2 : latin && foreign ? FOREIGN_LETTERS : 3);
        }

        private static List<String> split(String line, char separator) {
            List<String> parts = new ArrayList<>();
            int from = 0;
            for (int to = line.indexOf(separator); to >= 0; to = line.indexOf(separator, from)) {
                parts.add(line.substring(from, to));
                from = to + 1;
            }
            parts.add(line.substring(from));
            return parts;
        }
    }

    /**
     * The long list of cities without a zone of their own (cities.tsv: Darmstadt, Caxias do Sul, 広島; about 50,000
     * names), read only where notes name their place and only when the zones' own cities named none there: read
     * when first needed, so notes that name Shanghai or Berlin never pay for it.
     */
    private static final class Listed {

        static final Map<String, String> NAMES = new HashMap<>(1 << 17);
        private static int longestName;

        static {
            String table = Resources.text("cities.tsv");
            for (int from = 0, to; from < table.length(); from = to + 1) {
                to = table.indexOf('\n', from);
                to = to < 0 ? table.length() : to;
                int tab = table.indexOf('\t', from);
                if (to == from || table.charAt(from) == '#' || tab < 0 || tab > to) {
                    continue;
                }
                String key = NameFold.fold(table.substring(from, tab));
                if (!Table.NAMES.containsKey(key)) { // Granada: Grenada in Spanish, but the city first
                    NAMES.put(key, table.substring(tab + 1, to).strip());
                    longestName = Math.max(longestName, key.length());
                }
            }
        }

        static int longest(String text, int start) {
            return ZoneCities.longest(NAMES, longestName, text, start);
        }
    }
}
