package dev.confcal.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Help.ColorScheme;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * The {@code --help} text, wrapped at the terminal's width at spaces only. picocli's own wrapping breaks words
 * after a dot ({@code sessions/<id>.↵ics}), so the sections with prose — description, arguments and options,
 * commands, exit codes and examples — are drawn here; picocli still draws the synopsis and the headings.
 *
 * <p>Examples are the command's footer: a line starting with {@code confcal } is a command, shown as it is;
 * any other line says what the command after it does.
 */
final class HelpLayout {

    /** Help text wider than this is hard to read, whatever the terminal. */
    static final int MAX_WIDTH = 100;
    /** picocli refuses a narrower usage width. */
    private static final int PICOCLI_MIN_WIDTH = 55;
    /** A description column narrower than this is hard to read: descriptions then go under their names. */
    private static final int MIN_TEXT = 36;
    /** Where descriptions start when they go under their names. */
    private static final int UNDER = 6;
    /** The names column never takes more than this; longer names put their description on the next line. */
    private static final int MAX_NAMES = 30;
    private static final int GAP = 2;

    private HelpLayout() {
    }

    /** Applies the layout to a command and all its subcommands. */
    static void install(CommandLine commandLine, Terminal terminal) {
        int width = Math.min(MAX_WIDTH, terminal.width());
        ColorScheme colours = Help.defaultColorScheme(terminal.colour() ? Help.Ansi.ON : Help.Ansi.OFF);
        install(commandLine, width, colours);
    }

    private static void install(CommandLine commandLine, int width, ColorScheme colours) {
        commandLine.setColorScheme(colours);
        commandLine.setUsageHelpWidth(Math.max(PICOCLI_MIN_WIDTH, width)); // the synopsis, which is short
        commandLine.setUsageHelpLongOptionsMaxWidth(MAX_NAMES);
        List<String> keys = new ArrayList<>(commandLine.getHelpSectionKeys());
        keys.remove(UsageMessageSpec.SECTION_KEY_HEADER_HEADING); // the header is the command list's one line
        keys.remove(UsageMessageSpec.SECTION_KEY_HEADER);
        commandLine.setHelpSectionKeys(keys);
        Map<String, CommandLine.IHelpSectionRenderer> sections = commandLine.getHelpSectionMap();
        sections.put(UsageMessageSpec.SECTION_KEY_DESCRIPTION, help -> paragraphs(
                help.commandSpec().usageMessage().description(), width, ""));
        sections.put(UsageMessageSpec.SECTION_KEY_PARAMETER_LIST, help -> table(help, rows(help, true), width));
        sections.put(UsageMessageSpec.SECTION_KEY_OPTION_LIST, help -> table(help, rows(help, false), width));
        sections.put(UsageMessageSpec.SECTION_KEY_COMMAND_LIST, help -> commands(help, width));
        sections.put(UsageMessageSpec.SECTION_KEY_EXIT_CODE_LIST, help -> exitCodes(help, width));
        sections.put(UsageMessageSpec.SECTION_KEY_FOOTER, help -> examples(help.commandSpec().usageMessage().footer(),
                width));
        commandLine.setHelpSectionMap(sections);
        for (CommandLine sub : commandLine.getSubcommands().values()) {
            install(sub, width, colours);
        }
    }

    /** One row of a two-column table: what to type (plain, and as drawn) and what it does. */
    private record Row(String plain, String drawn, String text) {
    }

    private static List<Row> rows(Help help, boolean positionals) {
        ColorScheme colours = help.colorScheme();
        List<Row> rows = new ArrayList<>();
        if (positionals) {
            for (ArgSpec parameter : help.commandSpec().positionalParameters()) {
                if (!parameter.hidden()) {
                    String label = parameter.paramLabel();
                    rows.add(new Row(label, colours.parameterText(label).toString(), description(parameter)));
                }
            }
            return rows;
        }
        List<OptionSpec> options = new ArrayList<>(help.commandSpec().options());
        // the command's own options first, in the order they are declared; --help and --version last
        options.sort(Comparator.comparing(o -> o.usageHelp() || o.versionHelp()));
        for (OptionSpec option : options) {
            if (option.hidden()) {
                continue;
            }
            List<String> names = new ArrayList<>(List.of(option.names()));
            names.sort(Comparator.comparing(String::length));
            StringBuilder plain = new StringBuilder(String.join(", ", names));
            StringBuilder drawn = new StringBuilder();
            for (int i = 0; i < names.size(); i++) {
                drawn.append(i == 0 ? "" : ", ").append(colours.optionText(names.get(i)));
            }
            if (option.arity().max() > 0) {
                String label = option.paramLabel();
                boolean optional = option.arity().min() == 0;
                plain.append(optional ? "[=" + label + "]" : " " + label);
                drawn.append(optional ? "[=" : " ").append(colours.parameterText(label)).append(optional ? "]" : "");
            }
            rows.add(new Row(plain.toString(), drawn.toString(), description(option)));
        }
        return rows;
    }

    private static String description(ArgSpec arg) {
        return String.join(" ", arg.description());
    }

    /**
     * Names in a column as wide as the longest of them (at most {@link #MAX_NAMES}), descriptions wrapped beside
     * them; the same column width for the arguments and the options, so both tables line up.
     */
    private static String table(Help help, List<Row> rows, int width) {
        if (rows.isEmpty()) {
            return "";
        }
        int names = 0;
        for (boolean positionals : new boolean[] {true, false}) {
            for (Row row : rows(help, positionals)) {
                int w = TextColumns.width(row.plain());
                if (w <= MAX_NAMES) {
                    names = Math.max(names, w);
                }
            }
        }
        int indent = 2 + names + GAP;
        boolean under = width - indent < MIN_TEXT;
        StringBuilder out = new StringBuilder();
        for (Row row : rows) {
            int at = under ? UNDER : indent;
            List<String> lines = TextColumns.wrap(row.text(), width - at);
            int used = 2 + TextColumns.width(row.plain());
            out.append("  ").append(row.drawn());
            if (under || used + GAP > indent) {
                out.append('\n').append(" ".repeat(at));
            } else {
                out.append(" ".repeat(indent - used));
            }
            out.append(String.join("\n" + " ".repeat(at), lines)).append('\n');
        }
        return out.toString();
    }

    private static String commands(Help help, int width) {
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, Help> entry : help.subcommands().entrySet()) {
            UsageMessageSpec usage = entry.getValue().commandSpec().usageMessage();
            String summary = usage.header().length > 0 ? usage.header()[0] : usage.description()[0];
            rows.add(new Row(entry.getKey(), help.colorScheme().commandText(entry.getKey()).toString(), summary));
        }
        int names = rows.stream().mapToInt(r -> TextColumns.width(r.plain())).max().orElse(0);
        StringBuilder out = new StringBuilder();
        for (Row row : rows) {
            int indent = 2 + names + GAP;
            out.append("  ").append(row.drawn()).append(" ".repeat(indent - 2 - TextColumns.width(row.plain())))
                    .append(String.join("\n" + " ".repeat(indent), TextColumns.wrap(row.text(), width - indent)))
                    .append('\n');
        }
        return out.toString();
    }

    private static String exitCodes(Help help, int width) {
        Map<String, String> codes = help.commandSpec().usageMessage().exitCodeList();
        if (codes.isEmpty()) {
            return "";
        }
        int names = codes.keySet().stream().mapToInt(String::length).max().orElse(0);
        int indent = 2 + names + GAP;
        StringBuilder out = new StringBuilder();
        codes.forEach((code, meaning) -> out.append("  ").append(TextColumns.pad(code, names + GAP))
                .append(String.join("\n" + " ".repeat(indent), TextColumns.wrap(meaning, width - indent)))
                .append('\n'));
        return out.toString();
    }

    private static String examples(String[] lines, int width) {
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            if (line.startsWith("confcal ")) {
                out.append(command(line, width));
            } else if (line.isEmpty()) {
                out.append('\n');
            } else {
                out.append(paragraphs(new String[] {line}, width, "  "));
            }
        }
        return out.toString();
    }

    /**
     * A command as it is typed, indented; one too long for the width is continued on the next lines with the
     * shell's {@code \\}, broken at spaces, so it can still be copied and run.
     */
    static String command(String command, int width) {
        String indent = "    ";
        List<String> lines = TextColumns.wrap(command, width - indent.length() - 4); // "  " and " \\"
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            out.append(i == 0 ? indent : indent + "  ").append(lines.get(i))
                    .append(i < lines.size() - 1 ? " \\\n" : "\n");
        }
        return out.toString();
    }

    private static String paragraphs(String[] paragraphs, int width, String indent) {
        StringBuilder out = new StringBuilder();
        for (String paragraph : paragraphs) {
            for (String line : TextColumns.wrap(paragraph, width - indent.length())) {
                out.append(indent).append(line).append('\n');
            }
        }
        return out.toString();
    }
}
