package dev.confcal.notes;

import dev.confcal.schedule.Speaker;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A session link's text, {@code 中文标题 | English Title - Speaker, Company & Other, Company; Third}.
 * Titles themselves contain {@code " - "}, so only the part after the last {@code " - "} can be the
 * speakers, and only when it names a company (has a comma).
 */
record LinkText(List<String> titles, List<Speaker> speakers) {

    private static final Pattern NAME_SEPARATOR = Pattern.compile("\\s+(?:&|and)\\s+");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern TITLE_SEPARATOR = Pattern.compile(" \\| ");

    static LinkText parse(String text) {
        String clean = WHITESPACE.matcher(text.strip()).replaceAll(" ");
        String titlePart = clean;
        List<Speaker> speakers = List.of();
        int dash = clean.lastIndexOf(" - ");
        if (dash > 0 && clean.indexOf(',', dash) > 0) {
            titlePart = clean.substring(0, dash).strip();
            speakers = speakers(clean.substring(dash + 3));
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

    boolean tutorial() {
        return titles.stream().map(t -> t.toLowerCase(Locale.ROOT))
                .anyMatch(t -> t.startsWith("tutorial") || t.startsWith("教程"));
    }

    /**
     * Groups split on {@code ;}, names within a group on {@code &} and {@code and}; a name without a company
     * takes the company named after it in its group ({@code Josh Abreu & Richard Hartmann, Grafana Labs}).
     */
    static List<Speaker> speakers(String text) {
        List<Speaker> all = new ArrayList<>();
        for (String group : text.split(";")) {
            String[] members = NAME_SEPARATOR.split(group.strip());
            String[] names = new String[members.length];
            String[] companies = new String[members.length];
            for (int i = 0; i < members.length; i++) {
                int comma = members[i].indexOf(',');
                names[i] = (comma < 0 ? members[i] : members[i].substring(0, comma)).strip();
                companies[i] = comma < 0 ? null : members[i].substring(comma + 1).strip();
            }
            String following = null;
            for (int i = members.length - 1; i >= 0; i--) {
                if (companies[i] == null || companies[i].isEmpty()) {
                    companies[i] = following;
                } else {
                    following = companies[i];
                }
            }
            for (int i = 0; i < members.length; i++) {
                if (!names[i].isEmpty()) {
                    all.add(new Speaker(names[i], companies[i]));
                }
            }
        }
        return all;
    }
}
