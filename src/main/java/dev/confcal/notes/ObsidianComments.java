package dev.confcal.notes;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Obsidian's comments, {@code %% private %%} (inline or over several lines), are blanked before the Markdown
 * parser sees the notes: what a person hides from their own rendered notes is never published. Blanked, not cut,
 * so every line keeps its number and every offset its place. A {@code %%} that never closes hides the rest of the
 * notes, as it does in Obsidian, and is reported.
 */
final class ObsidianComments {

    private static final Pattern COMMENT = Pattern.compile("%%[\\s\\S]*?(?:%%|\\z)");

    /** Where an unclosed comment opens, and how many session links it hides. */
    record Unclosed(int offset, long links) {
    }

    private ObsidianComments() {
    }

    /**
     * @return the text with every comment's characters, its markers included, turned into spaces (line breaks
     *         kept); the same instance when it has none
     */
    static String blank(String text, java.util.function.Consumer<Unclosed> unclosed) {
        if (text.indexOf("%%") < 0) {
            return text;
        }
        char[] chars = text.toCharArray();
        Matcher m = COMMENT.matcher(text);
        while (m.find()) {
            if (m.end() - m.start() < 4 || !m.group().endsWith("%%")) {
                unclosed.accept(new Unclosed(m.start(), SessionLinkFinder.sessionUrls(m.group()).count()));
            }
            for (int i = m.start(); i < m.end(); i++) {
                if (chars[i] != '\n' && chars[i] != '\r') {
                    chars[i] = ' ';
                }
            }
        }
        return new String(chars);
    }
}
