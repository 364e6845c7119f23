package dev.confcal.notes;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A zone the notes state in words about their times: {@code All times are Las Vegas time (PT)},
 * {@code all times are London local (BST)}, {@code Times below are local Pacific}, {@code Alt er norsk tid},
 * {@code All times AEDT}. A line states one only when it speaks of time ({@code times}, {@code hora},
 * {@code heure}, {@code Zeit}, {@code tid}…) and names exactly one zone; an abbreviation of several zones
 * ({@code IST}, {@code CST}) is read only where a place the notes name agrees with one of them.
 */
final class ZoneInProse {

    /** What a line states: the zone's abbreviation or name as written, the zones it may be, and the line. */
    record Stated(String text, List<ZoneId> zones, int line) {
        boolean ambiguous() {
            return zones.size() > 1;
        }
    }

    private static final Pattern TIME_WORD = Pattern.compile("(?iu)(?<![\\p{L}])(?:times?|hours|horas?|horarios?"
            + "|horário|heures?|zeit(?:en)?|uhrzeit(?:en)?|ortszeit|tid(?:ene|er)?|ora(?:ri|rio)?|orari|tijden|tijd"
            + "|godziny|czas|время|saat|klockan|fuso|timezone|time zone|时间|時間|시간)(?![\\p{L}])");
    private static final Pattern ABBREVIATION = Pattern.compile("(?<![\\p{L}\\d])([A-Z]{2,5})(?![\\p{L}\\d])");
    private static final Pattern AFTER_TIME = Pattern.compile("(?i)\\d(?:\\s*[ap]\\.?m\\.?)?\\s*\\(?$");
    /** US zones by name, and a country's time in its language ({@code norsk tid}). */
    private static final Map<Pattern, String> NAMES = Map.of(
            Pattern.compile("(?iu)(?<![\\p{L}])(?:pacific|pacífico|pacifique|pazifik)(?![\\p{L}])"),
            "America/Los_Angeles",
            Pattern.compile("(?iu)(?<![\\p{L}])eastern(?![\\p{L}])"), "America/New_York",
            Pattern.compile("(?iu)(?<![\\p{L}])mountain(?![\\p{L}])"), "America/Denver",
            Pattern.compile("(?iu)(?<![\\p{L}])norsk tid(?![\\p{L}])"), "Europe/Oslo",
            Pattern.compile("(?iu)(?<![\\p{L}])svensk tid(?![\\p{L}])"), "Europe/Stockholm",
            Pattern.compile("(?iu)(?<![\\p{L}])dansk tid(?![\\p{L}])"), "Europe/Copenhagen");

    private ZoneInProse() {
    }

    /** The first line of the text that states a zone for its times. */
    static Optional<Stated> find(CharSequence text) {
        String[] lines = text.toString().split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            Optional<Stated> stated = inLine(lines[i], i + 1);
            if (stated.isPresent()) {
                return stated;
            }
        }
        return Optional.empty();
    }

    static Optional<Stated> inLine(String line, int number) {
        if (line.length() > 400 || !TIME_WORD.matcher(line).find()) {
            return Optional.empty();
        }
        Stated found = null;
        Matcher abbreviation = ABBREVIATION.matcher(line);
        while (abbreviation.find()) {
            if (AFTER_TIME.matcher(line.substring(0, abbreviation.start())).find()) {
                continue; // "ping me at 9am BRT": one time in another zone, not the notes' zone
            }
            Optional<ZoneSuffix.Matched> suffix = ZoneSuffix.leading(abbreviation.group(1));
            if (suffix.isEmpty() || suffix.get().suffix().offset() || suffix.get().suffix().zones().isEmpty()) {
                continue;
            }
            Stated stated = new Stated(abbreviation.group(1), suffix.get().suffix().zones(), number);
            if (found != null && !found.zones().equals(stated.zones())) {
                return Optional.empty(); // "Paris CET / Seattle PDT": two zones, none for the whole notes
            }
            found = stated;
        }
        for (Map.Entry<Pattern, String> name : NAMES.entrySet()) {
            Matcher m = name.getKey().matcher(line);
            if (m.find()) {
                Stated stated = new Stated(m.group(), List.of(ZoneId.of(name.getValue())), number);
                if (found != null && !found.zones().equals(stated.zones())) {
                    return Optional.empty();
                }
                found = found == null ? stated : found;
            }
        }
        return Optional.ofNullable(found);
    }
}
