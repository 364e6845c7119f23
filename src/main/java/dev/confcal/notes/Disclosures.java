package dev.confcal.notes;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTML disclosure widgets and callouts (Notion's and GitHub's {@code <details><summary>10:30 · Title</summary>…</details>}) read
 * as what they show: the summary as a line of its own, the body as the notes under it. Without this, Markdown keeps
 * the whole widget as raw HTML and every session in it is lost. Each line keeps its length, so offsets and line
 * numbers stay where they were.
 */
final class Disclosures {

    /** {@code <details>}, and Notion's {@code <aside>} callouts, on lines of their own. */
    private static final Pattern DETAILS = Pattern.compile("(?im)^[ \\t]*</?(?:details|aside)(?:\\s[^>\\n]*)?>[ \\t]*$");
    private static final Pattern SUMMARY = Pattern.compile("(?im)^([ \\t]*)<summary(?:\\s[^>\\n]*)?>(.*?)</summary>[ \\t]*$");

    private Disclosures() {
    }

    static String plain(String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        if (!lower.contains("<details") && !lower.contains("<aside")) {
            return text;
        }
        String open = DETAILS.matcher(text).replaceAll(r -> " ".repeat(r.group().length()));
        Matcher summary = SUMMARY.matcher(open);
        return summary.replaceAll(r -> Matcher.quoteReplacement(r.group(2).strip()
                + " ".repeat(r.group().length() - r.group(2).strip().length())));
    }
}
