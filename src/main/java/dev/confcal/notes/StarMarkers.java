package dev.confcal.notes;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The markers that star a session when they stand on its line or in its title: ⭐ 🌟 ★ 🔥 ❤️, {@code (must see)}
 * and {@code Must see:} by default (a hollow ☆ is not a star). Front matter {@code star-markers:} replaces them.
 * Letters match in any case.
 */
final class StarMarkers {

    static final List<String> DEFAULT = List.of("⭐", "🌟", "★", "🔥", "❤️", "❤", "(must see)", "must see:",
            // shortcodes, priorities and tags people use for "must see", in several languages
            ":star:", ":star2:", ":fire:", "(!)", "(!!)", "(!!!)", "!!!", "❗", "‼", "◎", "💯", "[#a]", "[p1]", "(p1)",
            "(must)", "[must]", "#must", "#mustsee", "#must-see", "#must_see", "#pflicht", "#muss", "#imperdible",
            "#incontournable", "#imperdibile", "#obowiązkowo", "#обязательно", "#必看", "必看", "必听", "必聽", "見逃せない",
            "필수", "#essential");
    static final StarMarkers DEFAULTS = new StarMarkers(DEFAULT);

    private final Pattern pattern;
    private final List<String> lowerCase;
    /** Marks that are taken out of titles without starring: a legend's other marks (👉 = will attend). */
    private final Pattern others;

    StarMarkers(List<String> markers) {
        this(markers, List.of());
    }

    StarMarkers(List<String> markers, List<String> otherMarks) {
        List<String> plain = otherMarks.stream().filter(mark -> !mark.isBlank()).map(String::strip).toList();
        this.others = plain.isEmpty() ? null : Pattern.compile("(?:" + plain.stream()
                .sorted(Comparator.comparingInt(String::length).reversed()).map(StarMarkers::bounded)
                .collect(Collectors.joining("|")) + ")\uFE0F?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        this.lowerCase = markers.stream().filter(marker -> !marker.isBlank())
                .map(marker -> marker.strip().toLowerCase(Locale.ROOT)).toList();
        String alternatives = markers.stream()
                .filter(marker -> !marker.isBlank())
                .map(String::strip)
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(StarMarkers::bounded)
                .collect(Collectors.joining("|"));
        // an emoji's variation selector goes with it
        this.pattern = alternatives.isEmpty() ? null
                : Pattern.compile("(?:" + alternatives + ")\uFE0F?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** A marker that begins or ends with a Latin letter is a word of its own: {@code MUST} is not in "Mustache". */
    private static String bounded(String marker) {
        return (Character.isLetterOrDigit(marker.charAt(0)) && marker.charAt(0) < 0x250 ? "(?<![\\p{L}\\p{N}])" : "")
                + Pattern.quote(marker)
                + (Character.isLetterOrDigit(marker.charAt(marker.length() - 1))
                && marker.charAt(marker.length() - 1) < 0x250 ? "(?![\\p{L}\\p{N}])" : "");
    }

    /** Whether the text holds a marker. */
    boolean in(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String marker : lowerCase) {
            if (lower.contains(marker)) {
                return pattern.matcher(text).find();
            }
        }
        return false;
    }

    /** The text without its markers (and without the space a removed marker leaves doubled). */
    String strip(String text) {
        if (others != null) {
            Matcher other = others.matcher(text);
            if (other.find()) {
                text = other.replaceAll(" ").replaceAll("[ \\t]{2,}", " ").strip();
            }
        }
        if (pattern == null || !in(text)) {
            return text;
        }
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            return text;
        }
        return m.replaceAll(" ").replaceAll("[ \\t]{2,}", " ").strip();
    }

    /** How many characters of a marker start the text, or 0. */
    int leading(String text) {
        return leading(text, 0);
    }

    /** How many characters of a marker stand at an index of the text, or 0. */
    int leading(String text, int at) {
        if (pattern == null) {
            return 0;
        }
        Matcher m = pattern.matcher(text).region(at, text.length());
        return m.lookingAt() ? m.end() - at : 0;
    }

}
