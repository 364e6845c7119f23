package dev.confcal.cli;

import dev.confcal.schedule.Problem.Severity;
import java.util.Locale;
import picocli.CommandLine.Help.Ansi.Style;

/**
 * Colour for a terminal, with picocli's ANSI styles, or plain text when {@code on} is false (a pipe, a file,
 * {@code NO_COLOR}). Only confcal's own words are coloured: text from the notes never passes through picocli's
 * {@code @|…|@} markup, so a title cannot style the terminal.
 */
record Paint(boolean on) {

    String bold(String text) {
        return style(text, Style.bold);
    }

    String dim(String text) {
        return style(text, Style.faint);
    }

    String yellow(String text) {
        return style(text, Style.fg_yellow);
    }

    /** A located problem line with its severity word coloured: errors red, warnings yellow, notices cyan. */
    String severity(String line, Severity severity) {
        if (!on) {
            return line;
        }
        String word = ": " + severity.name().toLowerCase(Locale.ROOT) + ": ";
        int at = line.indexOf(word);
        if (at < 0) {
            return line;
        }
        Style colour = switch (severity) {
            case ERROR -> Style.fg_red;
            case WARNING -> Style.fg_yellow;
            case NOTICE -> Style.fg_cyan;
        };
        return line.substring(0, at + 2) + style(word.substring(2, word.length() - 2), Style.bold, colour)
                + line.substring(at + word.length() - 2);
    }

    private String style(String text, Style... styles) {
        if (!on) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        for (Style style : styles) {
            out.append(style.on());
        }
        return out.append(text).append(Style.reset.on()).toString();
    }
}
