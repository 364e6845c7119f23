package dev.confcal.calendar;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A reader people's calendar apps use, run on a feed by a script in {@code src/test/resources/consumers/}: each prints
 * {@code UID START END} in UTC per event, {@code FAIL …} when it cannot read the feed, and libical its RFC 5546
 * restriction check as {@code ITIP …}. Installed by {@code .ci/run}; {@link #missing()} says what to install.
 */
enum ConsumerReader {

    PYTHON_ICALENDAR("python icalendar") {
        @Override
        String missing() {
            return runs(python(), "-c", "import icalendar") ? null
                    : "Python's icalendar is not installed (apt-get install python3-icalendar; .ci/run does)";
        }

        @Override
        List<String> command(Path ics) {
            return List.of(python(), SCRIPTS.resolve("read_icalendar.py").toString(), ics.toString());
        }
    },
    ICAL_JS("ical.js") {
        @Override
        String missing() {
            return runs("node", "--version") && Files.isRegularFile(WORK.resolve("node_modules/ical.js/package.json"))
                    ? null : "ical.js is not installed (npm install --prefix target/consumers ical.js@2.2.1; .ci/run"
                    + " does)";
        }

        /** From the folder npm installed into, where Node resolves {@code import 'ical.js'}. */
        @Override
        List<String> command(Path ics) throws IOException {
            Path script = WORK.resolve("read_icaljs.mjs");
            Files.copy(SCRIPTS.resolve("read_icaljs.mjs"), script, StandardCopyOption.REPLACE_EXISTING);
            return List.of("node", script.toString(), ics.toString());
        }
    },
    LIBICAL("libical") {
        @Override
        String missing() {
            return runs("pkg-config", "--exists", "libical") && runs("cc", "--version") ? null
                    : "libical is not installed (apt-get install libical-dev pkg-config gcc; .ci/run does)";
        }

        /** Compiled once per run against the installed libical. */
        @Override
        List<String> command(Path ics) throws IOException {
            Path binary = WORK.resolve("read_libical");
            synchronized (ConsumerReader.class) {
                if (!Files.isExecutable(binary)) {
                    Files.createDirectories(WORK);
                    List<String> cc = new ArrayList<>(List.of("cc", "-O1", "-o", binary.toString(),
                            SCRIPTS.resolve("read_libical.c").toString()));
                    cc.addAll(List.of(output(List.of("pkg-config", "--cflags", "--libs", "libical")).trim()
                            .split("\\s+")));
                    output(cc);
                }
            }
            return List.of(binary.toString(), ics.toString());
        }
    },
    RUBY_ICALENDAR("Ruby icalendar") {
        @Override
        String missing() {
            return runs("ruby", "-e", "require 'icalendar'") ? null
                    : "Ruby's icalendar is not installed (apt-get install ruby ruby-icalendar; .ci/run does)";
        }

        @Override
        List<String> command(Path ics) {
            return List.of("ruby", SCRIPTS.resolve("read_icalendar.rb").toString(), ics.toString());
        }
    };

    static final Path SCRIPTS = Path.of("src/test/resources/consumers");
    static final Path WORK = Path.of("target/consumers");

    private final String title;

    ConsumerReader(String title) {
        this.title = title;
    }

    /** Why this reader cannot run here, or null when it can. */
    abstract String missing();

    abstract List<String> command(Path ics) throws IOException;

    /** What the reader made of a feed. */
    record Reading(Map<String, List<Instant>> events, List<String> failures, List<String> itip) {
    }

    Reading read(Path ics) throws IOException {
        Map<String, List<Instant>> events = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        List<String> itip = new ArrayList<>();
        for (String line : run(command(ics)).lines().toList()) {
            String[] fields = line.split(" ");
            if (line.startsWith("FAIL")) {
                failures.add(line);
            } else if (line.startsWith("ITIP ")) {
                itip.add(line.substring(5));
            } else if (fields.length == 3) {
                events.put(fields[0], List.of(Instant.parse(fields[1]), Instant.parse(fields[2])));
            } else if (!line.isBlank()) {
                failures.add("unexpected output: " + line);
            }
        }
        return new Reading(events, failures, itip);
    }

    @Override
    public String toString() {
        return title;
    }

    /** Debian's python3, where python3-icalendar is; a python3 earlier on PATH (pyenv) may not have it. */
    private static String python() {
        return Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
    }

    private static boolean runs(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Standard output and error together, whatever the exit code (a reader's FAIL line exits 1). */
    private static String run(List<String> command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(String.join(" ", command) + " did not finish in 60 s");
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** Standard output of a command that must succeed. */
    private static String output(List<String> command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException(String.join(" ", command) + " failed: " + out);
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
