package dev.confcal.publish.folder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.confcal.publish.ledger.AtomicFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Which notes file each slug was given, kept in the state folder ({@code .confcal/conferences.json}): a slug, once
 * given, stays with its file whatever files are added beside it, and is never given to another file while its ledger
 * is kept — so adding a notes file never moves a feed people subscribe to, nor hands it to another conference. A
 * renamed file takes its slug along ({@link NotesFolder}, by the sessions it publishes). Sorted JSON, to be committed.
 */
public final class SlugRegistry {

    public static final String FILE = "conferences.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    /** slug → the file's path in the folder, with {@code /} */
    private final Map<String, String> files;

    private SlugRegistry(Map<String, String> files) {
        this.files = files;
    }

    public static SlugRegistry empty() {
        return new SlugRegistry(new TreeMap<>());
    }

    /** The registry in {@code stateDir}; empty when there is none or it cannot be read (slugs are then given anew). */
    public static SlugRegistry read(Path stateDir) {
        Path file = stateDir.resolve(FILE);
        Map<String, String> files = new TreeMap<>();
        try {
            if (Files.isRegularFile(file) && Files.size(file) < (4 << 20)) {
                JsonNode conferences = JSON.readTree(file.toFile()).path("conferences");
                conferences.properties().forEach(entry -> {
                    String path = entry.getValue().path("file").asText(null);
                    if (path != null && NotesFolder.validSlug(entry.getKey())) {
                        files.put(entry.getKey(), path);
                    }
                });
            }
        } catch (IOException | RuntimeException e) {
            // a damaged registry: the slugs are given again from the files' names, as on a first run
        }
        return new SlugRegistry(files);
    }

    public void write(Path stateDir) throws IOException {
        ObjectNode root = JSON.createObjectNode().put("format", 1);
        ObjectNode conferences = root.putObject("conferences");
        files.forEach((slug, path) -> conferences.putObject(slug).put("file", path));
        byte[] bytes = JSON.writeValueAsBytes(root);
        Path file = stateDir.resolve(FILE);
        if (!Files.exists(file) || !java.util.Arrays.equals(Files.readAllBytes(file), bytes)) {
            AtomicFile.write(file, bytes, true);
        }
    }

    /** The slug given to the file at {@code relative}, if one was. */
    public Optional<String> slugOf(String relative) {
        return files.entrySet().stream().filter(e -> e.getValue().equals(relative)).map(Map.Entry::getKey).findFirst();
    }

    public Optional<String> fileOf(String slug) {
        return Optional.ofNullable(files.get(slug));
    }

    public void put(String slug, String relative) {
        files.values().remove(relative);
        files.put(slug, relative);
    }

    public Map<String, String> all() {
        return java.util.Collections.unmodifiableMap(files);
    }
}
