package dev.confcal.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Loads the classes a command will need later on a thread of its own, while the main thread reads the ledger and
 * the notes: {@code serve} loads Jetty's and Javalin's (serve-classes.txt, the classes a serve of the bundled notes
 * loaded from the jar) while it parses, instead of after. Only loaded, not initialised: no static initialiser runs
 * earlier or on another thread than it would. A name the jar no longer holds is skipped; a daemon thread, so it
 * never holds up an exit. {@code -Dconfcal.noWarmUp=true} leaves it out, to measure it (bench/startup.py).
 *
 * <p>Measured (issue 21, java -jar on Java 17, median of 5 and of 7, load average 11-13): serve's first 200 5.7 s and
 * 6.4 s without, 5.0 s and 5.6 s with (Jetty started in 0.85-1.1 s instead of 1.15-1.6 s), the same CPU; with
 * Java 25's AOT cache, where the classes are mapped already, no difference. The list was made with
 * {@code java -Xlog:class+load -jar target/confcal.jar serve} on the bundled notes: the classes loaded from the jar
 * under org.eclipse.jetty, io.javalin, jakarta, kotlin and com.github.benmanes, then dev.confcal.web's loaded after
 * Jetty's Server.
 */
final class ClassWarmUp {

    private ClassWarmUp() {
    }

    static void start(String list) {
        if (Boolean.getBoolean("confcal.noWarmUp")) {
            return;
        }
        Thread thread = new Thread(() -> load(list), "class-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    private static void load(String list) {
        ClassLoader loader = ClassWarmUp.class.getClassLoader();
        try (InputStream in = ClassWarmUp.class.getResourceAsStream(list)) {
            if (in == null) {
                return;
            }
            BufferedReader names = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String name = names.readLine(); name != null; name = names.readLine()) {
                try {
                    Class.forName(name, false, loader);
                } catch (ClassNotFoundException | LinkageError e) {
                    // not in this jar (any more): the command loads what it needs itself
                }
            }
        } catch (IOException e) {
            // the list is only a head start
        }
    }
}
