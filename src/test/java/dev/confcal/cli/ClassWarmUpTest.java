package dev.confcal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * serve-classes.txt names the classes serve loads while the notes are read (issue 21); after an upgrade of Jetty or
 * Javalin its names may no longer be classes, and the head start would quietly shrink. Make it again as its
 * class's comment says when this fails.
 */
class ClassWarmUpTest {

    @Test
    void theServeListStillNamesClassesOfTheJar() throws IOException {
        List<String> names;
        try (InputStream in = ClassWarmUp.class.getResourceAsStream("serve-classes.txt")) {
            assertThat(in).isNotNull();
            names = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        long missing = names.stream().filter(name -> {
            try {
                Class.forName(name, false, ClassWarmUp.class.getClassLoader());
                return false;
            } catch (ClassNotFoundException | LinkageError e) {
                return true;
            }
        }).count();
        assertThat(names).hasSizeGreaterThan(500);
        assertThat(missing).as("names in serve-classes.txt that are no class").isLessThan(names.size() / 10);
    }
}
