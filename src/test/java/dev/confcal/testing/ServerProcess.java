package dev.confcal.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code confcal serve} in a process of its own, on a free port: for kill -9 and SIGTERM. */
public record ServerProcess(Process process, int port, List<String> startupLines) {

    private static final Pattern SERVING = Pattern.compile("at http://localhost:(\\d+)/");

    /** Starts {@code confcal serve --quiet --port 0 ARGS} and waits until it says where it listens. */
    public static ServerProcess start(String... args) throws IOException, InterruptedException {
        return started(new ProcessBuilder(command(args)).redirectErrorStream(true).start());
    }

    private static ServerProcess started(Process process) throws IOException, InterruptedException {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        List<String> lines = new ArrayList<>();
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            lines.add(line);
            Matcher serving = SERVING.matcher(line);
            if (serving.find()) {
                Thread drain = new Thread(() -> out.lines().forEach(ignored -> { }), "server-output");
                drain.setDaemon(true);
                drain.start();
                return new ServerProcess(process, Integer.parseInt(serving.group(1)), lines);
            }
        }
        throw new AssertionError("the server did not start (exit code " + process.waitFor() + "): " + lines);
    }

    /** Runs {@code confcal serve --quiet --port 0 ARGS} expecting it to stop: its exit code and what it said. */
    public static Map.Entry<Integer, String> refused(String... args) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command(args)).redirectErrorStream(true).start();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("it did not stop: " + new String(process.getInputStream().readAllBytes(),
                    StandardCharsets.UTF_8));
        }
        return Map.entry(process.exitValue(), new String(process.getInputStream().readAllBytes(),
                StandardCharsets.UTF_8));
    }

    /** As {@link #start}, in a process that may open at most {@code descriptors} files and sockets. */
    public static ServerProcess startWithDescriptors(int descriptors, String... args) throws IOException, InterruptedException {
        List<String> limited = new ArrayList<>(List.of("bash", "-c", "ulimit -n " + descriptors + " && exec \"$@\"",
                "confcal"));
        limited.addAll(command(args));
        return started(new ProcessBuilder(limited).redirectErrorStream(true).start());
    }

    /** As {@link #start}, the JVM started with {@code jvmOptions} (such as {@code -Xmx64m}). */
    public static ServerProcess startWithJvm(List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        List<String> serve = new ArrayList<>(List.of("serve", "--quiet", "--port", "0"));
        serve.addAll(List.of(args));
        return started(new ProcessBuilder(java(jvmOptions, serve)).redirectErrorStream(true).start());
    }

    private static List<String> command(String... args) {
        List<String> serve = new ArrayList<>(List.of("serve", "--quiet", "--port", "0"));
        serve.addAll(List.of(args));
        return java(List.of(), serve);
    }

    /** {@code java JVM-OPTIONS -cp … dev.confcal.cli.Main ARGS}, on this JVM and its class path. */
    public static List<String> java(List<String> jvmOptions, List<String> args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.confcal.cli.Main"));
        command.addAll(args);
        return command;
    }
}
