package dev.confcal.notes;

import dev.confcal.schedule.Speaker;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A session link's text, {@code 中文标题 | English Title - Speaker, Company & Other, Company; Third}. Titles
 * themselves contain dashes, so only the part after the last {@code " - "}, {@code " – "} or {@code " — "} can be
 * the speakers, and only when it is speaker-shaped: names, at least one with a company after a comma
 * ({@code Observability — Past, Present and Future} stays one title). sched writes its own
 * {@code A, X; & B, Y}; a speaker is never named "&amp; …".
 */
record LinkText(List<String> titles, List<Speaker> speakers) {

    private static final Pattern NAME_SEPARATOR = Pattern.compile("\\s+(?:&|and|und|et|y|和|与)\\s+");
    private static final Pattern LEADING_AND = Pattern.compile("^(?:&|and|und|et|y)\\s+");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern TITLE_SEPARATOR = Pattern.compile(" \\| ");
    private static final Pattern DASH = Pattern.compile(" [-–—] ");
    /** A word of a name: a letter first ({@code Zoë}, {@code O'Neil}, {@code J.}), or CJK. */
    private static final Pattern NAME_WORD = Pattern.compile("[\\p{L}][\\p{L}\\p{M}.'’-]*");
    private static final Pattern NOT_IN_NAMES = Pattern.compile("[:?!()\\[\\]{}|]");

    static LinkText parse(String text) {
        String clean = WHITESPACE.matcher(text.strip()).replaceAll(" ");
        String titlePart = clean;
        List<Speaker> speakers = List.of();
        int dash = lastDash(clean);
        if (dash > 0) {
            List<Speaker> named = speakers(clean.substring(dash + 3));
            if (!named.isEmpty()) {
                titlePart = clean.substring(0, dash).strip();
                speakers = named;
            }
        }
        List<String> titles = Arrays.stream(TITLE_SEPARATOR.split(titlePart))
                .map(String::strip)
                .filter(title -> !title.isEmpty())
                .toList();
        if (titles.isEmpty()) {
            titles = List.of(clean.isEmpty() ? "(untitled)" : clean);
        }
        return new LinkText(titles, speakers);
    }

    private static int lastDash(String text) {
        Matcher m = DASH.matcher(text);
        int last = -1;
        while (m.find()) {
            last = m.start();
        }
        return last;
    }

    boolean tutorial() {
        return titles.stream().map(t -> t.toLowerCase(Locale.ROOT))
                .anyMatch(t -> t.startsWith("tutorial") || t.startsWith("教程"));
    }

    /**
     * Groups split on {@code ;}, names within a group on {@code &} and {@code and}; a name without a company
     * takes the company named after it in its group ({@code Josh Abreu & Richard Hartmann, Grafana Labs}). Empty
     * when the text is not speaker-shaped.
     */
    static List<Speaker> speakers(String text) {
        List<Speaker> all = new ArrayList<>();
        boolean anyCompany = false;
        for (String group : text.split(";")) {
            String[] members = NAME_SEPARATOR.split(LEADING_AND.matcher(group.strip()).replaceFirst(""));
            String[] names = new String[members.length];
            String[] companies = new String[members.length];
            for (int i = 0; i < members.length; i++) {
                String member = LEADING_AND.matcher(members[i].strip()).replaceFirst("");
                int comma = member.indexOf(',');
                names[i] = (comma < 0 ? member : member.substring(0, comma)).strip();
                companies[i] = comma < 0 ? null : member.substring(comma + 1).strip();
            }
            String following = null;
            for (int i = members.length - 1; i >= 0; i--) {
                if (companies[i] == null || companies[i].isEmpty()) {
                    companies[i] = following;
                } else {
                    following = companies[i];
                    anyCompany = true;
                }
            }
            for (int i = 0; i < members.length; i++) {
                if (names[i].isEmpty()) {
                    continue;
                }
                if (!nameShaped(names[i], companies[i] != null)) {
                    return List.of();
                }
                all.add(new Speaker(names[i], companies[i]));
            }
        }
        return anyCompany ? all : List.of();
    }

    /** A person's name: up to six words; a single Latin word only with a company beside it. */
    private static boolean nameShaped(String name, boolean hasCompany) {
        if (name.length() > 60 || NOT_IN_NAMES.matcher(name).find()) {
            return false;
        }
        String[] words = name.split(" ");
        if (words.length > 6 || !Arrays.stream(words).allMatch(word -> NAME_WORD.matcher(word).matches())) {
            return false;
        }
        boolean cjk = name.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL
                || Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA
                || Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA);
        return words.length > 1 || hasCompany || cjk;
    }
}
