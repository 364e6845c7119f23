package dev.confcal.publish;

import java.util.Optional;

/**
 * Whether a notes text looks like a save that is still being written (or was cut short, by a full disk): an
 * editor or a sync tool that writes in place leaves for a moment a file that ends mid-line, mid-link or
 * mid-heading. Many files end without a line break, so a last line without one counts as cut only when it is the
 * beginning of a longer line of the notes served now, which is what a truncated save of an edit looks like.
 */
final class NotesShape {

    private NotesShape() {
    }

    /**
     * Why the text looks unfinished, or empty when it looks like a whole file.
     *
     * @param served the text of the notes served now, or null when it is not known
     */
    static Optional<String> unfinished(String text, String served) {
        if (text.isBlank()) {
            return Optional.of("they are empty");
        }
        if (!text.endsWith("\n") && !text.endsWith("\r") && served != null) {
            String last = text.substring(Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r')) + 1);
            if (served.lines().anyMatch(line -> line.length() > last.length() && line.startsWith(last))) {
                return Optional.of("they end mid-line");
            }
        }
        String last = lastParagraph(text);
        int brackets = 0;
        int parens = 0;
        for (int i = 0; i < last.length(); i++) {
            char c = last.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                brackets++;
            } else if (c == ']') {
                brackets = Math.max(0, brackets - 1);
                if (i + 1 < last.length() && last.charAt(i + 1) == '(') {
                    parens++;
                    i++;
                }
            } else if (c == ')' && parens > 0) {
                parens--;
            }
        }
        return brackets > 0 || parens > 0 ? Optional.of("they end inside a link") : Optional.empty();
    }

    /** The text after the last blank line: where a link cut short would be. */
    private static String lastParagraph(String text) {
        String trimmed = text.stripTrailing();
        int lf = Math.max(trimmed.lastIndexOf("\n\n"), trimmed.lastIndexOf("\n\r\n"));
        return lf < 0 ? trimmed : trimmed.substring(lf + 1);
    }
}
