package dev.confcal.publish;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The folders of the files the server reads and writes (the notes, the ledger), cut from what it says in public:
 * /healthz names {@code state.json}, never {@code /var/lib/confcal/state.json}. Each folder is cut where a path
 * starts (after a space, a quote or a bracket), as given, absolute and real, so a URL that happens to contain the
 * same words is left alone. The operator's log keeps the whole paths.
 */
final class PublicPaths {

    private final List<Pattern> folders;

    private PublicPaths(List<Pattern> folders) {
        this.folders = folders;
    }

    /** @param files null entries are skipped */
    static PublicPaths of(Path... files) {
        Set<String> folders = new LinkedHashSet<>();
        for (Path file : files) {
            if (file == null) {
                continue;
            }
            add(folders, file.getParent());
            add(folders, file.toAbsolutePath().getParent());
            try {
                add(folders, file.toAbsolutePath().getParent().toRealPath());
            } catch (IOException | RuntimeException e) {
                // no real folder to name: the others are cut
            }
        }
        List<String> longestFirst = new ArrayList<>(folders);
        longestFirst.sort(Comparator.comparingInt(String::length).reversed());
        return new PublicPaths(longestFirst.stream()
                .map(folder -> Pattern.compile("(?<![\\w.:/\\\\-])" + Pattern.quote(folder))).toList());
    }

    private static void add(Set<String> folders, Path folder) {
        if (folder != null && folder.getFileName() != null) { // the root alone would cut every slash
            folders.add(folder + folder.getFileSystem().getSeparator());
        }
    }

    /** {@code text} with the folders cut. */
    String scrub(String text) {
        String out = text;
        for (Pattern folder : folders) {
            out = folder.matcher(out).replaceAll(Matcher.quoteReplacement(""));
        }
        return out;
    }

    /** The file's name alone. */
    static String name(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }
}
