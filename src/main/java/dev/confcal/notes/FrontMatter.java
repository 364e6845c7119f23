package dev.confcal.notes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.confcal.schedule.Problem;
import dev.confcal.schedule.ProblemCode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The optional YAML front matter of a notes file. Every key is optional; a bad value is reported as a
 * problem and its default used, so one typo does not cost the whole calendar.
 */
record FrontMatter(String title, ZoneId zone, Integer year, String location, int duration,
                   int tutorialDuration, Map<String, List<String>> tracks, Pattern sessionLinks, LocalDate start,
                   List<String> starMarkers, String schedule, int scheduleLine, boolean preferNotes) {

    static final int DEFAULT_DURATION = 35;
    static final int DEFAULT_TUTORIAL_DURATION = 75;

    static FrontMatter none() {
        return new FrontMatter(null, null, null, null, DEFAULT_DURATION, DEFAULT_TUTORIAL_DURATION, Map.of(), null,
                null, StarMarkers.DEFAULT, null, 0, false);
    }

    /**
     * @param yaml      the text between the {@code ---} lines
     * @param firstLine the file line the YAML starts on, to locate problems
     */
    static FrontMatter parse(String yaml, int firstLine, String source, Consumer<Problem> problems) {
        JsonNode root;
        try {
            root = YamlTree.read(yaml);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr() - 1;
            problems.accept(ProblemCode.FRONT_MATTER_YAML.at(source, firstLine + Math.max(line, 0), e.getOriginalMessage()));
            return none();
        } catch (java.io.IOException e) { // a String is read without I/O: not thrown
            throw new java.io.UncheckedIOException(e);
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return none();
        }
        if (!root.isObject()) {
            problems.accept(ProblemCode.FRONT_MATTER_NOT_KEYS.at(source, firstLine));
            return none();
        }
        Located at = key -> firstLine + lineOf(yaml, key);
        return new FrontMatter(
                text(root, "title"),
                zone(root, at, source, problems),
                year(root, at, source, problems),
                text(root, "location"),
                minutes(root, "duration", DEFAULT_DURATION, at, source, problems),
                minutes(root, "tutorial-duration", DEFAULT_TUTORIAL_DURATION, at, source, problems),
                tracks(root, at, source, problems),
                sessionLinks(root, at, source, problems),
                start(root, at, source, problems),
                starMarkers(root, at, source, problems),
                text(root, "schedule"),
                at.line("schedule"),
                preferNotes(root, at, source, problems));
    }

    /** {@code prefer: notes} keeps the notes' times over the official schedule's; {@code schedule} is the default. */
    private static boolean preferNotes(JsonNode root, Located at, String source, Consumer<Problem> problems) {
        String text = text(root, "prefer");
        if (text == null || text.equalsIgnoreCase("schedule")) {
            return false;
        }
        if (text.equalsIgnoreCase("notes")) {
            return true;
        }
        problems.accept(ProblemCode.BAD_PREFER.at(source, at.line("prefer"), text));
        return false;
    }

    private interface Located {
        int line(String key);
    }

    private static String text(JsonNode root, String key) {
        JsonNode value = root.get(key);
        return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText().strip();
    }

    private static ZoneId zone(JsonNode root, Located at, String source, Consumer<Problem> problems) {
        String id = text(root, "timezone");
        if (id == null) {
            return null;
        }
        WritableZone zone = WritableZone.read(id);
        if (zone.problem() != null) {
            problems.accept(zone.problem().at(source, at.line("timezone"), zone.details()));
        }
        return zone.zone();
    }

    private static LocalDate start(JsonNode root, Located at, String source, Consumer<Problem> problems) {
        String text = text(root, "start");
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.accept(ProblemCode.BAD_START.at(source, at.line("start"), text));
            return null;
        }
    }

    private static List<String> starMarkers(JsonNode root, Located at, String source, Consumer<Problem> problems) {
        JsonNode markers = root.get("star-markers");
        if (markers == null || markers.isNull()) {
            return StarMarkers.DEFAULT;
        }
        List<String> list = new ArrayList<>();
        if (markers.isArray()) {
            markers.forEach(marker -> {
                if (marker.isValueNode() && !marker.asText().isBlank()) {
                    list.add(marker.asText().strip());
                }
            });
        }
        if (list.isEmpty() || !markers.isArray() || list.size() != markers.size()) {
            problems.accept(ProblemCode.BAD_STAR_MARKERS.at(source, at.line("star-markers")));
            return StarMarkers.DEFAULT;
        }
        return List.copyOf(list);
    }

    private static Integer year(JsonNode root, Located at, String source, Consumer<Problem> problems) {
        String text = text(root, "year");
        if (text == null) {
            return null;
        }
        if (text.matches("\\d{4}")) {
            return Integer.valueOf(text);
        }
        problems.accept(ProblemCode.BAD_YEAR.at(source, at.line("year"), text));
        return null;
    }

    private static int minutes(JsonNode root, String key, int fallback, Located at, String source,
                               Consumer<Problem> problems) {
        String text = text(root, key);
        if (text == null) {
            return fallback;
        }
        if (text.matches("\\d{1,4}") && Integer.parseInt(text) > 0 && Integer.parseInt(text) <= 24 * 60) {
            return Integer.parseInt(text);
        }
        problems.accept(ProblemCode.BAD_DURATION.at(source, at.line(key), key, text, fallback));
        return fallback;
    }

    private static Map<String, List<String>> tracks(JsonNode root, Located at, String source,
                                                    Consumer<Problem> problems) {
        JsonNode tracks = root.get("tracks");
        Map<String, List<String>> result = new LinkedHashMap<>();
        if (tracks == null || tracks.isNull()) {
            return result;
        }
        if (!tracks.isObject()) {
            problems.accept(ProblemCode.BAD_TRACKS.at(source, at.line("tracks")));
            return result;
        }
        tracks.properties().forEach(track -> {
            List<String> keywords = new ArrayList<>();
            JsonNode value = track.getValue();
            if (value.isArray()) {
                value.forEach(keyword -> keywords.add(keyword.asText()));
            } else if (value.isValueNode() && !value.isNull()) {
                keywords.add(value.asText());
            }
            keywords.removeIf(String::isBlank);
            if (!track.getKey().matches("[\\p{L}\\p{N}_-]{1,40}")) {
                problems.accept(ProblemCode.BAD_TRACK_NAME.at(source, at.line(track.getKey()), track.getKey()));
            } else if (keywords.isEmpty()) {
                problems.accept(ProblemCode.EMPTY_TRACK.at(source, at.line(track.getKey()), track.getKey()));
            } else {
                result.put(track.getKey(), keywords);
            }
        });
        return result;
    }

    private static Pattern sessionLinks(JsonNode root, Located at, String source, Consumer<Problem> problems) {
        String regex = text(root, "session-links");
        if (regex == null) {
            return null;
        }
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            problems.accept(ProblemCode.BAD_SESSION_LINKS.at(source, at.line("session-links"), regex, e.getDescription()));
            return null;
        }
    }

    /** 0-based line of {@code key:} within the YAML, or 0 when it cannot be found. */
    private static int lineOf(String yaml, String key) {
        String[] lines = yaml.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].strip().startsWith(key + ":")) {
                return i;
            }
        }
        return 0;
    }
}
