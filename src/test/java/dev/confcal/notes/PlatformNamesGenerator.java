package dev.confcal.notes;

import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.impl.ZoneMeta;
import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.Output;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import com.ibm.icu.util.VersionInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.Month;
import java.time.ZoneId;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes the two name tables the notes reader reads, from the platform's data: {@code date-names.tsv} (the JDK's
 * CLDR month and weekday names and date patterns: {@link DateLanguage}) and {@code zone-places.tsv} (ICU's
 * exemplar cities of the time zones and the JDK's and ICU's country names: {@link ZoneCities}), each in every
 * language that is the first language of some country (ICU's likely subtags of {@code und_XX}).
 *
 * <p>Built at run time, the tables would cost seconds at every start (1.7 to 2.6 s for the JDK's names in 213
 * languages, 0.5 s for ICU's likely subtags and 1.1 s for the exemplar cities in 90 languages, cold, on this
 * machine), so they are made here and committed; {@code PlatformNamesTest} checks that they are still what the
 * platform says. Regenerate: {@code mvn -o -q test -Dtest=PlatformNamesTest -Dconfcal.regenerate=true}.
 */
final class PlatformNamesGenerator {

    static final Path DIRECTORY = Path.of("src/main/resources/dev/confcal/notes");
    static final String DATE_NAMES = "date-names.tsv";
    static final String ZONE_PLACES = "zone-places.tsv";
    private static final TextStyle[] FULL = {TextStyle.FULL, TextStyle.FULL_STANDALONE};
    private static final TextStyle[] SHORT = {TextStyle.SHORT, TextStyle.SHORT_STANDALONE};
    /** Zones that keep the same offsets from here on count as one: from 2025 to 2030. */
    private static final Instant RULES_FROM = Instant.parse("2025-01-01T00:00:00Z");
    private static final Instant RULES_TO = Instant.parse("2030-01-01T00:00:00Z");

    private PlatformNamesGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Files.writeString(DIRECTORY.resolve(DATE_NAMES), dateNames(), StandardCharsets.UTF_8);
        Files.writeString(DIRECTORY.resolve(ZONE_PLACES), zonePlaces(), StandardCharsets.UTF_8);
    }

    /** What the tables were made from: a table made on another Java or ICU version may rightly differ. */
    static String source() {
        return "Java " + Runtime.version().feature() + ", ICU " + VersionInfo.ICU_VERSION.getMajor();
    }

    /** The first language of each country, where the JDK has it, in order of their codes. */
    static List<String> languages() {
        Set<String> jdk = Arrays.stream(Locale.getAvailableLocales()).map(Locale::getLanguage)
                .collect(Collectors.toSet());
        Set<String> languages = new TreeSet<>();
        for (String country : Locale.getISOCountries()) {
            String language = ULocale.addLikelySubtags(new ULocale("und_" + country)).getLanguage();
            if (jdk.contains(language)) {
                languages.add(language);
            }
        }
        return List.copyOf(languages);
    }

    /** The JDK's locales of a language (its countries and scripts), the plain language first. */
    private static List<Locale> locales(String language) {
        return Arrays.stream(Locale.getAvailableLocales()).filter(l -> l.getLanguage().equals(language))
                .sorted(Comparator.comparing(Locale::toLanguageTag, Comparator
                        .comparing((String tag) -> !tag.equals(language)).thenComparing(Function.identity())))
                .toList();
    }

    static String dateNames() {
        StringBuilder out = new StringBuilder();
        out.append("# The month and weekday names and the date patterns of the first language of each country, as the\n")
                .append("# JDK's CLDR data writes them (made by PlatformNamesGenerator from ").append(source())
                .append("; do not edit).\n")
                .append("# language <tab> code <tab> orders of day, month and year <tab> words between a date's parts")
                .append(" <tab> text written onto a month's name (before|after) <tab> the language's likely country\n")
                .append("# month|day <tab> code <tab> number <tab> full names <tab> abbreviations;")
                .append(" names are separated by |, - is none\n");
        for (String language : languages()) {
            List<Locale> locales = locales(language);
            Set<String> orders = new TreeSet<>();
            Set<String> words = new TreeSet<>();
            Set<String> before = new TreeSet<>();
            Set<String> after = new TreeSet<>();
            for (Locale locale : locales) {
                for (FormatStyle style : new FormatStyle[] {FormatStyle.FULL, FormatStyle.LONG, FormatStyle.MEDIUM}) {
                    String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(style, null,
                            IsoChronology.INSTANCE, locale);
                    readPattern(pattern, orders, words, before, after);
                }
            }
            out.append("language\t").append(language).append('\t').append(join(orders)).append('\t')
                    .append(join(words)).append('\t').append(join(before)).append('\t').append(join(after))
                    .append('\t').append(ULocale.addLikelySubtags(new ULocale(language)).getCountry()).append('\n');
            for (Month month : Month.values()) {
                out.append("month\t").append(language).append('\t').append(month.getValue());
                names(out, locales, locale -> style -> month.getDisplayName(style, locale));
            }
            for (DayOfWeek day : DayOfWeek.values()) {
                out.append("day\t").append(language).append('\t').append(day.getValue());
                names(out, locales, locale -> style -> day.getDisplayName(style, locale));
            }
        }
        return out.toString();
    }

    private static void names(StringBuilder out, List<Locale> locales,
            Function<Locale, Function<TextStyle, String>> name) {
        Set<String> full = new LinkedHashSet<>();
        Set<String> abbreviations = new LinkedHashSet<>();
        for (Locale locale : locales) {
            for (TextStyle style : FULL) {
                full.add(clean(name.apply(locale).apply(style)));
            }
        }
        for (Locale locale : locales) {
            for (TextStyle style : SHORT) {
                String abbreviation = clean(name.apply(locale).apply(style));
                if (!full.contains(abbreviation)) {
                    abbreviations.add(abbreviation);
                }
            }
        }
        out.append('\t').append(join(full)).append('\t').append(join(abbreviations)).append('\n');
    }

    private static String clean(String name) {
        return name.replace('\t', ' ').replace('|', ' ').strip();
    }

    /**
     * Reads a CLDR date pattern ({@code EEEE, d 'de' MMMM 'de' y}, {@code y. 'gada' d. MMMM}, {@code d בMMMM y}):
     * the order of its day, month's name and year, the words between its fields, and text written onto the month.
     */
    static void readPattern(String pattern, Set<String> orders, Set<String> words, Set<String> before,
            Set<String> after) {
        List<String> parts = new ArrayList<>(); // fields as one letter, literals as text starting with '
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                int end = pattern.indexOf('\'', i + 1);
                if (end == i + 1) {
                    literal.append('\'');
                } else {
                    literal.append(pattern, i + 1, end < 0 ? pattern.length() : end);
                }
                i = end < 0 ? pattern.length() : end;
            } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                if (literal.length() > 0) {
                    parts.add("'" + literal);
                    literal.setLength(0);
                }
                while (i + 1 < pattern.length() && pattern.charAt(i + 1) == c) {
                    i++;
                }
                parts.add(String.valueOf(c == 'L' ? 'M' : c == 'c' ? 'E' : c));
            } else {
                literal.append(c);
            }
        }
        if (literal.length() > 0) {
            parts.add("'" + literal);
        }
        StringBuilder order = new StringBuilder();
        for (String part : parts) {
            if (part.equals("d") || part.equals("M") || part.equals("y")) {
                order.append(part.equals("d") ? 'D' : part.equals("M") ? 'M' : 'Y');
            }
        }
        if (order.length() == 3 && pattern.contains("MMM")) { // a numeric pattern's order is not a name's
            orders.add(order.toString());
        }
        for (int i = 1; i + 1 < parts.size(); i++) {
            String part = parts.get(i);
            if (!part.startsWith("'") || parts.get(i - 1).startsWith("'") || parts.get(i + 1).startsWith("'")) {
                continue;
            }
            String text = part.substring(1);
            for (String word : text.split("[\\s,.،、-]+")) {
                if (word.codePoints().anyMatch(Character::isLetter)) {
                    words.add(word);
                }
            }
            if (parts.get(i + 1).equals("M") && !text.isEmpty() && !Character.isWhitespace(text.charAt(text.length() - 1))
                    && Character.isLetter(text.codePointBefore(text.length()))) {
                before.add(text.substring(text.lastIndexOf(' ') + 1));
            }
            if (parts.get(i - 1).equals("M") && !text.isEmpty() && Character.isLetter(text.codePointAt(0))) {
                after.add(text.split("[\\s,.]")[0]);
            }
        }
    }

    private static String join(Set<String> names) {
        return names.isEmpty() ? "-" : String.join("|", names);
    }

    static String zonePlaces() {
        List<String> languages = languages();
        List<TimeZoneNames> zoneNames = languages.stream().map(l -> TimeZoneNames.getInstance(new ULocale(l)))
                .toList();
        StringBuilder out = new StringBuilder();
        out.append("# The cities of the time zones (ICU's exemplar cities) and the countries (the JDK's and ICU's names),")
                .append(" in the first\n# language of each country (made by PlatformNamesGenerator from ")
                .append(source()).append("; do not edit). Own names: the zone id's, English and the country's")
                .append(" first language's.\n")
                .append("# zone <tab> IANA id <tab> country <tab> own names <tab> other names\n")
                .append("# country <tab> code <tab> its zone, or - <tab> own names <tab> other names\n");
        Set<String> canonical = new TreeSet<>(TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.CANONICAL_LOCATION,
                null, null));
        for (String id : canonical) {
            String iana = iana(id);
            if (iana == null) {
                continue;
            }
            String region = TimeZone.getRegion(id);
            List<String> own = ownLanguages(region);
            Set<String> ownNames = new LinkedHashSet<>();
            Set<String> otherNames = new LinkedHashSet<>();
            ownNames.add(iana.substring(iana.lastIndexOf('/') + 1).replace('_', ' '));
            for (int i = 0; i < languages.size(); i++) {
                String name = zoneNames.get(i).getExemplarLocationName(id);
                if (name != null) {
                    (own.contains(languages.get(i)) ? ownNames : otherNames).add(clean(name));
                }
            }
            otherNames.removeAll(ownNames);
            out.append("zone\t").append(iana).append('\t').append(region).append('\t').append(join(ownNames))
                    .append('\t').append(join(otherNames)).append('\n');
        }
        TimeZoneNames root = TimeZoneNames.getInstance(ULocale.ROOT);
        for (String country : Locale.getISOCountries()) {
            Set<String> zones = new TreeSet<>(TimeZone.getAvailableIDs(
                    TimeZone.SystemTimeZoneType.CANONICAL_LOCATION, country, null));
            String zone = oneZone(country, zones, root);
            List<String> own = ownLanguages(country);
            Set<String> ownNames = new LinkedHashSet<>();
            Set<String> otherNames = new LinkedHashSet<>();
            Locale region = new Locale("", country);
            for (String language : languages) {
                Set<String> names = own.contains(language) ? ownNames : otherNames;
                names.add(clean(region.getDisplayCountry(Locale.forLanguageTag(language))));
                for (DisplayContext length : new DisplayContext[] {DisplayContext.LENGTH_FULL,
                        DisplayContext.LENGTH_SHORT}) {
                    names.add(clean(LocaleDisplayNames.getInstance(new ULocale(language), length)
                            .regionDisplayName(country)));
                }
            }
            ownNames.remove(country);
            otherNames.remove(country);
            otherNames.removeAll(ownNames);
            out.append("country\t").append(country).append('\t').append(zone == null ? "-" : zone).append('\t')
                    .append(join(ownNames)).append('\t').append(join(otherNames)).append('\n');
        }
        return out.toString();
    }

    /** English, and the first language of the country (ICU's likely subtags). */
    private static List<String> ownLanguages(String country) {
        return List.of("en", ULocale.addLikelySubtags(new ULocale("und_" + country)).getLanguage());
    }

    /** A zone id as the IANA database and the JDK write it ({@code Asia/Kolkata}, not ICU's {@code Asia/Calcutta}). */
    private static String iana(String icuId) {
        String iana = TimeZone.getIanaID(icuId);
        try {
            return ZoneId.of(iana).getId();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * The zone of a country: the one CLDR calls its primary zone (Europe/Madrid for Spain, Asia/Shanghai for
     * China: where nearly everything happens), else, when all its zones keep the same offsets, its zone for that
     * metazone (CLDR's "golden zone": Europe/Berlin, not Europe/Busingen), else its first; else none (the United
     * States, Australia, Brazil).
     */
    private static String oneZone(String country, Set<String> zones, TimeZoneNames root) {
        for (String zone : zones) {
            Output<Boolean> primary = new Output<>(false);
            ZoneMeta.getCanonicalCountry(zone, primary);
            if (primary.value && zones.size() > 1 && iana(zone) != null) {
                return iana(zone);
            }
        }
        List<String> ids = zones.stream().map(PlatformNamesGenerator::iana).filter(id -> id != null).toList();
        if (ids.isEmpty() || ids.stream().map(id -> offsets(ZoneId.of(id).getRules())).distinct().count() != 1) {
            return null;
        }
        String metazone = root.getMetaZoneID(zones.iterator().next(), Date.from(RULES_FROM).getTime());
        String reference = metazone == null ? null : root.getReferenceZoneID(metazone, country);
        String golden = reference == null ? null : iana(reference);
        return golden != null && ids.contains(golden) ? golden : ids.get(0);
    }

    /** The offsets a zone keeps from {@link #RULES_FROM} to {@link #RULES_TO}: its offset then and its changes. */
    private static List<String> offsets(ZoneRules rules) {
        List<String> offsets = new ArrayList<>();
        offsets.add(rules.getOffset(RULES_FROM).getId());
        ZoneOffsetTransition next = rules.nextTransition(RULES_FROM);
        while (next != null && next.getInstant().isBefore(RULES_TO)) {
            offsets.add(next.getInstant() + ">" + next.getOffsetAfter().getId());
            next = rules.nextTransition(next.getInstant());
        }
        return offsets;
    }
}
