package dev.confcal.cli;

import dev.confcal.schedule.EditDistance;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A command line confcal cannot run, said in one line that names only what is wrong and where the help is —
 * never the whole usage, which buries the one line that matters:
 * {@code confcal: unknown option --prot; did you mean --port? (see confcal serve --help)}.
 */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine commandLine = e.getCommandLine();
        PrintWriter err = commandLine.getErr();
        String message = message(e) + fromEnvironment(e, args);
        err.println("confcal: " + message + (message.endsWith("?") ? " " : ". ") + "Try "
                + commandLine.getCommandSpec().qualifiedName() + " --help.");
        err.flush();
        return ExitCodes.UNUSABLE;
    }

    static String message(ParameterException e) {
        if (e instanceof UnmatchedArgumentException unmatched) {
            return unmatched(unmatched);
        }
        if (e instanceof CommandLine.MissingParameterException missing && missing.getMissing().size() == 1) {
            ArgSpec arg = missing.getMissing().get(0);
            return name(arg) + " needs a value: " + name(arg) + " " + arg.paramLabel();
        }
        if (e.getCause() instanceof TypeConversionException conversion && e.getArgSpec() != null) {
            return name(e.getArgSpec()) + " " + e.getValue() + " " + conversion.getMessage();
        }
        return e.getMessage();
    }

    /** {@code (from $PORT)}, when a bad value was not typed but came from an environment variable. */
    private static String fromEnvironment(ParameterException e, String[] args) {
        if (!(e.getArgSpec() instanceof OptionSpec option) || e.getValue() == null) {
            return "";
        }
        for (String arg : args) {
            for (String name : option.names()) {
                if (arg.equals(name) || arg.startsWith(name + "=")) {
                    return "";
                }
            }
        }
        String declared = option.userObject() instanceof java.lang.reflect.Field field
                && field.getAnnotation(CommandLine.Option.class) != null
                ? field.getAnnotation(CommandLine.Option.class).defaultValue() : "";
        java.util.regex.Matcher variable = java.util.regex.Pattern.compile("\\$\\{env:(\\w+)").matcher(declared);
        return variable.find() ? " (from $" + variable.group(1) + ")" : "";
    }

    private static String unmatched(UnmatchedArgumentException e) {
        List<String> given = e.getUnmatched();
        String first = given.isEmpty() ? "" : given.get(0);
        CommandSpec spec = e.getCommandLine().getCommandSpec();
        if (e.isUnknownOption()) {
            String option = first.contains("=") ? first.substring(0, first.indexOf('=')) : first;
            List<String> names = new ArrayList<>();
            for (OptionSpec candidate : spec.options()) {
                if (!candidate.hidden()) {
                    names.addAll(List.of(candidate.names()));
                }
            }
            return "unknown option " + option + didYouMean(option, names, e.getSuggestions());
        }
        if (!spec.subcommands().isEmpty() && spec.positionalParameters().isEmpty()) {
            return "unknown command " + first + didYouMean(first, List.copyOf(spec.subcommands().keySet()),
                    e.getSuggestions());
        }
        return "unexpected argument " + first + (given.size() > 1 ? " (and " + (given.size() - 1) + " more)" : "")
                + ": " + spec.name() + " reads one notes file";
    }

    /**
     * The nearest of the names by edit distance ({@code --prot} → {@code --port}, {@code exprot} → {@code export}),
     * else, for a long option, picocli's suggestions; at most three.
     */
    static String didYouMean(String given, List<String> names, List<String> picocliSuggestions) {
        String typed = given.toLowerCase(Locale.ROOT);
        // one letter from another is always one edit: no guess for short options
        List<String> near = stripDashes(given).length() < 3 ? List.of() : names.stream()
                .filter(name -> EditDistance.between(typed, name.toLowerCase(Locale.ROOT)) <= Math.max(1, Math.min(3,
                        stripDashes(given).length() / 3)))
                .sorted(Comparator.comparingInt(name -> EditDistance.between(typed, name.toLowerCase(Locale.ROOT))))
                .toList();
        // picocli's own: long options sharing the first two letters (--conf → --confirm-removals)
        List<String> offered = !near.isEmpty() ? near : given.startsWith("--") ? picocliSuggestions : List.of();
        offered = offered.stream().filter(name -> !given.startsWith("--") || name.startsWith("--")).distinct()
                .limit(3).toList();
        if (offered.isEmpty()) {
            return "";
        }
        return "; did you mean " + String.join(" or ", offered) + "?";
    }

    private static String stripDashes(String name) {
        return name.replaceFirst("^-+", "");
    }

    /** {@code --port} for an option, {@code NOTES.md} for the notes file. */
    static String name(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
    }
}
