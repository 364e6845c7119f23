package dev.confcal.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The front matter is read into the tree Jackson's {@code ObjectMapper.readTree} gives, without an ObjectMapper. */
class YamlTreeTest {

    private static final ObjectMapper JACKSON = new ObjectMapper(new YAMLFactory());

    @ParameterizedTest
    @ValueSource(strings = {
            "title: KubeCon China 2023\ntimezone: Asia/Shanghai\nyear: 2023\n",
            "year: 2023.0\nduration: 35\ntutorial-duration: '75'\n",
            "start: 2023-09-26\nyear: 99999999999\nbig: 123456789012345678901234567890\n",
            "float: 1.5\nexp: 1e400\nhex: 0x1F\noctal: 0o17\nsmall: 1.0e-5\n",
            "star-markers: [\"⭐\", \"(must see)\", 3, true, null, ~]\n",
            "tracks:\n  wasm: [wasm, webassembly]\n  ai: ml\n  empty: []\n  nested: {a: [1, {b: c}]}\n",
            "title: one\ntitle: two\n",
            "base: &b {x: 1}\nother: *b\n",
            "bin: !!binary aGVsbG8=\n",
            "yes: yes\nno: no\non: on\ntrue: True\n",
            "- a\n- b\n",
            "just a string\n",
            "42\n",
            "~\n",
            "",
            "# only a comment\n",
            "title: first\n---\ntitle: second\n",
            "multi: |\n  line one\n  line two\nfolded: >\n  a\n  b\n",
            "'quoted key': \"value with \\\"quotes\\\"\"\n",
    })
    void theSameTreeAsJackson(String yaml) throws IOException {
        assertSame(yaml);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "title: [unclosed\n",
            "a: b: c\n",
            "\ttab: indent\n",
            "key: value\n  bad indent: x\n",
            "nan: .nan\n",
            "inf: -.inf\n",
    })
    void theSameErrorAsJackson(String yaml) {
        JsonProcessingException expected = catchProcessing(() -> JACKSON.readTree(yaml));
        assertThat(expected).as("Jackson refuses it").isNotNull();
        assertThatThrownBy(() -> YamlTree.read(yaml))
                .isInstanceOf(JsonProcessingException.class)
                .satisfies(e -> {
                    JsonProcessingException actual = (JsonProcessingException) e;
                    assertThat(actual.getOriginalMessage()).isEqualTo(expected.getOriginalMessage());
                    assertThat(actual.getLocation().getLineNr()).isEqualTo(expected.getLocation().getLineNr());
                });
    }

    @ParameterizedTest
    @MethodSource("frontMattersInTheTests")
    void theSameTreeForEveryFrontMatterTheTestsUse(String yaml) throws IOException {
        assertSame(yaml);
    }

    private static void assertSame(String yaml) throws IOException {
        JsonNode expected = JACKSON.readTree(yaml);
        JsonNode actual = YamlTree.read(yaml);
        if (expected == null || expected.isMissingNode()) {
            assertThat(actual).isNull();
            return;
        }
        assertThat(actual).isEqualTo(expected);
        assertThat(types(actual)).isEqualTo(types(expected));
    }

    /** Every node's class, depth first: equal trees of other number types (an IntNode, a LongNode) differ here. */
    private static List<String> types(JsonNode node) {
        List<String> types = new ArrayList<>();
        types.add(node.getClass().getSimpleName() + ":" + node.asText());
        node.properties().forEach(field -> {
            types.add(field.getKey());
            types.addAll(types(field.getValue()));
        });
        if (node.isArray()) {
            node.forEach(item -> types.addAll(types(item)));
        }
        return types;
    }

    private interface Read {
        void run() throws IOException;
    }

    private static JsonProcessingException catchProcessing(Read read) {
        try {
            read.run();
            return null;
        } catch (JsonProcessingException e) {
            return e;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static Stream<String> frontMattersInTheTests() throws IOException {
        List<String> all = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                all.addAll(frontMatters(Files.readString(file, StandardCharsets.UTF_8)));
            }
        }
        assertThat(all).hasSizeGreaterThan(10);
        return all.stream();
    }

    /** The text between a line {@code ---} and the next: every front matter a file holds, spec examples included. */
    private static List<String> frontMatters(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^---\\n((?:(?!---\\n)[\\s\\S])*?)^---$").matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
