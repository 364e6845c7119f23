package dev.confcal.publish.folder;

import dev.confcal.publish.ledger.ContentHash;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The Markdown files of a notes folder, each with the slug its conference is published under. Hidden files and
 * folders ({@code .obsidian}, {@code .git}, {@code .confcal}, {@code .trash}) and {@code node_modules} are not notes;
 * links are followed only to files inside the folder, and not to a file read already. The slug comes from the file's
 * name, not its title, so correcting a title never moves a feed that calendars subscribe to; once given it is kept
 * ({@link SlugRegistry}), so adding files never moves it either.
 */
public final class NotesFolder {

    /** A notes file in the folder. @param relative its path in the folder, with {@code /} */
    public record NotesFile(Path path, String relative, String slug) {
    }

    /** A file that is not read, and why, for {@code check}. */
    public record Skipped(String relative, String why) {
    }

    public record Scan(List<NotesFile> files, List<Skipped> skipped) {
    }

    /** More files than a person keeps conference notes in; a folder beyond it is read up to it, and says so. */
    public static final int MAX_FILES = 2000;
    private static final int MAX_DEPTH = 12;
    /**
     * Paths the server and the export use at the top of the folder, and the state folder's own file
     * ({@code conferences.json} beside the ledgers {@code SLUG.json}): a conference cannot be named after them.
     */
    static final Set<String> RESERVED = Set.of("all", "static", "healthz", "sessions", "tracks", "index", "api",
            "calendar", "starred", "conferences");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");

    private NotesFolder() {
    }

    /** The copy of the last good notes that versions before the state folder kept beside the notes, as Markdown. */
    private static final String FORMER_COPY = ".confcal-state.json.last-good.md";

    /** With slugs given afresh, as on a first run. */
    public static Scan scan(Path folder) throws IOException {
        return scan(folder, SlugRegistry.empty());
    }

    /**
     * @param registry the slugs already given: a file keeps its own, and no new file gets one of them
     * @throws IOException when the folder itself cannot be read
     */
    public static Scan scan(Path folder, SlugRegistry registry) throws IOException {
        Path root = folder.toRealPath();
        List<Path> found = new ArrayList<>();
        List<Path> links = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        Files.walkFileTree(root, Set.of(), MAX_DEPTH, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                return dir.equals(root) || !(name.startsWith(".") || name.equals("node_modules"))
                        ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String name = file.getFileName().toString();
                if (name.startsWith(".") || !isMarkdown(name)) {
                    return FileVisitResult.CONTINUE;
                }
                String relative = relative(root, file);
                if (name.endsWith(FORMER_COPY)) {
                    skipped.add(new Skipped(relative, "a copy of the last good notes an older confcal kept; it is"
                            + " moved into .confcal/ with its ledger"));
                    return FileVisitResult.CONTINUE;
                }
                if (attrs.isSymbolicLink()) {
                    try {
                        Path target = file.toRealPath();
                        if (!target.startsWith(root) || !Files.isRegularFile(target)) {
                            skipped.add(new Skipped(relative, "a link to a file outside the folder"));
                            return FileVisitResult.CONTINUE;
                        }
                        links.add(file);
                    } catch (IOException e) {
                        skipped.add(new Skipped(relative, "a link to a file that is not there"));
                        return FileVisitResult.CONTINUE;
                    }
                } else if (!attrs.isRegularFile()) {
                    return FileVisitResult.CONTINUE;
                }
                if (found.size() >= MAX_FILES) {
                    skipped.add(new Skipped(relative, "more than " + MAX_FILES + " Markdown files in the folder"));
                    return FileVisitResult.CONTINUE;
                }
                found.add(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                skipped.add(new Skipped(relative(root, file), "cannot be read (" + e.getClass().getSimpleName() + ")"));
                return FileVisitResult.CONTINUE;
            }
        });
        found.sort(Comparator.comparing(path -> relative(root, path)));
        for (Path link : links) { // a link to a file that is read anyway would publish it twice
            Path target = link.toRealPath();
            if (found.stream().anyMatch(other -> !other.equals(link) && !links.contains(other)
                    && sameFile(other, target))) {
                found.remove(link);
                skipped.add(new Skipped(relative(root, link), "a link to " + relative(root, target)
                        + ", which is read already"));
            }
        }
        return new Scan(slugs(root, found, registry), skipped);
    }

    static boolean isMarkdown(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".md") || lower.endsWith(".markdown");
    }

    /**
     * Each file's slug: its name, in lower-case ASCII letters, digits and dashes; a name with none of those (a title
     * in Chinese) gets {@code notes-} and a short hash of its path. Two files with the same name in different folders
     * are told apart by their folders ({@code 2024-kubecon}, {@code 2025-kubecon}).
     */
    static List<NotesFile> slugs(Path root, List<Path> files, SlugRegistry registry) {
        Map<String, Integer> byName = new HashMap<>();
        for (Path file : files) {
            byName.merge(slug(stem(file.getFileName().toString()), relative(root, file)), 1, Integer::sum);
        }
        Set<String> taken = new java.util.HashSet<>(registry.all().keySet());
        Map<Path, String> given = new HashMap<>();
        for (Path file : files) { // first the slugs given before: they never move
            registry.slugOf(relative(root, file)).ifPresent(slug -> given.put(file, slug));
        }
        List<NotesFile> named = new ArrayList<>();
        for (Path file : files) {
            String relative = relative(root, file);
            String slug = given.get(file);
            if (slug == null) {
                String name = slug(stem(file.getFileName().toString()), relative);
                slug = byName.get(name) > 1 || taken.contains(name) ? slug(stem(relative), relative) : name;
                String unique = slug;
                for (int n = 2; taken.contains(unique); n++) {
                    unique = slug + "-" + n;
                }
                slug = unique;
            }
            taken.add(slug);
            named.add(new NotesFile(file, relative, slug));
        }
        return List.copyOf(named);
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    /** What {@link #slug} gives: lower-case ASCII letters, digits and single dashes. */
    static boolean validSlug(String slug) {
        return slug.matches("[a-z0-9]+(-[a-z0-9]+)*") && slug.length() <= 80;
    }

    static String slug(String name, String relative) {
        String latin = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = NOT_SLUG.matcher(latin.toLowerCase(Locale.ROOT)).replaceAll("-").replaceAll("^-+|-+$", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-+$", "");
        }
        String hash = ContentHash.sha256(relative.getBytes(StandardCharsets.UTF_8)).substring(0, 8);
        if (slug.isEmpty()) {
            slug = "notes-" + hash;
        } else if (latin.codePoints().anyMatch(c -> Character.isLetter(c) && c > 0x7f)) {
            slug = slug + "-" + hash.substring(0, 6); // 上海大会 2023 is not "2023": that would be any year's notes
        }
        return RESERVED.contains(slug) ? slug + "-notes" : slug;
    }

    private static String stem(String name) {
        return name.replaceFirst("(?i)\\.(md|markdown)$", "");
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace(java.io.File.separatorChar, '/');
    }
}
