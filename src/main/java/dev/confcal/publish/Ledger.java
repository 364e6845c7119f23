package dev.confcal.publish;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.confcal.calendar.Edition;
import dev.confcal.calendar.Revision;
import dev.confcal.schedule.Schedule;
import dev.confcal.schedule.Session;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * What confcal has published, per UID: a content hash, SEQUENCE and LAST-MODIFIED, and the last content of
 * sessions removed from the notes (kept {@link #CANCELLED_FOR} as cancelled events). Kept in a JSON file
 * written atomically, so a crash leaves the old ledger or the new one, never half of one; a missing or
 * corrupt file is rebuilt, not fatal.
 */
public final class Ledger {

    public static final Duration CANCELLED_FOR = Duration.ofDays(30);
    private static final int FORMAT = 1;
    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** One UID's history. {@code removedAt} is set while the session is gone from the notes. */
    record Entry(String hash, int sequence, Instant created, Instant lastModified, Instant removedAt,
                 Session session) {
    }

    record Stored(int format, long version, Map<String, Entry> entries) {
    }

    private final Path file;
    private final Map<String, Entry> entries;
    private final Consumer<String> warnings;
    private long version;
    private boolean saveFailed;

    private Ledger(Path file, Map<String, Entry> entries, long version, Consumer<String> warnings) {
        this.file = file;
        this.entries = entries;
        this.version = version;
        this.warnings = warnings;
    }

    /** A ledger that lives only as long as the process (the bundled notes, tests). */
    public static Ledger inMemory() {
        return new Ledger(null, new HashMap<>(), 0, warning -> { });
    }

    /**
     * Opens the ledger at {@code file}. A missing file starts an empty ledger; an unreadable or corrupt one is
     * reported through {@code warnings} and rebuilt (SEQUENCE restarts, which clients accept as a fresh event).
     */
    public static Ledger open(Path file, Consumer<String> warnings) {
        removeLeftovers(file);
        try {
            Stored stored = JSON.readValue(Files.readAllBytes(file), Stored.class);
            if (stored == null || stored.format() != FORMAT || stored.entries() == null) {
                throw new IOException("unknown format");
            }
            return new Ledger(file, new HashMap<>(stored.entries()), stored.version(), warnings);
        } catch (NoSuchFileException e) {
            return new Ledger(file, new HashMap<>(), 0, warnings);
        } catch (IOException | RuntimeException e) {
            warnings.accept("ledger " + file + " is unreadable (" + e.getClass().getSimpleName()
                    + "); starting a new one");
            return new Ledger(file, new HashMap<>(), 0, warnings);
        }
    }

    /**
     * Records the schedule as published {@code now}: new sessions start at SEQUENCE 0, changed ones go up
     * by one, removed ones become cancelled (SEQUENCE + 1). Saves the ledger when anything changed; when it
     * cannot be saved (a read-only volume), says so once through the warnings and goes on in memory.
     */
    public synchronized Edition publish(Schedule schedule, Instant now) {
        Instant stamp = now.truncatedTo(ChronoUnit.SECONDS);
        boolean changed = false;
        Set<String> present = new HashSet<>();
        for (Session session : schedule.sessions()) {
            present.add(session.uid());
            String hash = contentHash(schedule, session);
            Entry old = entries.get(session.uid());
            Entry next;
            if (old == null) {
                next = new Entry(hash, 0, stamp, stamp, null, session);
            } else if (!old.hash().equals(hash) || old.removedAt() != null) {
                next = new Entry(hash, old.sequence() + 1, old.created(), stamp, null, session);
            } else {
                continue;
            }
            entries.put(session.uid(), next);
            changed = true;
        }
        for (var it = entries.entrySet().iterator(); it.hasNext(); ) {
            var entry = it.next();
            Entry old = entry.getValue();
            if (present.contains(entry.getKey())) {
                continue;
            }
            if (old.removedAt() == null) {
                entry.setValue(new Entry(old.hash(), old.sequence() + 1, old.created(), stamp, stamp, old.session()));
                changed = true;
            } else if (!old.removedAt().plus(CANCELLED_FOR).isAfter(stamp)) {
                it.remove();
                changed = true;
            }
        }
        if (changed) {
            version++;
            try {
                save();
                saveFailed = false;
            } catch (IOException | RuntimeException e) {
                if (!saveFailed) {
                    warnings.accept("cannot save the ledger " + file + " (" + e + "); keeping it in memory");
                }
                saveFailed = true;
            }
        }
        return edition(schedule);
    }

    private Edition edition(Schedule schedule) {
        Map<String, Revision> revisions = new HashMap<>();
        List<Session> cancelled = new ArrayList<>();
        entries.forEach((uid, entry) -> {
            revisions.put(uid, new Revision(entry.sequence(), entry.created(), entry.lastModified()));
            if (entry.removedAt() != null) {
                Session last = entry.session();
                cancelled.add(new Session(last.id(), last.uid(), last.url(), last.titles(), last.speakers(),
                        last.starred(), last.tutorial(), last.start().withZoneSameInstant(schedule.zone()),
                        last.end().withZoneSameInstant(schedule.zone()), last.location(), last.notes(), last.notesMarkdown(),
                        last.line()));
            }
        });
        return new Edition(schedule, revisions, cancelled, version);
    }

    /** Temporary files of a save that a crash (kill -9) interrupted: the ledger itself is whole either way. */
    private static void removeLeftovers(Path file) {
        Path dir = file.toAbsolutePath().getParent();
        String prefix = "." + file.getFileName();
        try (var leftovers = Files.newDirectoryStream(dir, entry -> entry.getFileName().toString().startsWith(prefix)
                && entry.getFileName().toString().endsWith(".tmp"))) {
            for (Path leftover : leftovers) {
                Files.deleteIfExists(leftover);
            }
        } catch (IOException e) {
            // a folder we cannot list: nothing to clean, and save() will say what is wrong
        }
    }

    private void save() throws IOException {
        if (file == null) {
            return;
        }
        byte[] bytes = JSON.writerWithDefaultPrettyPrinter()
                .writeValueAsBytes(new Stored(FORMAT, version, new TreeMap<>(entries)));
        AtomicFile.write(file, bytes, true);
    }

    /**
     * Everything a session's event shows, except where it stands in the file: moving a session down the
     * notes is not an edit. Includes the schedule-wide parts of the event (location, tracks).
     */
    static String contentHash(Schedule schedule, Session s) {
        String canonical = String.join("\u0000", s.id(), s.url(), String.join("\u0001", s.titles()),
                String.join("\u0001", s.speakers().stream().map(sp -> sp.name() + "\u0002" + sp.company()).toList()),
                Boolean.toString(s.starred()), Boolean.toString(s.tutorial()),
                s.start().toInstant().toString(), s.end().toInstant().toString(), s.start().getZone().getId(),
                s.notes(), s.notesMarkdown(), String.valueOf(schedule.location()),
                String.join("\u0001", schedule.tracksOf(s)));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
